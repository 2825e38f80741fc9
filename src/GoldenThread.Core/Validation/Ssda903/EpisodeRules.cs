using System.Collections.Frozen;
using GoldenThread.Core.Model;

namespace GoldenThread.Core.Validation.Ssda903;

// Episodes: code lists, dates and placement rules that read one episode (with the child's Header where ages matter).

/// <summary>A rule that flags single episodes.</summary>
public abstract class EpisodeRule(string code, string field) : Ssda903Rule(code)
{
    protected abstract bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode);

    protected abstract string? ValueOf(CareEpisode episode);

    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            foreach (var e in c.Episodes)
            {
                if (Flags(index, c, e))
                {
                    yield return Finding(index, c, e, "Episodes", field, ValueOf(e));
                }
            }
        }
    }
}

/// <summary>An episode code field that must hold a code from a list (blank allowed only where <paramref name="blankAllowed"/>).</summary>
public abstract class EpisodeCodeRule(string code, string field, bool blankAllowed) : EpisodeRule(code, field)
{
    protected abstract FrozenSet<string> Codes(Ssda903Index index);

    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode)
    {
        var value = ValueOf(episode);
        return Ssda903Codes.Has(value) ? !Codes(index).Contains(value!) : !blankAllowed;
    }
}

/// <summary>RNE must be S, L, P, T, B or U.</summary>
public sealed class Rule143() : EpisodeCodeRule("143", "RNE", blankAllowed: false)
{
    protected override FrozenSet<string> Codes(Ssda903Index index) => Ssda903Codes.ReasonForNewEpisode;

    protected override string? ValueOf(CareEpisode episode) => episode.ReasonForNewEpisode;
}

/// <summary>LS must be a legal status code.</summary>
public sealed class Rule144() : EpisodeCodeRule("144", "LS", blankAllowed: false)
{
    protected override FrozenSet<string> Codes(Ssda903Index index) => Ssda903Codes.LegalStatus;

    protected override string? ValueOf(CareEpisode episode) => episode.LegalStatus;
}

/// <summary>CIN must be N1 to N8.</summary>
public sealed class Rule145() : EpisodeCodeRule("145", "CIN", blankAllowed: false)
{
    protected override FrozenSet<string> Codes(Ssda903Index index) => Ssda903Codes.CategoryOfNeed;

    protected override string? ValueOf(CareEpisode episode) => episode.CategoryOfNeed;
}

/// <summary>PLACE, when given, must be a placement code of the collection year (Z1 until 2024-25, Z11 to Z14 from 2025-26).</summary>
public sealed class Rule146() : EpisodeCodeRule("146", "PLACE", blankAllowed: true)
{
    protected override FrozenSet<string> Codes(Ssda903Index index) => Ssda903Codes.PlacementFor(index.CollectionYear);

    protected override string? ValueOf(CareEpisode episode) => episode.PlacementType;
}

/// <summary>REC, when given, must be a reason episode ceased code.</summary>
public sealed class Rule149() : EpisodeCodeRule("149", "REC", blankAllowed: true)
{
    protected override FrozenSet<string> Codes(Ssda903Index index) => Ssda903Codes.ReasonEpisodeCeased;

    protected override string? ValueOf(CareEpisode episode) => episode.ReasonEpisodeCeased;
}

/// <summary>PLACE_PROVIDER, when given, must be PR0 to PR5.</summary>
public sealed class Rule178() : EpisodeCodeRule("178", "PLACE_PROVIDER", blankAllowed: true)
{
    protected override FrozenSet<string> Codes(Ssda903Index index) => Ssda903Codes.PlacementProvider;

    protected override string? ValueOf(CareEpisode episode) => episode.PlacementProvider;
}

/// <summary>REASON_PLACE_CHANGE, when given, must be a reason for placement change code.</summary>
public sealed class Rule1009() : EpisodeCodeRule("1009", "REASON_PLACE_CHANGE", blankAllowed: true)
{
    protected override FrozenSet<string> Codes(Ssda903Index index) => Ssda903Codes.ReasonPlaceChange;

    protected override string? ValueOf(CareEpisode episode) => episode.ReasonPlaceChange;
}

/// <summary>DEC and REC both completed or both blank.</summary>
public sealed class Rule148() : EpisodeRule("148", "DEC")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) =>
        (episode.EndDate is null) != !Ssda903Codes.Has(episode.ReasonEpisodeCeased);

    protected override string? ValueOf(CareEpisode episode) => Text(episode.EndDate);
}

