using GoldenThread.Core.Model;

namespace GoldenThread.Core.Validation.Ssda903;

// Rules that compare this year's return with last year's (context.PreviousYear). Each runs only for children in both returns
// (or, where stated, when last year's return was given at all).

/// <summary>A rule over children present in last year's return too.</summary>
public abstract class LastYearRule(string code) : Ssda903Rule(code)
{
    protected abstract IEnumerable<RuleFinding> Check(Ssda903Index index, ChildFile child, ChildFile lastYear);

    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where c.LastYear is not null
        from f in Check(index, c, c.LastYear!)
        select f;
}

/// <summary>SEX differs from last year's.</summary>
public sealed class Rule202() : LastYearRule("202")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index, ChildFile child, ChildFile lastYear) =>
        Ssda903Codes.Has(child.Child.Sex) && Ssda903Codes.Has(lastYear.Child.Sex) && child.Child.Sex != lastYear.Child.Sex
            ? [Finding(index, child, child.Child, "Header", "SEX", child.Child.Sex)]
            : [];
}

/// <summary>DOB differs from last year's.</summary>
public sealed class Rule203() : LastYearRule("203")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index, ChildFile child, ChildFile lastYear) =>
        child.Child.BirthDate is not null && lastYear.Child.BirthDate is not null && child.Child.BirthDate != lastYear.Child.BirthDate
            ? [Finding(index, child, child.Child, "Header", "DOB", Text(child.Child.BirthDate))]
            : [];
}

/// <summary>ETHNIC differs from last year's.</summary>
public sealed class Rule204() : LastYearRule("204")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index, ChildFile child, ChildFile lastYear) =>
        Ssda903Codes.Has(child.Child.Ethnicity) && Ssda903Codes.Has(lastYear.Child.Ethnicity) && child.Child.Ethnicity != lastYear.Child.Ethnicity
            ? [Finding(index, child, child.Child, "Header", "ETHNIC", child.Child.Ethnicity)]
            : [];
}

/// <summary>A mother last year (MOTHER 1) with episodes this year whose MOTHER is now anything else (0 or blank).</summary>
public sealed class Rule207() : LastYearRule("207")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index, ChildFile child, ChildFile lastYear) =>
        lastYear.Child.IsMother == "1" && child.Child.IsMother != "1" && child.Episodes.Count > 0
            ? [Finding(index, child, child.Child, "Header", "MOTHER", child.Child.IsMother)]
            : [];
}

/// <summary>
/// UPN (or unknown code) differs from last year's, other than the changes DfE allows: blank or UN1 to UN2-UN5, blank to UN1, and an
/// unknown code or blank to a real UPN. Compared without case.
/// </summary>
public sealed class Rule208() : LastYearRule("208")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index, ChildFile child, ChildFile lastYear)
    {
        var now = UpnValue(child.Child);
        var before = UpnValue(lastYear.Child);
        if (now == before)
        {
            return [];
        }

        var nowUnknown = now is null || Ssda903Codes.UpnUnknown903.Contains(now);
        var beforeUnknown = before is null || Ssda903Codes.UpnUnknown903.Contains(before);
        var allowed = ((before is null || before == "UN1") && now is "UN2" or "UN3" or "UN4" or "UN5")
            || (before is null && now == "UN1")
            || (beforeUnknown && !nowUnknown);
        return allowed ? [] : [Finding(index, child, child.Child, "Header", "UPN", child.Child.Upn ?? child.Child.UpnUnknownReason)];
    }

    private static string? UpnValue(Child child) =>
        Ssda903Codes.Has(child.Upn) ? child.Upn!.Trim().ToUpperInvariant()
        : Ssda903Codes.Has(child.UpnUnknownReason) ? child.UpnUnknownReason!.Trim().ToUpperInvariant() : null;
}

/// <summary>MC_DOB differs from last year's.</summary>
public sealed class Rule624() : LastYearRule("624")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index, ChildFile child, ChildFile lastYear) =>
        child.Child.MothersChildBirthDate is not null && lastYear.Child.MothersChildBirthDate is not null
        && child.Child.MothersChildBirthDate != lastYear.Child.MothersChildBirthDate
            ? [Finding(index, child, child.Child, "Header", "MC_DOB", Text(child.Child.MothersChildBirthDate))]
            : [];
}

