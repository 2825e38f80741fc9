using GoldenThread.Core.Model;

namespace GoldenThread.Core.Validation.Ssda903;

// Header (CHILD, SEX, DOB, ETHNIC, UPN, MOTHER, MC_DOB) and UASC rules.

/// <summary>SEX must be 1 or 2. The model holds the 903's SEX 1/2 as M/F, so M and F are the valid 1 and 2; anything else, blank included, is invalid.</summary>
public sealed class Rule101() : Ssda903Rule("101")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where c.Child.Sex is not ("M" or "F")
        select Finding(index, c, c.Child, "Header", "SEX", c.Child.Sex);
}

/// <summary>DOB must be a valid date. An unreadable date reaches the model as blank (BirthDate null), so a blank DOB is flagged.</summary>
public sealed class Rule102() : Ssda903Rule("102")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where c.Child.BirthDate is null
        select Finding(index, c, c.Child, "Header", "DOB", null);
}

/// <summary>ETHNIC must be completed with a valid code.</summary>
public sealed class Rule103() : Ssda903Rule("103")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where !Ssda903Codes.In(c.Child.Ethnicity, Ssda903Codes.Ethnicity)
        select Finding(index, c, c.Child, "Header", "ETHNIC", c.Child.Ethnicity);
}

/// <summary>UPN, when given, must be a letter, 11 digits and a digit or letter; an unknown UPN must be UN1 to UN5.</summary>
public sealed class Rule168() : Ssda903Rule("168")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            if (Ssda903Codes.Has(c.Child.Upn))
            {
                if (!Ssda903Codes.IsUpnFormat(c.Child.Upn!.Trim()))
                {
                    yield return Finding(index, c, c.Child, "Header", "UPN", c.Child.Upn);
                }
            }
            else if (Ssda903Codes.Invalid(c.Child.UpnUnknownReason, Ssda903Codes.UpnUnknown903))
            {
                yield return Finding(index, c, c.Child, "Header", "UPN", c.Child.UpnUnknownReason);
            }
        }
    }
}

/// <summary>A male child (SEX 1, held as M) cannot have a mother's child's date of birth.</summary>
public sealed class Rule174() : Ssda903Rule("174")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where c.Child.Sex == "M" && c.Child.MothersChildBirthDate is not null
        select Finding(index, c, c.Child, "Header", "MC_DOB", Text(c.Child.MothersChildBirthDate));
}

/// <summary>SEX reported as unknown (U in the model).</summary>
public sealed class Rule232() : Ssda903Rule("232")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where c.Child.Sex == "U"
        select Finding(index, c, c.Child, "Header", "SEX", c.Child.Sex);
}

/// <summary>DOB after 31 March.</summary>
public sealed class Rule301() : Ssda903Rule("301")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where c.Child.BirthDate > index.ReferenceDate
        select Finding(index, c, c.Child, "Header", "DOB", Text(c.Child.BirthDate));
}

/// <summary>The 25th birthday fell before 1 April.</summary>
public sealed class Rule351() : Ssda903Rule("351")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where c.Birthday(25) < index.PeriodStart
        select Finding(index, c, c.Child, "Header", "DOB", Text(c.Child.BirthDate));
}

/// <summary>A child with episodes must have a UPN or an unknown-UPN code.</summary>
public sealed class Rule442() : Ssda903Rule("442")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where c.Episodes.Count > 0 && !Ssda903Codes.Has(c.Child.Upn) && !Ssda903Codes.Has(c.Child.UpnUnknownReason)
        select Finding(index, c, c.Child, "Header", "UPN", null);
}

/// <summary>
/// UN1 (under 6, not yet at school) for a child of school age: DfE's test is a fourth birthday on or before 31 August of the
/// year before the collection year starts (31 August 2023 for 2024-25), so the child started reception before the year began.
/// </summary>
public sealed class Rule209() : Ssda903Rule("209")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        var schoolYearStart = new DateOnly(index.PeriodStart.Year - 1, 8, 31);
        return from c in index.Children
               where !Ssda903Codes.Has(c.Child.Upn) && c.Child.UpnUnknownReason == "UN1" && c.Birthday(4) <= schoolYearStart
               select Finding(index, c, c.Child, "Header", "UPN", "UN1");
    }
}

