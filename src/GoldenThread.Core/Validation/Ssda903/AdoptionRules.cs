using GoldenThread.Core.Model;

namespace GoldenThread.Core.Validation.Ssda903;

// AD1 (DATE_INT, DATE_MATCH, FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR) and PlacedAdoption (DATE_PLACED, DATE_PLACED_CEASED,
// REASON_PLACED_CEASED), both held in AdoptionRecord (see Ssda903Index for which rows count as which table).

/// <summary>A rule that flags single AD1 rows.</summary>
public abstract class Ad1Rule(string code, string field) : Ssda903Rule(code)
{
    protected abstract bool Flags(Ssda903Index index, ChildFile child, AdoptionRecord ad1);

    protected abstract string? ValueOf(AdoptionRecord ad1);

    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            foreach (var r in c.Ad1)
            {
                if (Flags(index, c, r))
                {
                    yield return Finding(index, c, r, "AD1", field, ValueOf(r));
                }
            }
        }
    }

    /// <summary>How many of the six AD1 items are completed.</summary>
    protected static int Completed(AdoptionRecord r) =>
        (r.DecisionDate is null ? 0 : 1) + (r.MatchDate is null ? 0 : 1) + (r.FosterCare is null ? 0 : 1)
        + (Ssda903Codes.Has(r.NumberOfAdopters) ? 1 : 0) + (Ssda903Codes.Has(r.SexOfAdopters) ? 1 : 0) + (Ssda903Codes.Has(r.LegalStatusOfAdopters) ? 1 : 0);

    /// <summary>The episode in which the child was adopted (REC E11/E12), the latest if several.</summary>
    protected static CareEpisode? AdoptionEpisode(ChildFile child) =>
        child.Episodes.LastOrDefault(e => Ssda903Codes.In(e.ReasonEpisodeCeased, Ssda903Codes.Adopted));

    /// <summary>The A3 to A6 episodes of the child's latest period of care.</summary>
    protected static IEnumerable<CareEpisode> AdoptionPlacementsInLatestPeriod(ChildFile child) =>
        child.LatestPeriodStart is { } start
            ? child.Episodes.Where(e => e.StartDate >= start.StartDate && Ssda903Codes.In(e.PlacementType, Ssda903Codes.PlacedForAdoption))
            : [];
}

/// <summary>A rule that flags single PlacedAdoption rows.</summary>
public abstract class PlacedAdoptionRule(string code, string field) : Ssda903Rule(code)
{
    protected abstract bool Flags(Ssda903Index index, ChildFile child, AdoptionRecord placed);

    protected abstract string? ValueOf(AdoptionRecord placed);

    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            foreach (var r in c.PlacedAdoption)
            {
                if (Flags(index, c, r))
                {
                    yield return Finding(index, c, r, "PlacedAdoption", field, ValueOf(r));
                }
            }
        }
    }
}

/// <summary>DATE_PLACED or DATE_PLACED_CEASED after 31 March or after the DEC of the latest episode that did not end X1.</summary>
public sealed class Rule117() : PlacedAdoptionRule("117", "DATE_PLACED")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, AdoptionRecord placed)
    {
        var ceased = child.Episodes.LastOrDefault(e => e.ReasonEpisodeCeased != "X1")?.EndDate;
        return placed.PlacedDate > index.ReferenceDate || placed.PlacedCeasedDate > index.ReferenceDate
            || placed.PlacedDate > ceased || placed.PlacedCeasedDate > ceased;
    }

    protected override string? ValueOf(AdoptionRecord placed) => Text(placed.PlacedDate);
}

/// <summary>DATE_PLACED_CEASED before 1 April or before the child's first episode other than a short break.</summary>
public sealed class Rule118() : PlacedAdoptionRule("118", "DATE_PLACED_CEASED")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, AdoptionRecord placed) =>
        placed.PlacedCeasedDate is { } ceased
        && (ceased < index.PeriodStart || child.Episodes.FirstOrDefault(e => !e.IsShortBreak) is { } first && ceased < first.StartDate);

    protected override string? ValueOf(AdoptionRecord placed) => Text(placed.PlacedCeasedDate);
}

/// <summary>DATE_PLACED_CEASED and REASON_PLACED_CEASED both completed or both blank.</summary>
public sealed class Rule119() : PlacedAdoptionRule("119", "REASON_PLACED_CEASED")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, AdoptionRecord placed) =>
        (placed.PlacedCeasedDate is null) != !Ssda903Codes.Has(placed.ReasonPlacedCeased);

    protected override string? ValueOf(AdoptionRecord placed) => placed.ReasonPlacedCeased;
}