/// <summary>A mother (MOTHER 1) whose first child was born before 1 April, although last year's return said she was not a mother (0).</summary>
public sealed class Rule626() : LastYearRule("626")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index, ChildFile child, ChildFile lastYear) =>
        child.Child.IsMother == "1" && child.Child.MothersChildBirthDate < index.PeriodStart && lastYear.Child.IsMother == "0"
            ? [Finding(index, child, child.Child, "Header", "MC_DOB", Text(child.Child.MothersChildBirthDate))]
            : [];
}

/// <summary>UASC last year but not this year, and DUC does not show the status ceasing last year (DUC this year, or last year's DUC outside last year).</summary>
public sealed class Rule205A() : LastYearRule("205A")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index, ChildFile child, ChildFile lastYear)
    {
        var lastDuc = lastYear.Child.UnaccompaniedAsylumSeekingCeasedDate;
        var ceasedLastYear = lastDuc >= index.PeriodStart.AddYears(-1) && lastDuc <= index.ReferenceDate.AddYears(-1);
        return lastYear.IsUasc && !child.IsUasc && (child.Child.UnaccompaniedAsylumSeekingCeasedDate is not null || !ceasedLastYear)
            ? [Finding(index, child, child.Child, "UASC", "CHILD", child.LaChildId)]
            : [];
    }
}

/// <summary>UASC in both years but this year's DUC is neither in this collection year nor the same as last year's.</summary>
public sealed class Rule205B() : LastYearRule("205B")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index, ChildFile child, ChildFile lastYear)
    {
        var duc = child.Child.UnaccompaniedAsylumSeekingCeasedDate;
        var inYear = duc >= index.PeriodStart && duc <= index.ReferenceDate;
        return lastYear.IsUasc && child.IsUasc && !inYear && duc != lastYear.Child.UnaccompaniedAsylumSeekingCeasedDate
            ? [Finding(index, child, child.Child, "UASC", "DUC", Text(duc))]
            : [];
    }
}

/// <summary>UASC in neither year but a DUC given in either. Needs last year's return; a child absent from it counts as not UASC last year.</summary>
public sealed class Rule205C() : Ssda903Rule("205C")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.HasPreviousYear ? index.Children : []
        where !c.IsUasc && c.LastYear?.IsUasc != true
            && (c.Child.UnaccompaniedAsylumSeekingCeasedDate is not null || c.LastYear?.Child.UnaccompaniedAsylumSeekingCeasedDate is not null)
        select Finding(index, c, c.Child, "UASC", "DUC", Text(c.Child.UnaccompaniedAsylumSeekingCeasedDate));
}

/// <summary>UASC this year but not last year (child in both returns).</summary>
public sealed class Rule205D() : LastYearRule("205D")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index, ChildFile child, ChildFile lastYear) =>
        child.IsUasc && !lastYear.IsUasc ? [Finding(index, child, child.Child, "Header", "UASC", "1")] : [];
}

/// <summary>Last year ended with an open episode whose DECOM is not the DECOM of this year's first episode.</summary>
public sealed class Rule502() : LastYearRule("502")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index, ChildFile child, ChildFile lastYear) =>
        lastYear.LatestEpisode is { EndDate: null } open && child.FirstEpisode is { } first && first.StartDate != open.StartDate
            ? [Finding(index, child, first, "Episodes", "DECOM", Text(first.StartDate))]
            : [];
}

/// <summary>Last year's return ended with an open episode, and this year's first episode (which must continue it) differs in an item (503A to 503F).</summary>
public abstract class ContinuedEpisodeRule(string code, string field, Func<CareEpisode, string?> item) : LastYearRule(code)
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index, ChildFile child, ChildFile lastYear) =>
        lastYear.LatestEpisode is { EndDate: null } open && child.FirstEpisode is { } first && item(first) != item(open)
            ? [Finding(index, child, first, "Episodes", field, item(first))]
            : [];
}

public sealed class Rule503A() : ContinuedEpisodeRule("503A", "RNE", e => e.ReasonForNewEpisode);

public sealed class Rule503B() : ContinuedEpisodeRule("503B", "LS", e => e.LegalStatus);