/// <summary>No episode may start before 14 October 1991 (the Children Act 1989 came into force).</summary>
public sealed class Rule353() : EpisodeRule("353", "DECOM")
{
    private static readonly DateOnly ChildrenAct = new(1991, 10, 14);

    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) => episode.StartDate < ChildrenAct;

    protected override string? ValueOf(CareEpisode episode) => Text(episode.StartDate);
}

/// <summary>DECOM after 31 March.</summary>
public sealed class Rule354() : EpisodeRule("354", "DECOM")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) => episode.StartDate > index.ReferenceDate;

    protected override string? ValueOf(CareEpisode episode) => Text(episode.StartDate);
}

/// <summary>DEC on the same day as DECOM: the episode lasted less than 24 hours.</summary>
public sealed class Rule355() : EpisodeRule("355", "DEC")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) => episode.EndDate == episode.StartDate;

    protected override string? ValueOf(CareEpisode episode) => Text(episode.EndDate);
}

/// <summary>DEC before DECOM.</summary>
public sealed class Rule356() : EpisodeRule("356", "DEC")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) => episode.EndDate < episode.StartDate;

    protected override string? ValueOf(CareEpisode episode) => Text(episode.EndDate);
}

/// <summary>DEC after 31 March.</summary>
public sealed class Rule385() : EpisodeRule("385", "DEC")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) => episode.EndDate > index.ReferenceDate;

    protected override string? ValueOf(CareEpisode episode) => Text(episode.EndDate);
}

/// <summary>LS E1 (placement order) on an episode starting before 30 December 2005, when placement orders began.</summary>
public sealed class Rule446() : EpisodeRule("446", "LS")
{
    private static readonly DateOnly PlacementOrders = new(2005, 12, 30);

    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) =>
        episode.LegalStatus == "E1" && episode.StartDate < PlacementOrders;

    protected override string? ValueOf(CareEpisode episode) => episode.LegalStatus;
}

/// <summary>PLACE_PROVIDER given for a temporary placement (T0 to T4).</summary>
public sealed class Rule213() : EpisodeRule("213", "PLACE_PROVIDER")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) =>
        Ssda903Codes.In(episode.PlacementType, Ssda903Codes.Temporary) && Ssda903Codes.Has(episode.PlacementProvider);

    protected override string? ValueOf(CareEpisode episode) => episode.PlacementProvider;
}

/// <summary>PL_POST or URN given for a short break (LS V3 or V4).</summary>
public sealed class Rule214() : EpisodeRule("214", "PL_POST")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) =>
        episode.IsShortBreak && (Ssda903Codes.Has(episode.PlacementPostcode) || Ssda903Codes.Has(episode.Urn));

    protected override string? ValueOf(CareEpisode episode) => episode.PlacementPostcode ?? episode.Urn;
}

/// <summary>A3 or A5 (placed for adoption with current foster carers) from 1 April 2015 must have RNE S, T or U.</summary>
public sealed class Rule217() : EpisodeRule("217", "RNE")
{
    private static readonly DateOnly From = new(2015, 4, 1);

    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) =>
        episode.PlacementType is "A3" or "A5" && episode.StartDate >= From && episode.ReasonForNewEpisode is not ("S" or "T" or "U");

    protected override string? ValueOf(CareEpisode episode) => episode.ReasonForNewEpisode;
}

/// <summary>
/// URN required for an episode open on or after 1 April in a placement type that has one. DfE exempts placements outside England
/// by PL_LA, which the model does not hold: such placements should carry the URN XXXXXXX.
/// </summary>
public sealed class Rule218() : EpisodeRule("218", "URN")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) =>
        (episode.EndDate is null || episode.EndDate >= index.PeriodStart) && !Ssda903Codes.Has(episode.Urn)
        && Ssda903Codes.Has(episode.PlacementType) && !Ssda903Codes.In(episode.PlacementType, Ssda903Codes.NoUrnPlacement);

    protected override string? ValueOf(CareEpisode episode) => episode.Urn;
}

/// <summary>URN given (other than XXXXXXX) for a placement type that has no URN.</summary>
public sealed class Rule222() : EpisodeRule("222", "URN")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) =>
        Ssda903Codes.In(episode.PlacementType, Ssda903Codes.NoUrnPlacement) && Ssda903Codes.Has(episode.Urn) && episode.Urn != "XXXXXXX";

    protected override string? ValueOf(CareEpisode episode) => episode.Urn;
}

/// <summary>Placed with parents (P1) under a single period of accommodation (V2).</summary>
public sealed class Rule378() : EpisodeRule("378", "PLACE")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) =>
        episode.PlacementType == "P1" && episode.LegalStatus == "V2";

    protected override string? ValueOf(CareEpisode episode) => episode.PlacementType;
}