/// <summary>REASON_PLACED_CEASED, when given, must be RD1 to RD4.</summary>
public sealed class Rule120() : PlacedAdoptionRule("120", "REASON_PLACED_CEASED")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, AdoptionRecord placed) =>
        Ssda903Codes.Invalid(placed.ReasonPlacedCeased, Ssda903Codes.ReasonPlacedCeased);

    protected override string? ValueOf(AdoptionRecord placed) => placed.ReasonPlacedCeased;
}

/// <summary>DATE_PLACED before the child's DOB.</summary>
public sealed class Rule184() : PlacedAdoptionRule("184", "DATE_PLACED")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, AdoptionRecord placed) => placed.PlacedDate < child.Child.BirthDate;

    protected override string? ValueOf(AdoptionRecord placed) => Text(placed.PlacedDate);
}

/// <summary>DATE_PLACED after DATE_PLACED_CEASED.</summary>
public sealed class Rule522() : PlacedAdoptionRule("522", "DATE_PLACED")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, AdoptionRecord placed) => placed.PlacedDate > placed.PlacedCeasedDate;

    protected override string? ValueOf(AdoptionRecord placed) => Text(placed.PlacedDate);
}

/// <summary>DATE_PLACED_CEASED or REASON_PLACED_CEASED given but DATE_PLACED blank.</summary>
public sealed class Rule563() : PlacedAdoptionRule("563", "DATE_PLACED")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, AdoptionRecord placed) =>
        placed.PlacedDate is null && (placed.PlacedCeasedDate is not null || Ssda903Codes.Has(placed.ReasonPlacedCeased));

    protected override string? ValueOf(AdoptionRecord placed) => null;
}

/// <summary>DATE_PLACED before the start of the latest period of care.</summary>
public sealed class Rule1003() : PlacedAdoptionRule("1003", "DATE_PLACED")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, AdoptionRecord placed) => placed.PlacedDate < child.LatestPeriodStart?.StartDate;

    protected override string? ValueOf(AdoptionRecord placed) => Text(placed.PlacedDate);
}

/// <summary>The child was placed for adoption or a placement order granted before the decision to place (earliest E1 DECOM before the earliest DATE_PLACED).</summary>
public sealed class Rule554() : PlacedAdoptionRule("554", "DATE_PLACED")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, AdoptionRecord placed)
    {
        var order = child.Episodes.FirstOrDefault(e => e.LegalStatus == "E1")?.StartDate;
        var first = child.PlacedAdoption.Where(p => p.PlacedDate is not null).Min(p => p.PlacedDate);
        return order is not null && ReferenceEquals(placed, child.PlacedAdoption.First(p => p.PlacedDate == first)) && first > order;
    }

    protected override string? ValueOf(AdoptionRecord placed) => Text(placed.PlacedDate);
}

/// <summary>
/// A child placed for adoption (A3 to A6) or under a freeing or placement order (D1/E1) left care other than by adoption (REC other
/// than X1, E11, E12), but the decision to place has no DATE_PLACED_CEASED and REASON_PLACED_CEASED (or no PlacedAdoption row at all).
/// </summary>
public sealed class Rule557() : Ssda903Rule("557")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where c.PlacedAdoption.Count == 0 || c.PlacedAdoption.Any(p => p.PlacedCeasedDate is null || !Ssda903Codes.Has(p.ReasonPlacedCeased))
        from e in c.Episodes
        where (Ssda903Codes.In(e.PlacementType, Ssda903Codes.PlacedForAdoption) || e.LegalStatus is "D1" or "E1")
            && Ssda903Codes.Has(e.ReasonEpisodeCeased) && e.ReasonEpisodeCeased != "X1" && !Ssda903Codes.In(e.ReasonEpisodeCeased, Ssda903Codes.Adopted)
        select Finding(index, c, e, "Episodes", "REC", e.ReasonEpisodeCeased);
}

/// <summary>The child was adopted (latest episode E11/E12) but the latest decision to place has a DATE_PLACED_CEASED.</summary>
public sealed class Rule558() : PlacedAdoptionRule("558", "DATE_PLACED_CEASED")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, AdoptionRecord placed) =>
        placed.PlacedCeasedDate is not null && ReferenceEquals(placed, child.PlacedAdoption[^1])
        && Ssda903Codes.In(child.LatestEpisode?.ReasonEpisodeCeased, Ssda903Codes.Adopted);

    protected override string? ValueOf(AdoptionRecord placed) => Text(placed.PlacedCeasedDate);
}