public sealed class Rule503C() : ContinuedEpisodeRule("503C", "CIN", e => e.CategoryOfNeed);

public sealed class Rule503D() : ContinuedEpisodeRule("503D", "PLACE", e => e.PlacementType);

public sealed class Rule503E() : ContinuedEpisodeRule("503E", "PLACE_PROVIDER", e => e.PlacementProvider);

public sealed class Rule503F() : ContinuedEpisodeRule("503F", "URN", e => e.Urn);

/// <summary>This year's first episode began before 1 April, so it must be last year's latest episode (same DECOM); a child with episodes last year whose latest one began on another day is flagged.</summary>
public sealed class Rule562() : LastYearRule("562")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index, ChildFile child, ChildFile lastYear) =>
        child.FirstEpisode is { } first && first.StartDate < index.PeriodStart && lastYear.LatestEpisode is { } latest && latest.StartDate != first.StartDate
            ? [Finding(index, child, first, "Episodes", "DECOM", Text(first.StartDate))]
            : [];
}

/// <summary>The child started to be looked after before 1 April but has no episode in last year's return. Needs last year's return.</summary>
public sealed class RuleNoE() : Ssda903Rule("NoE")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.HasPreviousYear ? index.Children : []
        where c.FirstEpisode is { } first && first.StartDate < index.PeriodStart && (c.LastYear is null || c.LastYear.Episodes.Count == 0)
        select Finding(index, c, c.FirstEpisode!, "Episodes", "DECOM", Text(c.FirstEpisode!.StartDate));
}

/// <summary>A decision to place dated before 1 April that last year's return does not hold. Needs last year's return.</summary>
public sealed class Rule559() : Ssda903Rule("559")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.HasPreviousYear ? index.Children : []
        from p in c.PlacedAdoption
        where p.PlacedDate < index.PeriodStart && !(c.LastYear?.PlacedAdoption.Any(l => l.PlacedDate == p.PlacedDate) ?? false)
        select Finding(index, c, p, "PlacedAdoption", "DATE_PLACED", Text(p.PlacedDate));
}

/// <summary>Last year's open decision to place (no DATE_PLACED_CEASED) is not carried into this year's return with the same DATE_PLACED.</summary>
public sealed class Rule560() : LastYearRule("560")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index, ChildFile child, ChildFile lastYear)
    {
        var open = lastYear.PlacedAdoption.Where(p => p.PlacedDate is not null && p.PlacedCeasedDate is null).ToList();
        if (open.Count == 0)
        {
            return [];
        }

        return from p in child.PlacedAdoption
               where p.PlacedDate is not null && !open.Exists(o => o.PlacedDate == p.PlacedDate) && p.PlacedDate < index.PeriodStart
               select Finding(index, child, p, "PlacedAdoption", "DATE_PLACED", Text(p.PlacedDate));
    }
}

/// <summary>This year repeats a decision to place (same DATE_PLACED) that last year's return shows as ceased, without its DATE_PLACED_CEASED.</summary>
public sealed class Rule561() : LastYearRule("561")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index, ChildFile child, ChildFile lastYear) =>
        from p in child.PlacedAdoption
        where p.PlacedDate is not null && p.PlacedCeasedDate is null
            && lastYear.PlacedAdoption.Any(l => l.PlacedDate == p.PlacedDate && l.PlacedCeasedDate is not null)
        select Finding(index, child, p, "PlacedAdoption", "DATE_PLACED", Text(p.PlacedDate));
}

/// <summary>Last year's decision to place ceased (DATE_PLACED_CEASED or REASON_PLACED_CEASED), so a decision this year must be dated after last year's DATE_PLACED.</summary>
public sealed class Rule584() : LastYearRule("584")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index, ChildFile child, ChildFile lastYear) =>
        from p in child.PlacedAdoption
        where p.PlacedDate is { } placed
            && lastYear.PlacedAdoption.Any(l => (l.PlacedCeasedDate is not null || Ssda903Codes.Has(l.ReasonPlacedCeased)) && l.PlacedDate is { } before && placed < before)
        select Finding(index, child, p, "PlacedAdoption", "DATE_PLACED", Text(p.PlacedDate));
}