/// <summary>A period of care (RNE S) starting in a temporary placement.</summary>
public sealed class Rule380() : EpisodeRule("380", "PLACE")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) =>
        episode.ReasonForNewEpisode == "S" && Ssda903Codes.In(episode.PlacementType, Ssda903Codes.Temporary);

    protected override string? ValueOf(CareEpisode episode) => episode.PlacementType;
}

/// <summary>A period of care ending (REC other than X1) in a temporary placement.</summary>
public sealed class Rule381() : EpisodeRule("381", "PLACE")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) =>
        Ssda903Codes.Has(episode.ReasonEpisodeCeased) && episode.ReasonEpisodeCeased != "X1"
        && Ssda903Codes.In(episode.PlacementType, Ssda903Codes.Temporary);

    protected override string? ValueOf(CareEpisode episode) => episode.PlacementType;
}

/// <summary>A short break (V3/V4) in a temporary placement.</summary>
public sealed class Rule382() : EpisodeRule("382", "PLACE")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) =>
        episode.IsShortBreak && Ssda903Codes.In(episode.PlacementType, Ssda903Codes.Temporary);

    protected override string? ValueOf(CareEpisode episode) => episode.PlacementType;
}

/// <summary>A short break (V3/V4) in a long-term foster placement (U1 or U4).</summary>
public sealed class Rule384() : EpisodeRule("384", "PLACE")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) =>
        episode.IsShortBreak && episode.PlacementType is "U1" or "U4";

    protected override string? ValueOf(CareEpisode episode) => episode.PlacementType;
}

/// <summary>Adopted (REC E11/E12) from a placement that is not a placement for adoption (A3 to A6).</summary>
public sealed class Rule390() : EpisodeRule("390", "PLACE")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) =>
        Ssda903Codes.In(episode.ReasonEpisodeCeased, Ssda903Codes.Adopted) && !Ssda903Codes.In(episode.PlacementType, Ssda903Codes.PlacedForAdoption);

    protected override string? ValueOf(CareEpisode episode) => episode.PlacementType;
}

/// <summary>Placed for adoption under a placement order (A5/A6) without a freeing or placement order legal status (D1/E1).</summary>
public sealed class Rule408() : EpisodeRule("408", "LS")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) =>
        episode.PlacementType is "A5" or "A6" && episode.LegalStatus is not ("D1" or "E1");

    protected override string? ValueOf(CareEpisode episode) => episode.LegalStatus;
}

/// <summary>Special guardianship to former foster carers (E45/E46) from a placement that is not fostering (U1 to U6).</summary>
public sealed class Rule516() : EpisodeRule("516", "PLACE")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) =>
        episode.ReasonEpisodeCeased is "E45" or "E46" && !Ssda903Codes.In(episode.PlacementType, Ssda903Codes.Foster);

    protected override string? ValueOf(CareEpisode episode) => episode.PlacementType;
}

/// <summary>PLACE_PROVIDER missing for a placement that has a provider (not temporary, not other placements Z1).</summary>
public sealed class Rule526() : EpisodeRule("526", "PLACE_PROVIDER")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) =>
        Ssda903Codes.Has(episode.PlacementType) && !Ssda903Codes.In(episode.PlacementType, Ssda903Codes.Temporary)
        && !episode.PlacementType!.StartsWith("Z1", StringComparison.Ordinal) && !Ssda903Codes.Has(episode.PlacementProvider);

    protected override string? ValueOf(CareEpisode episode) => episode.PlacementProvider;
}

/// <summary>A provider code that cannot go with some placement types (527 to 531, 550).</summary>
public abstract class ProviderPlacementRule(string code, string provider, params string[] placements) : EpisodeRule(code, "PLACE_PROVIDER")
{
    private readonly FrozenSet<string> _placements = placements.ToFrozenSet(StringComparer.Ordinal);

    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) =>
        episode.PlacementProvider == provider && episode.PlacementType is { } place && _placements.Contains(place);

    protected override string? ValueOf(CareEpisode episode) => $"{episode.PlacementProvider}/{episode.PlacementType}";
}

public sealed class Rule527() : ProviderPlacementRule("527", "PR1", "P1", "R2", "R5");

public sealed class Rule528() : ProviderPlacementRule("528", "PR2", "P1", "R2", "R5");

public sealed class Rule529() : ProviderPlacementRule("529", "PR3", "P1", "A3", "A4", "A5", "A6", "K1", "K2", "U1", "U2", "U3", "U4", "U5", "U6");

