using GoldenThread.Core.Model;

namespace GoldenThread.Core.Validation.Ssda903;

// OC3: care leavers around their 17th to 21st birthdays (IN_TOUCH, ACTIV, ACCOM).

/// <summary>A rule that flags single OC3 rows.</summary>
public abstract class Oc3Rule(string code, string field) : Ssda903Rule(code)
{
    protected abstract bool Flags(Ssda903Index index, ChildFile child, CareLeaverRecord oc3);

    protected abstract string? ValueOf(CareLeaverRecord oc3);

    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            foreach (var r in c.Oc3)
            {
                if (Flags(index, c, r))
                {
                    yield return Finding(index, c, r, "OC3", field, ValueOf(r));
                }
            }
        }
    }

    protected static bool HasData(CareLeaverRecord r) =>
        Ssda903Codes.Has(r.InTouch) || Ssda903Codes.Has(r.Activity) || Ssda903Codes.Has(r.Accommodation);

    /// <summary>True when the 17th or 18th birthday fell in the year and the child was looked after (not V3/V4) on it.</summary>
    protected static IEnumerable<DateOnly> LookedAfterBirthdays(Ssda903Index index, ChildFile child) =>
        from years in new[] { 17, 18 }
        let birthday = child.Birthday(years)
        where birthday >= index.PeriodStart && birthday <= index.ReferenceDate && child.LookedAfterOn(birthday!.Value)
        select birthday!.Value;
}

/// <summary>IN_TOUCH, when given, must be a valid code.</summary>
public sealed class Rule131() : Oc3Rule("131", "IN_TOUCH")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareLeaverRecord oc3) => Ssda903Codes.Invalid(oc3.InTouch, Ssda903Codes.InTouch);

    protected override string? ValueOf(CareLeaverRecord oc3) => oc3.InTouch;
}

/// <summary>ACTIV, when given, must be a valid code.</summary>
public sealed class Rule132() : Oc3Rule("132", "ACTIV")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareLeaverRecord oc3) => Ssda903Codes.Invalid(oc3.Activity, Ssda903Codes.Activity);

    protected override string? ValueOf(CareLeaverRecord oc3) => oc3.Activity;
}

/// <summary>ACCOM, when given, must be a valid code.</summary>
public sealed class Rule133() : Oc3Rule("133", "ACCOM")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareLeaverRecord oc3) => Ssda903Codes.Invalid(oc3.Accommodation, Ssda903Codes.Accommodation);

    protected override string? ValueOf(CareLeaverRecord oc3) => oc3.Accommodation;
}

/// <summary>IN_TOUCH, ACTIV and ACCOM all completed or all blank.</summary>
public sealed class Rule153() : Oc3Rule("153", "IN_TOUCH")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareLeaverRecord oc3)
    {
        var filled = (Ssda903Codes.Has(oc3.InTouch) ? 1 : 0) + (Ssda903Codes.Has(oc3.Activity) ? 1 : 0) + (Ssda903Codes.Has(oc3.Accommodation) ? 1 : 0);
        return filled is 1 or 2;
    }

    protected override string? ValueOf(CareLeaverRecord oc3) => oc3.InTouch;
}

/// <summary>Died (DIED) or returned home for six months or more (RHOM) but activity or accommodation completed.</summary>
public sealed class Rule344() : Oc3Rule("344", "IN_TOUCH")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareLeaverRecord oc3) =>
        oc3.InTouch is "DIED" or "RHOM" && (Ssda903Codes.Has(oc3.Activity) || Ssda903Codes.Has(oc3.Accommodation));

    protected override string? ValueOf(CareLeaverRecord oc3) => oc3.InTouch;
}

/// <summary>In touch (YES) but activity or accommodation is 0.</summary>
public sealed class Rule345() : Oc3Rule("345", "IN_TOUCH")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareLeaverRecord oc3) =>
        oc3.InTouch == "YES" && (oc3.Activity == "0" || oc3.Accommodation == "0");

    protected override string? ValueOf(CareLeaverRecord oc3) => oc3.InTouch;
}