/// <summary>UN4 (newly looked after, UPN not yet obtained) for a child whose current period of care began more than a week before 31 March.</summary>
public sealed class Rule210() : Ssda903Rule("210")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        var weekBefore = index.ReferenceDate.AddDays(-7);
        return from c in index.Children
               where !Ssda903Codes.Has(c.Child.Upn) && c.Child.UpnUnknownReason == "UN4"
                   && c.LookedAfterOn(index.ReferenceDate) && c.LatestPeriodStart!.StartDate < weekBefore
               select Finding(index, c, c.Child, "Header", "UPN", "UN4");
    }
}

/// <summary>
/// MOTHER, when given, must be 0 or 1 and only for a female child; a girl looked after in the year must have it; a girl with care
/// leaver data and no episode in the year must not.
/// </summary>
public sealed class Rule165() : Ssda903Rule("165")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            var mother = c.Child.IsMother;
            var has = Ssda903Codes.Has(mother);
            var female = c.Child.Sex == "F";
            var flag = (has && mother is not ("0" or "1"))
                || (has && c.Child.Sex == "M")
                || (!has && female && c.LookedAfterInYear)
                || (has && female && !c.LookedAfterInYear && c.HasOc3Data);
            if (flag)
            {
                yield return Finding(index, c, c.Child, "Header", "MOTHER", mother);
            }
        }
    }
}

/// <summary>A girl with an episode other than a short break (V3/V4) in the return must have MOTHER completed.</summary>
public sealed class Rule393() : Ssda903Rule("393")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where c.Child.Sex == "F" && !Ssda903Codes.Has(c.Child.IsMother) && c.Episodes.Any(e => !e.IsShortBreak)
        select Finding(index, c, c.Child, "Header", "MOTHER", null);
}

/// <summary>A girl who ceased to be looked after in the year (REC other than X1, not a short break) must have MOTHER completed.</summary>
public sealed class Rule607() : Ssda903Rule("607")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where c.Child.Sex == "F" && !Ssda903Codes.Has(c.Child.IsMother)
            && c.Episodes.Any(e => !e.IsShortBreak && Ssda903Codes.Has(e.ReasonEpisodeCeased) && e.ReasonEpisodeCeased != "X1"
                && e.EndDate >= index.PeriodStart && e.EndDate <= index.ReferenceDate)
        select Finding(index, c, c.Child, "Header", "MOTHER", null);
}

/// <summary>MOTHER is 1 but MC_DOB is blank.</summary>
public sealed class Rule611() : Ssda903Rule("611")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where c.Child.IsMother == "1" && c.Child.MothersChildBirthDate is null
        select Finding(index, c, c.Child, "Header", "MC_DOB", null);
}

/// <summary>A girl with MC_DOB whose MOTHER is blank or 0.</summary>
public sealed class Rule612() : Ssda903Rule("612")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where c.Child.Sex == "F" && c.Child.IsMother != "1" && c.Child.MothersChildBirthDate is not null
        select Finding(index, c, c.Child, "Header", "MOTHER", c.Child.IsMother);
}

/// <summary>MOTHER is 1 but the child was under 11 on 1 April.</summary>
public sealed class Rule620() : Ssda903Rule("620")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where c.Child.IsMother == "1" && c.Birthday(11) > index.PeriodStart
        select Finding(index, c, c.Child, "Header", "MOTHER", "1");
}

/// <summary>MC_DOB on or before the mother's own DOB.</summary>
public sealed class Rule621() : Ssda903Rule("621")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where c.Child.MothersChildBirthDate is { } mc && c.Child.BirthDate is { } dob && mc <= dob
        select Finding(index, c, c.Child, "Header", "MC_DOB", Text(c.Child.MothersChildBirthDate));
}

/// <summary>MC_DOB after 31 March, or after the date the child ceased to be looked after.</summary>
public sealed class Rule625() : Ssda903Rule("625")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            if (c.Child.MothersChildBirthDate is not { } mc)
            {
                continue;
            }

            var last = c.LatestEpisode;
            var ceased = last is { EndDate: { } dec, ReasonEpisodeCeased: { } rec } && rec != "X1" ? dec : (DateOnly?)null;
            if (mc > index.ReferenceDate || mc > ceased)
            {
                yield return Finding(index, c, c.Child, "Header", "MC_DOB", Text(mc));
            }
        }
    }
}

/// <summary>MOTHER completed for a care leaver (OC3 data) with no episode in the return.</summary>
public sealed class Rule628() : Ssda903Rule("628")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where Ssda903Codes.Has(c.Child.IsMother) && c.HasOc3Data && c.Episodes.Count == 0
        select Finding(index, c, c.Child, "Header", "MOTHER", c.Child.IsMother);
}