public sealed class Rule530() : ProviderPlacementRule("530", "PR4", "P1");

public sealed class Rule531() : ProviderPlacementRule("531", "PR5", "P1");

/// <summary>PR0 (parent's home) only with placement P1.</summary>
public sealed class Rule550() : EpisodeRule("550", "PLACE_PROVIDER")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) =>
        episode.PlacementProvider == "PR0" && Ssda903Codes.Has(episode.PlacementType) && episode.PlacementType != "P1";

    protected override string? ValueOf(CareEpisode episode) => $"{episode.PlacementProvider}/{episode.PlacementType}";
}

/// <summary>A looked-after episode (not V3/V4) open in the year with HOME_POST or PL_POST blank; children who are or were UASC are exempt.</summary>
public sealed class Rule392b() : EpisodeRule("392b", "HOME_POST")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) =>
        !episode.IsShortBreak && !child.HasUascData && (episode.EndDate is null || episode.EndDate >= index.PeriodStart)
        && (!Ssda903Codes.Has(episode.HomePostcode) || !Ssda903Codes.Has(episode.PlacementPostcode));

    protected override string? ValueOf(CareEpisode episode) => $"{episode.HomePostcode}/{episode.PlacementPostcode}";
}

/// <summary>HOME_POST or PL_POST not in a postcode format (full postcode, or outward code and sector digit). Format only: no postcode directory is held.</summary>
public sealed class Rule392c() : Ssda903Rule("392c")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            foreach (var e in c.Episodes)
            {
                if (Ssda903Codes.Has(e.HomePostcode) && !Ssda903Codes.IsPostcodeFormat(e.HomePostcode!))
                {
                    yield return Finding(index, c, e, "Episodes", "HOME_POST", e.HomePostcode);
                }

                if (Ssda903Codes.Has(e.PlacementPostcode) && !Ssda903Codes.IsPostcodeFormat(e.PlacementPostcode!))
                {
                    yield return Finding(index, c, e, "Episodes", "PL_POST", e.PlacementPostcode);
                }
            }
        }
    }
}

/// <summary>Home and placement postcodes the same when the placement is not with parents (P1).</summary>
public sealed class Rule392d() : EpisodeRule("392d", "PL_POST")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) =>
        Ssda903Codes.Has(episode.HomePostcode) && Ssda903Codes.Has(episode.PlacementPostcode) && episode.PlacementType != "P1"
        && Ssda903Codes.NormalisePostcode(episode.HomePostcode!) == Ssda903Codes.NormalisePostcode(episode.PlacementPostcode!);

    protected override string? ValueOf(CareEpisode episode) => episode.PlacementPostcode;
}

/// <summary>Postcodes (from which the distance is derived) given for a short break (V3/V4).</summary>
public sealed class Rule398() : EpisodeRule("398", "HOME_POST")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) =>
        episode.IsShortBreak && (Ssda903Codes.Has(episode.HomePostcode) || Ssda903Codes.Has(episode.PlacementPostcode));

    protected override string? ValueOf(CareEpisode episode) => $"{episode.HomePostcode}/{episode.PlacementPostcode}";
}

/// <summary>A placement type that needs a minimum age at DECOM (371 to 374).</summary>
public abstract class MinimumAgeRule(string code, int years, params string[] placements) : EpisodeRule(code, "PLACE")
{
    private readonly FrozenSet<string> _placements = placements.ToFrozenSet(StringComparer.Ordinal);

    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) =>
        episode.PlacementType is { } place && _placements.Contains(place) && episode.StartDate < child.Birthday(years);

    protected override string? ValueOf(CareEpisode episode) => episode.PlacementType;
}

/// <summary>Supported accommodation (K3, formerly H5) before the 16th birthday.</summary>
public sealed class Rule371() : MinimumAgeRule("371", 16, "K3", "H5");

/// <summary>Youth custody or prison (R5) before the 10th birthday.</summary>
public sealed class Rule372() : MinimumAgeRule("372", 10, "R5");

/// <summary>Residential school (S1) before the 4th birthday.</summary>
public sealed class Rule373() : MinimumAgeRule("373", 4, "S1");

/// <summary>Residential employment (P3) before the 14th birthday.</summary>
public sealed class Rule374() : MinimumAgeRule("374", 14, "P3");

/// <summary>A temporary placement longer than its maximum (375, 376, 379); an open one is measured to 31 March.</summary>
public abstract class MaximumStayRule(string code, string placement, int days) : EpisodeRule(code, "DEC")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) =>
        episode.PlacementType == placement && (episode.EndDate ?? index.ReferenceDate).DayNumber - episode.StartDate.DayNumber > days;

    protected override string? ValueOf(CareEpisode episode) => Text(episode.EndDate);
}