/// <summary>Accommodation type T (foyer or similar: T1, T2) for a care leaver under 18 on 1 April.</summary>
public sealed class Rule347() : Oc3Rule("347", "ACCOM")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareLeaverRecord oc3) =>
        oc3.Accommodation is { } accom && accom.StartsWith('T') && child.Birthday(18) > index.PeriodStart;

    protected override string? ValueOf(CareLeaverRecord oc3) => oc3.Accommodation;
}

/// <summary>Care leaver data for a young person who was not aged 17 to 21 at any time in the year: under 17 at 31 March, or 22 by 1 April.</summary>
public sealed class Rule391() : Oc3Rule("391", "IN_TOUCH")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareLeaverRecord oc3) =>
        HasData(oc3) && (child.Birthday(17) > index.ReferenceDate || child.Birthday(22) <= index.PeriodStart);

    protected override string? ValueOf(CareLeaverRecord oc3) => oc3.InTouch;
}

/// <summary>Care leaver data for a child who died in care (REC E2) this year or last.</summary>
public sealed class Rule1000() : Oc3Rule("1000", "IN_TOUCH")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareLeaverRecord oc3) =>
        HasData(oc3) && child.Episodes.Concat(child.LastYear?.Episodes ?? []).Any(e => e.ReasonEpisodeCeased == "E2");

    protected override string? ValueOf(CareLeaverRecord oc3) => oc3.InTouch;
}

/// <summary>
/// Care leaver data for a young person who is not a relevant or former relevant child: from this year's and last year's episodes
/// (short breaks excluded) fewer than 91 days looked after since the 14th birthday or none since the 16th, or the last episode
/// ended in adoption. Young people 20 or over at 31 March are not tested (their episodes predate the two years held). Needs last year's return.
/// </summary>
public sealed class Rule1001() : Oc3Rule("1001", "IN_TOUCH")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) => index.HasPreviousYear ? base.Check(index) : [];

    protected override bool Flags(Ssda903Index index, ChildFile child, CareLeaverRecord oc3)
    {
        if (!HasData(oc3) || child.Child.BirthDate is null || child.Birthday(20) <= index.ReferenceDate)
        {
            return false;
        }

        var episodes = (child.LastYear?.Episodes ?? []).Concat(child.Episodes)
            .GroupBy(e => e.StartDate).Select(g => g.OrderBy(e => e.EndDate is null).First()).OrderBy(e => e.StartDate).ToList();
        if (episodes.Count == 0)
        {
            return false;
        }

        var fourteen = child.Birthday(14)!.Value;
        var sixteen = child.Birthday(16)!.Value;
        var since14 = 0;
        var since16 = 0;
        foreach (var e in episodes.Where(e => !e.IsShortBreak))
        {
            var end = e.EndDate ?? index.ReferenceDate;
            since14 += Math.Max(0, end.DayNumber - Later(e.StartDate, fourteen).DayNumber);
            since16 += Math.Max(0, end.DayNumber - Later(e.StartDate, sixteen).DayNumber);
        }

        var adopted = Ssda903Codes.In(episodes[^1].ReasonEpisodeCeased, Ssda903Codes.Adopted);
        return adopted || since14 < 91 || since16 < 1;
    }

    protected override string? ValueOf(CareLeaverRecord oc3) => oc3.InTouch;

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}

/// <summary>Care leaver data for a child with no episode this year or last. Needs last year's return.</summary>
public sealed class Rule1002() : Oc3Rule("1002", "IN_TOUCH")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) => index.HasPreviousYear ? base.Check(index) : [];

    protected override bool Flags(Ssda903Index index, ChildFile child, CareLeaverRecord oc3) =>
        HasData(oc3) && child.Episodes.Count == 0 && (child.LastYear is null || child.LastYear.Episodes.Count == 0);

    protected override string? ValueOf(CareLeaverRecord oc3) => oc3.InTouch;
}

/// <summary>Care leaver data for a young person looked after on their 17th or 18th birthday in the year and still looked after at 31 March.</summary>
public sealed class Rule1007() : Oc3Rule("1007", "IN_TOUCH")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareLeaverRecord oc3) =>
        HasData(oc3) && child.LookedAfterOn(index.ReferenceDate) && LookedAfterBirthdays(index, child).Any();

    protected override string? ValueOf(CareLeaverRecord oc3) => oc3.InTouch;
}