/// <summary>A new decision to place while the previous one is still open, or dated before the previous one ceased.</summary>
public sealed class Rule579() : Ssda903Rule("579")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            var decisions = c.PlacedAdoption.Where(p => p.PlacedDate is not null).ToList();
            for (var i = 1; i < decisions.Count; i++)
            {
                var previous = decisions[i - 1];
                if (previous.PlacedCeasedDate is null || decisions[i].PlacedDate < previous.PlacedCeasedDate)
                {
                    yield return Finding(index, c, decisions[i], "PlacedAdoption", "DATE_PLACED", Text(decisions[i].PlacedDate));
                }
            }
        }
    }
}

/// <summary>More than one DATE_PLACED and an earlier decision has no DATE_PLACED_CEASED.</summary>
public sealed class Rule583() : Ssda903Rule("583")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            var decisions = c.PlacedAdoption.Where(p => p.PlacedDate is not null).ToList();
            for (var i = 0; i < decisions.Count - 1; i++)
            {
                if (decisions[i].PlacedCeasedDate is null)
                {
                    yield return Finding(index, c, decisions[i], "PlacedAdoption", "DATE_PLACED_CEASED", null);
                }
            }
        }
    }
}

/// <summary>A placement for adoption (A3 to A6) open in the year with no DATE_PLACED for the child.</summary>
public sealed class Rule551() : Ssda903Rule("551")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where !c.PlacedAdoption.Any(p => p.PlacedDate is not null)
        from e in c.Episodes
        where Ssda903Codes.In(e.PlacementType, Ssda903Codes.PlacedForAdoption) && (e.EndDate is null || e.EndDate >= index.PeriodStart)
        select Finding(index, c, e, "Episodes", "PLACE", e.PlacementType);
}

/// <summary>The child's first placement for adoption (A3 to A6) began before the latest decision to place (DATE_PLACED).</summary>
public sealed class Rule552() : Ssda903Rule("552")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            var decided = c.PlacedAdoption.Where(p => p.PlacedDate is not null).Select(p => p.PlacedDate!.Value).DefaultIfEmpty().Max();
            var placed = c.Episodes.FirstOrDefault(e => Ssda903Codes.In(e.PlacementType, Ssda903Codes.PlacedForAdoption));
            if (placed is not null && decided != default && placed.StartDate < decided)
            {
                yield return Finding(index, c, placed, "Episodes", "DECOM", Text(placed.StartDate));
            }
        }
    }
}

/// <summary>A placement order (LS E1) episode open in the year with no DATE_PLACED for the child.</summary>
public sealed class Rule553() : Ssda903Rule("553")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where !c.PlacedAdoption.Any(p => p.PlacedDate is not null)
        from e in c.Episodes
        where e.LegalStatus == "E1" && (e.EndDate is null || e.EndDate >= index.PeriodStart)
        select Finding(index, c, e, "Episodes", "LS", e.LegalStatus);
}

/// <summary>AD1 items partly completed: all six or none.</summary>
public sealed class Rule151() : Ad1Rule("151", "DATE_INT")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, AdoptionRecord ad1) => Completed(ad1) is > 0 and < 6;

    protected override string? ValueOf(AdoptionRecord ad1) => Text(ad1.DecisionDate);
}

/// <summary>NB_ADOPTR, when given, must be 1 or 2.</summary>
public sealed class Rule175() : Ad1Rule("175", "NB_ADOPTR")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, AdoptionRecord ad1) => Ssda903Codes.Invalid(ad1.NumberOfAdopters, Ssda903Codes.NumberOfAdopters);

    protected override string? ValueOf(AdoptionRecord ad1) => ad1.NumberOfAdopters;
}

/// <summary>SEX_ADOPTR, when given, must be M1, F1, MM, FF or MF.</summary>
public sealed class Rule176() : Ad1Rule("176", "SEX_ADOPTR")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, AdoptionRecord ad1) => Ssda903Codes.Invalid(ad1.SexOfAdopters, Ssda903Codes.SexOfAdopters);

    protected override string? ValueOf(AdoptionRecord ad1) => ad1.SexOfAdopters;
}

/// <summary>LS_ADOPTR, when given, must be L0, L11, L12, L2, L3 or L4.</summary>
public sealed class Rule177() : Ad1Rule("177", "LS_ADOPTR")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, AdoptionRecord ad1) =>
        Ssda903Codes.Invalid(ad1.LegalStatusOfAdopters, Ssda903Codes.LegalStatusOfAdopters);

    protected override string? ValueOf(AdoptionRecord ad1) => ad1.LegalStatusOfAdopters;
}

