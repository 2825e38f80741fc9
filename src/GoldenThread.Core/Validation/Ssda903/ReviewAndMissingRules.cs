using GoldenThread.Core.Model;

namespace GoldenThread.Core.Validation.Ssda903;

// Reviews (REVIEW, REVIEW_CODE) and Missing (MISSING, MIS_START, MIS_END).

/// <summary>REVIEW_CODE must be PN0 to PN7.</summary>
public sealed class Rule167() : Ssda903Rule("167")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        from r in c.Reviews
        where !Ssda903Codes.In(r.ParticipationCode, Ssda903Codes.ReviewParticipation)
        select Finding(index, c, r, "Reviews", "REVIEW_CODE", r.ParticipationCode);
}

/// <summary>PN0 (child under 4) but the child was 4 or over at the review.</summary>
public sealed class Rule440() : Ssda903Rule("440")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        from r in c.Reviews
        where r.ParticipationCode == "PN0" && r.ReviewDate >= c.Birthday(4)
        select Finding(index, c, r, "Reviews", "REVIEW_CODE", r.ParticipationCode);
}

/// <summary>PN1 to PN7 (child 4 or over) but the child was under 4 at the review.</summary>
public sealed class Rule441() : Ssda903Rule("441")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index) =>
        from c in index.Children
        from r in c.Reviews
        where Ssda903Codes.In(r.ParticipationCode, Ssda903Codes.ReviewParticipation) && r.ParticipationCode != "PN0" && r.ReviewDate < c.Birthday(4)
        select Finding(index, c, r, "Reviews", "REVIEW_CODE", r.ParticipationCode);
}

/// <summary>A child looked after only under short breaks (every episode V3/V4) with MOTHER, reviews or participation completed.</summary>
public sealed class Rule399() : Ssda903Rule("399")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            if (c.Episodes.Count == 0 || !c.Episodes.All(e => e.IsShortBreak))
            {
                continue;
            }

            if (Ssda903Codes.Has(c.Child.IsMother))
            {
                yield return Finding(index, c, c.Child, "Header", "MOTHER", c.Child.IsMother);
            }

            foreach (var r in c.Reviews)
            {
                yield return Finding(index, c, r, "Reviews", "REVIEW", Text(r.ReviewDate));
            }
        }
    }
}

/// <summary>A rule that flags single missing periods.</summary>
public abstract class MissingRule(string code, string field) : Ssda903Rule(code)
{
    protected abstract bool Flags(Ssda903Index index, ChildFile child, MissingEpisode missing);

    protected abstract string? ValueOf(MissingEpisode missing);

    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            foreach (var m in c.Missing)
            {
                if (Flags(index, c, m))
                {
                    yield return Finding(index, c, m, "Missing", field, ValueOf(m));
                }
            }
        }
    }

    /// <summary>The child's last episode, when it ended care (REC other than X1): its DEC.</summary>
    protected static DateOnly? CeasedCare(ChildFile child) =>
        child.LatestEpisode is { EndDate: { } dec, ReasonEpisodeCeased: { } rec } && Ssda903Codes.Has(rec) && rec != "X1" ? dec : null;
}

/// <summary>MIS_START completed but MISSING blank (every missing period in the model has a start date).</summary>
public sealed class Rule565() : MissingRule("565", "MISSING")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, MissingEpisode missing) => !Ssda903Codes.Has(missing.Kind);

    protected override string? ValueOf(MissingEpisode missing) => missing.Kind;
}

/// <summary>MIS_END completed but MISSING blank.</summary>
public sealed class Rule566() : MissingRule("566", "MISSING")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, MissingEpisode missing) =>
        missing.EndDate is not null && !Ssda903Codes.Has(missing.Kind);

    protected override string? ValueOf(MissingEpisode missing) => missing.Kind;
}

/// <summary>MIS_END before MIS_START.</summary>
public sealed class Rule567() : MissingRule("567", "MIS_END")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, MissingEpisode missing) => missing.EndDate < missing.StartDate;

    protected override string? ValueOf(MissingEpisode missing) => Text(missing.EndDate);
}

/// <summary>MIS_START after 31 March.</summary>
public sealed class Rule570() : MissingRule("570", "MIS_START")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, MissingEpisode missing) => missing.StartDate > index.ReferenceDate;

    protected override string? ValueOf(MissingEpisode missing) => Text(missing.StartDate);
}