/// <summary>Query: a UASC child under 11 at 31 March.</summary>
public sealed class Rule231() : Ssda903Rule("231")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where c.IsUasc && c.Birthday(11) > index.ReferenceDate
        select Finding(index, c, c.Child, "Header", "DOB", Text(c.Child.BirthDate));
}

/// <summary>DUC completed but UASC status is not 1 (no UASC recording date).</summary>
public sealed class Rule303() : Ssda903Rule("303")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where c.Child.UnaccompaniedAsylumSeekingCeasedDate is not null && !c.IsUasc
        select Finding(index, c, c.Child, "UASC", "DUC", Text(c.Child.UnaccompaniedAsylumSeekingCeasedDate));
}

/// <summary>DUC after the 18th birthday.</summary>
public sealed class Rule304() : Ssda903Rule("304")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where c.Child.UnaccompaniedAsylumSeekingCeasedDate > c.Birthday(18)
        select Finding(index, c, c.Child, "UASC", "DUC", Text(c.Child.UnaccompaniedAsylumSeekingCeasedDate));
}

/// <summary>UASC information for a care leaver: UASC data and OC3 data for a child with no episode in the return.</summary>
public sealed class Rule1014() : Ssda903Rule("1014")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where c.HasUascData && c.HasOc3Data && c.Episodes.Count == 0
        select Finding(index, c, c.Child, "UASC", "DUC", Text(c.Child.UnaccompaniedAsylumSeekingCeasedDate));
}

/// <summary>A Header child with neither episodes nor OC3 data.</summary>
public sealed class RuleEpi() : Ssda903Rule("EPI")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where c.Episodes.Count == 0 && c.Oc3.Count == 0
        select Finding(index, c, c.Child, "Header", "CHILD", c.LaChildId);
}

/// <summary>Internal check: CHILD must appear once in the Header.</summary>
public sealed class RuleInt32() : Ssda903Rule("INT32")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        where index.DuplicateHeaderIds.Contains(c.LaChildId)
        select Finding(index, c, c.Child, "Header", "CHILD", c.LaChildId);
}

/// <summary>Internal checks INT01 to INT08: a record whose CHILD is not in the Header.</summary>
public abstract class OrphanRule(string code, string table) : Ssda903Rule(code)
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from o in index.Orphans
        where o.Table == table
        select OrphanFinding(index, o.Record, table);
}

public sealed class RuleInt01() : OrphanRule("INT01", "AD1");

public sealed class RuleInt02() : OrphanRule("INT02", "PlacedAdoption");

public sealed class RuleInt03() : OrphanRule("INT03", "Episodes");

public sealed class RuleInt04() : OrphanRule("INT04", "Missing");

public sealed class RuleInt05() : OrphanRule("INT05", "OC2");

public sealed class RuleInt06() : OrphanRule("INT06", "OC3");

public sealed class RuleInt07() : OrphanRule("INT07", "PrevPerm");

public sealed class RuleInt08() : OrphanRule("INT08", "Reviews");

/// <summary>Internal checks INT31, INT33 to INT35: a child with more than one row in a one-row-per-child table.</summary>
public abstract class DuplicateRowRule(string code, string table) : Ssda903Rule(code)
{
    protected abstract IReadOnlyList<ChildRecord> Rows(ChildFile child);

    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        let rows = Rows(c)
        where rows.Count > 1
        from r in rows
        select Finding(index, c, r, table, "CHILD", c.LaChildId);
}

public sealed class RuleInt31() : DuplicateRowRule("INT31", "AD1")
{
    protected override IReadOnlyList<ChildRecord> Rows(ChildFile child) => child.Ad1;
}

public sealed class RuleInt33() : DuplicateRowRule("INT33", "OC2")
{
    protected override IReadOnlyList<ChildRecord> Rows(ChildFile child) => child.Oc2;
}

public sealed class RuleInt34() : DuplicateRowRule("INT34", "OC3")
{
    protected override IReadOnlyList<ChildRecord> Rows(ChildFile child) => child.Oc3;
}

public sealed class RuleInt35() : DuplicateRowRule("INT35", "PrevPerm")
{
    protected override IReadOnlyList<ChildRecord> Rows(ChildFile child) => child.PrevPerm;
}