/// <summary>DATE_INT after DATE_MATCH.</summary>
public sealed class Rule333() : Ad1Rule("333", "DATE_INT")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, AdoptionRecord ad1) => ad1.DecisionDate > ad1.MatchDate;

    protected override string? ValueOf(AdoptionRecord ad1) => Text(ad1.DecisionDate);
}

/// <summary>DATE_INT before the start of the latest period of care.</summary>
public sealed class Rule334() : Ad1Rule("334", "DATE_INT")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, AdoptionRecord ad1) => ad1.DecisionDate < child.LatestPeriodStart?.StartDate;

    protected override string? ValueOf(AdoptionRecord ad1) => Text(ad1.DecisionDate);
}

/// <summary>DATE_MATCH after the child was placed for adoption (first A3 to A6 DECOM of the period that ended in adoption).</summary>
public sealed class Rule331() : Ad1Rule("331", "DATE_MATCH")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, AdoptionRecord ad1)
    {
        if (ad1.MatchDate is not { } match || AdoptionEpisode(child) is null)
        {
            return false;
        }

        var placed = AdoptionPlacementsInLatestPeriod(child).Select(e => (DateOnly?)e.StartDate).FirstOrDefault();
        return match > placed;
    }

    protected override string? ValueOf(AdoptionRecord ad1) => Text(ad1.MatchDate);
}

/// <summary>FOSTER_CARE 0 but adopted from A3/A5 (with current foster carers), or 1 but adopted from A4/A6.</summary>
public sealed class Rule335() : Ad1Rule("335", "FOSTER_CARE")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, AdoptionRecord ad1) =>
        AdoptionEpisode(child)?.PlacementType is { } place
        && ((ad1.FosterCare == false && place is "A3" or "A5") || (ad1.FosterCare == true && place is "A4" or "A6"));

    protected override string? ValueOf(AdoptionRecord ad1) => Text(ad1.FosterCare);
}

/// <summary>DATE_INT after the child was placed for adoption (an A3 to A6 episode of the latest period began before it).</summary>
public sealed class Rule521() : Ad1Rule("521", "DATE_INT")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, AdoptionRecord ad1) =>
        ad1.DecisionDate is { } decision && AdoptionPlacementsInLatestPeriod(child).Any(e => e.StartDate < decision);

    protected override string? ValueOf(AdoptionRecord ad1) => Text(ad1.DecisionDate);
}

/// <summary>AD1 DATE_INT differs from the latest PlacedAdoption DATE_PLACED.</summary>
public sealed class Rule523() : Ad1Rule("523", "DATE_INT")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, AdoptionRecord ad1) =>
        ad1.DecisionDate is { } decision && child.PlacedAdoption.LastOrDefault(p => p.PlacedDate is not null)?.PlacedDate is { } placed && placed != decision;

    protected override string? ValueOf(AdoptionRecord ad1) => Text(ad1.DecisionDate);
}

/// <summary>Adoption (AD1) data for a child whose decision to be placed for adoption was reversed (DATE_PLACED_CEASED).</summary>
public sealed class Rule525() : Ad1Rule("525", "DATE_INT")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, AdoptionRecord ad1) =>
        child.PlacedAdoption.Count > 0 && child.PlacedAdoption[^1].PlacedCeasedDate is not null;

    protected override string? ValueOf(AdoptionRecord ad1) => Text(ad1.DecisionDate);
}

/// <summary>Adopted (E11/E12) on the day of matching (DEC equals DATE_MATCH).</summary>
public sealed class Rule582() : Ad1Rule("582", "DATE_MATCH")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, AdoptionRecord ad1) =>
        ad1.MatchDate is { } match && child.Episodes.Any(e => Ssda903Codes.In(e.ReasonEpisodeCeased, Ssda903Codes.Adopted) && e.EndDate == match);

    protected override string? ValueOf(AdoptionRecord ad1) => Text(ad1.MatchDate);
}

/// <summary>AD1 data but no episode ended in adoption (E11/E12) in the year.</summary>
public sealed class Rule602() : Ad1Rule("602", "CHILD")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, AdoptionRecord ad1) =>
        !child.Episodes.Any(e => Ssda903Codes.In(e.ReasonEpisodeCeased, Ssda903Codes.Adopted) && e.EndDate >= index.PeriodStart && e.EndDate <= index.ReferenceDate);

    protected override string? ValueOf(AdoptionRecord ad1) => Text(ad1.DecisionDate);
}