/// <summary>No episode this year, an episode open at the end of last year's return, and care leaver data.</summary>
public sealed class Rule1010() : Oc3Rule("1010", "IN_TOUCH")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareLeaverRecord oc3) =>
        HasData(oc3) && child.Episodes.Count == 0 && child.LastYear?.LatestEpisode is { EndDate: null };

    protected override string? ValueOf(CareLeaverRecord oc3) => oc3.InTouch;
}

/// <summary>Care leaver data for a child whose final episode ended with care transferred to another authority (E3).</summary>
public sealed class Rule1011() : Oc3Rule("1011", "IN_TOUCH")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareLeaverRecord oc3) =>
        HasData(oc3) && (child.LatestEpisode ?? child.LastYear?.LatestEpisode)?.ReasonEpisodeCeased == "E3";

    protected override string? ValueOf(CareLeaverRecord oc3) => oc3.InTouch;
}

/// <summary>Care leaver data for a young person looked after on their 17th or 18th birthday in the year who then ceased to be looked after in the year.</summary>
public sealed class Rule1016() : Oc3Rule("1016", "IN_TOUCH")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareLeaverRecord oc3)
    {
        if (!HasData(oc3) || child.LatestEpisode is not { EndDate: { } dec, ReasonEpisodeCeased: { } rec } || rec == "X1")
        {
            return false;
        }

        return dec <= index.ReferenceDate && LookedAfterBirthdays(index, child).Any(b => dec > b);
    }

    protected override string? ValueOf(CareLeaverRecord oc3) => oc3.InTouch;
}

/// <summary>Accommodation with former foster carers (Z1/Z2) reported around the 17th birthday (17th birthday in the year).</summary>
public sealed class Rule3001() : Oc3Rule("3001", "ACCOM")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, CareLeaverRecord oc3) =>
        oc3.Accommodation is "Z1" or "Z2" && child.Birthday(17) >= index.PeriodStart && child.Birthday(17) <= index.ReferenceDate;

    protected override string? ValueOf(CareLeaverRecord oc3) => oc3.Accommodation;
}

/// <summary>Adoption (AD1) data for a child in the care leaver (OC3) cohort.</summary>
public sealed class Rule134() : Ssda903Rule("134")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where c.HasOc3Data
        from a in c.Ad1
        select Finding(index, c, a, "AD1", "DATE_INT", Text(a.DecisionDate));
}

/// <summary>A child looked after continuously for 12 months (OC2 cohort) with adoption (AD1) or care leaver (OC3) data.</summary>
public sealed class Rule187() : Ssda903Rule("187")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children.Where(c => c.ContinuouslyLookedAfter))
        {
            foreach (var a in c.Ad1)
            {
                yield return Finding(index, c, a, "AD1", "DATE_INT", Text(a.DecisionDate));
            }

            foreach (var r in c.Oc3.Where(r => Ssda903Codes.Has(r.InTouch) || Ssda903Codes.Has(r.Activity) || Ssda903Codes.Has(r.Accommodation)))
            {
                yield return Finding(index, c, r, "OC3", "IN_TOUCH", r.InTouch);
            }
        }
    }
}

/// <summary>
/// A child with no episode this year (so in the return only as a care leaver) has rows in other tables: Reviews, Missing, OC2, AD1,
/// PlacedAdoption or PrevPerm.
/// </summary>
public sealed class Rule1012() : Ssda903Rule("1012")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children.Where(c => c.Episodes.Count == 0))
        {
            var others = c.Reviews.Select(r => ((object)r, "Reviews"))
                .Concat(c.Missing.Select(m => ((object)m, "Missing")))
                .Concat(c.Oc2.Select(r => ((object)r, "OC2")))
                .Concat(c.Adoption.Select(a => ((object)a, ChildFile.IsAd1(a) ? "AD1" : "PlacedAdoption")))
                .Concat(c.PrevPerm.Select(p => ((object)p, "PrevPerm")));
            foreach (var (record, table) in others)
            {
                yield return Finding(index, c, record, table, "CHILD", c.LaChildId);
            }
        }
    }
}