/// <summary>Hospital (T1) for more than six weeks.</summary>
public sealed class Rule375() : MaximumStayRule("375", "T1", 42);

/// <summary>Usual foster carer's holiday (T3) for more than three weeks.</summary>
public sealed class Rule376() : MaximumStayRule("376", "T3", 21);

/// <summary>Unspecified temporary placement (T4) for more than seven days.</summary>
public sealed class Rule379() : MaximumStayRule("379", "T4", 7);

/// <summary>A short-term break (V3) longer than 17 days.</summary>
public sealed class Rule365() : EpisodeRule("365", "DEC")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) =>
        episode.LegalStatus == "V3" && (episode.EndDate ?? index.ReferenceDate).DayNumber - episode.StartDate.DayNumber > 17;

    protected override string? ValueOf(CareEpisode episode) => Text(episode.EndDate);
}

/// <summary>A short-term break (V3) must be a single episode: V3 with a reason for new episode other than S means the placement changed during it.</summary>
public sealed class Rule366() : EpisodeRule("366", "RNE")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) =>
        episode.LegalStatus == "V3" && Ssda903Codes.Has(episode.ReasonForNewEpisode) && episode.ReasonForNewEpisode != "S";

    protected override string? ValueOf(CareEpisode episode) => episode.ReasonForNewEpisode;
}

/// <summary>A youth justice legal status (J1, J2, J3) before the 10th birthday (the age of criminal responsibility).</summary>
public sealed class Rule358() : EpisodeRule("358", "LS")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) =>
        episode.LegalStatus is "J1" or "J2" or "J3" && episode.StartDate < child.Birthday(10);

    protected override string? ValueOf(CareEpisode episode) => episode.LegalStatus;
}

/// <summary>Looked after (open episode) after the 18th birthday other than under V2 in a children's home (K2).</summary>
public sealed class Rule359() : EpisodeRule("359", "LS")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) =>
        episode.EndDate is null && child.Birthday(18) < index.ReferenceDate && !(episode.LegalStatus == "V2" && episode.PlacementType == "K2");

    protected override string? ValueOf(CareEpisode episode) => $"{episode.LegalStatus}/{episode.PlacementType}";
}

/// <summary>Started to be looked after (RNE S) at 18 or over.</summary>
public sealed class Rule352() : EpisodeRule("352", "DECOM")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode) =>
        episode.ReasonForNewEpisode == "S" && episode.StartDate >= child.Birthday(18);

    protected override string? ValueOf(CareEpisode episode) => Text(episode.StartDate);
}

/// <summary>A reason episode ceased that needs an age at DEC (386, 387, 389, 407, 460).</summary>
public abstract class CeasedAgeRule(string code, bool mustBeUnder, int years, params string[] reasons) : EpisodeRule(code, "REC")
{
    private readonly FrozenSet<string> _reasons = reasons.ToFrozenSet(StringComparer.Ordinal);

    protected override bool Flags(Ssda903Index index, ChildFile child, CareEpisode episode)
    {
        if (episode.ReasonEpisodeCeased is not { } rec || !_reasons.Contains(rec) || episode.EndDate is not { } dec || child.Birthday(years) is not { } birthday)
        {
            return false;
        }

        return mustBeUnder ? dec >= birthday : dec < birthday;
    }

    protected override string? ValueOf(CareEpisode episode) => episode.ReasonEpisodeCeased;
}

/// <summary>Adopted (E11/E12) on or after the 18th birthday.</summary>
public sealed class Rule386() : CeasedAgeRule("386", mustBeUnder: true, 18, "E11", "E12");

/// <summary>Independent living (E5/E6) before the 14th birthday.</summary>
public sealed class Rule387() : CeasedAgeRule("387", mustBeUnder: false, 14, "E5", "E6");

/// <summary>Transferred to adult social care (E7) before the 16th birthday.</summary>
public sealed class Rule389() : CeasedAgeRule("389", mustBeUnder: false, 16, "E7");

/// <summary>Special guardianship order (E45 to E48) on or after the 18th birthday.</summary>
public sealed class Rule407() : CeasedAgeRule("407", mustBeUnder: true, 18, "E45", "E46", "E47", "E48");

/// <summary>Staying put at 18 or over (E17) before the 18th birthday.</summary>
public sealed class Rule460() : CeasedAgeRule("460", mustBeUnder: false, 18, "E17");