/// <summary>MIS_END before 1 April or after 31 March.</summary>
public sealed class Rule571() : MissingRule("571", "MIS_END")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, MissingEpisode missing) =>
        missing.EndDate < index.PeriodStart || missing.EndDate > index.ReferenceDate;

    protected override string? ValueOf(MissingEpisode missing) => Text(missing.EndDate);
}

/// <summary>MISSING, when given, must be M or A.</summary>
public sealed class Rule1006() : MissingRule("1006", "MISSING")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, MissingEpisode missing) => Ssda903Codes.Invalid(missing.Kind, Ssda903Codes.MissingType);

    protected override string? ValueOf(MissingEpisode missing) => missing.Kind;
}

/// <summary>MIS_START before the child's DOB.</summary>
public sealed class Rule586() : MissingRule("586", "MIS_START")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, MissingEpisode missing) => missing.StartDate < child.Child.BirthDate;

    protected override string? ValueOf(MissingEpisode missing) => Text(missing.StartDate);
}

/// <summary>MIS_START before the child's first episode began.</summary>
public sealed class Rule581() : MissingRule("581", "MIS_START")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, MissingEpisode missing) =>
        child.FirstEpisode is { } first && missing.StartDate < first.StartDate;

    protected override string? ValueOf(MissingEpisode missing) => Text(missing.StartDate);
}

/// <summary>MIS_START after the child ceased to be looked after.</summary>
public sealed class Rule578() : MissingRule("578", "MIS_START")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, MissingEpisode missing) => missing.StartDate > CeasedCare(child);

    protected override string? ValueOf(MissingEpisode missing) => Text(missing.StartDate);
}

/// <summary>The child ceased to be looked after (last episode ended, REC other than X1) but a missing period has no end.</summary>
public sealed class Rule577() : MissingRule("577", "MIS_END")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, MissingEpisode missing) => missing.EndDate is null && CeasedCare(child) is not null;

    protected override string? ValueOf(MissingEpisode missing) => null;
}

/// <summary>The placement the child went missing from has ended (DEC) but the missing period has no end.</summary>
public sealed class Rule575() : MissingRule("575", "MIS_END")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, MissingEpisode missing) =>
        missing.EndDate is null
        && child.Episodes.Any(e => e.StartDate <= missing.StartDate && e.EndDate is { } dec && dec >= missing.StartDate);

    protected override string? ValueOf(MissingEpisode missing) => null;
}

/// <summary>A missing period starts while the previous one is open, or before it ended.</summary>
public sealed class Rule574() : Ssda903Rule("574")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            for (var i = 1; i < c.Missing.Count; i++)
            {
                var previous = c.Missing[i - 1];
                var m = c.Missing[i];
                if (previous.EndDate is null || m.StartDate < previous.EndDate)
                {
                    yield return Finding(index, c, m, "Missing", "MIS_START", Text(m.StartDate));
                }
            }
        }
    }
}

/// <summary>
/// The child was missing when they ceased to be looked after at 18: a missing period ending on the DEC, which is the 18th birthday,
/// but REC is not E8 (an episode ending X1 does not end care and is not tested).
/// </summary>
public sealed class Rule580() : Ssda903Rule("580")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            if (c.Missing.Count == 0 || c.Birthday(18) is not { } eighteen)
            {
                continue;
            }

            foreach (var e in c.Episodes)
            {
                if (e.EndDate == eighteen && Ssda903Codes.Has(e.ReasonEpisodeCeased) && e.ReasonEpisodeCeased is not ("X1" or "E8")
                    && c.Missing.Any(m => m.EndDate == eighteen))
                {
                    yield return Finding(index, c, e, "Episodes", "REC", e.ReasonEpisodeCeased);
                }
            }
        }
    }
}

/// <summary>Last year's return ended with an open missing period that is not carried into this year's (same MIS_START).</summary>
public sealed class Rule576() : Ssda903Rule("576")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            if (c.LastYear is null)
            {
                continue;
            }

            foreach (var open in c.LastYear.Missing.Where(m => m.EndDate is null))
            {
                if (!c.Missing.Any(m => m.StartDate == open.StartDate))
                {
                    yield return Finding(index, c, c.Child, "Missing", "CHILD", c.LaChildId);
                }
            }
        }
    }
}