/// <summary>An AD1 legal status of adopters whose SEX_ADOPTR does not fit (514, 517 to 520, 524).</summary>
public abstract class AdopterSexRule(string code, string legalStatus, Func<string, bool> wrongSex) : Ad1Rule(code, "SEX_ADOPTR")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, AdoptionRecord ad1) =>
        ad1.LegalStatusOfAdopters == legalStatus && Ssda903Codes.Has(ad1.SexOfAdopters) && wrongSex(ad1.SexOfAdopters!);

    protected override string? ValueOf(AdoptionRecord ad1) => $"{ad1.LegalStatusOfAdopters}/{ad1.SexOfAdopters}";
}

/// <summary>Single adopter (L0) but SEX_ADOPTR shows a couple.</summary>
public sealed class Rule514() : AdopterSexRule("514", "L0", s => Ssda903Codes.CoupleSexOfAdopters.Contains(s));

/// <summary>Opposite-sex unmarried couple (L3) must be MF.</summary>
public sealed class Rule517() : AdopterSexRule("517", "L3", s => s != "MF");

/// <summary>Same-sex unmarried couple (L4) must be MM or FF.</summary>
public sealed class Rule518() : AdopterSexRule("518", "L4", s => !Ssda903Codes.SameSexCouple.Contains(s));

/// <summary>Civil partnership (L2) must be a couple.</summary>
public sealed class Rule519() : AdopterSexRule("519", "L2", s => !Ssda903Codes.CoupleSexOfAdopters.Contains(s));

/// <summary>Opposite-sex married couple (L11) cannot be MM or FF.</summary>
public sealed class Rule520() : AdopterSexRule("520", "L11", s => Ssda903Codes.SameSexCouple.Contains(s));

/// <summary>Same-sex married couple (L12) must be MM or FF.</summary>
public sealed class Rule524() : AdopterSexRule("524", "L12", s => !Ssda903Codes.SameSexCouple.Contains(s));

/// <summary>Two adopters (NB_ADOPTR 2) but SEX_ADOPTR is not MM, FF or MF.</summary>
public sealed class Rule511() : Ad1Rule("511", "SEX_ADOPTR")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, AdoptionRecord ad1) =>
        ad1.NumberOfAdopters == "2" && !Ssda903Codes.In(ad1.SexOfAdopters, Ssda903Codes.CoupleSexOfAdopters);

    protected override string? ValueOf(AdoptionRecord ad1) => ad1.SexOfAdopters;
}

/// <summary>Adopted in the year (E11/E12 with DEC in the year) but AD1 is missing or incomplete.</summary>
public sealed class Rule601() : Ssda903Rule("601")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            var adopted = c.Episodes.LastOrDefault(e =>
                Ssda903Codes.In(e.ReasonEpisodeCeased, Ssda903Codes.Adopted) && e.EndDate >= index.PeriodStart && e.EndDate <= index.ReferenceDate);
            if (adopted is null)
            {
                continue;
            }

            var ad1 = c.Ad1.FirstOrDefault();
            if (ad1 is null || ad1.DecisionDate is null || ad1.MatchDate is null || ad1.FosterCare is null
                || !Ssda903Codes.Has(ad1.NumberOfAdopters) || !Ssda903Codes.Has(ad1.SexOfAdopters) || !Ssda903Codes.Has(ad1.LegalStatusOfAdopters))
            {
                yield return Finding(index, c, adopted, "Episodes", "REC", adopted.ReasonEpisodeCeased);
            }
        }
    }
}

/// <summary>
/// Placed for adoption with current foster carers (A3/A5) straight from a placement that is neither fostering (U1 to U6) nor another
/// placement for adoption (A3 to A6). The child's first episode has no placement before it and is not tested.
/// </summary>
public sealed class Rule336() : Ssda903Rule("336")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            for (var i = 1; i < c.Episodes.Count; i++)
            {
                var e = c.Episodes[i];
                var previous = c.Episodes[i - 1];
                if (e.PlacementType is "A3" or "A5"
                    && !Ssda903Codes.In(previous.PlacementType, Ssda903Codes.PlacedForAdoption) && !Ssda903Codes.In(previous.PlacementType, Ssda903Codes.Foster))
                {
                    yield return Finding(index, c, e, "Episodes", "PLACE", e.PlacementType);
                }
            }
        }
    }
}
