using GoldenThread.Core.Model;

namespace GoldenThread.Core.Validation.Ssda903;

// OC2: health and offending of children looked after continuously for 12 months at 31 March. The model holds the 0/1 items as
// booleans (true = 1, false = 0, null = blank).

/// <summary>A rule that flags single OC2 rows.</summary>
public abstract class Oc2Rule(string code, string field) : Ssda903Rule(code)
{
    protected abstract bool Flags(Ssda903Index index, ChildFile child, HealthRecord oc2);

    protected abstract string? ValueOf(HealthRecord oc2);

    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            foreach (var r in c.Oc2)
            {
                if (Flags(index, c, r))
                {
                    yield return Finding(index, c, r, "OC2", field, ValueOf(r));
                }
            }
        }
    }

    /// <summary>Any of the eight 12-month items completed.</summary>
    protected static bool AnyTwelveMonthItem(HealthRecord r) =>
        r.Convicted is not null || r.HealthCheck is not null || r.Immunisations is not null || r.TeethCheck is not null
        || r.HealthAssessment is not null || r.SubstanceMisuse is not null || r.InterventionReceived is not null || r.InterventionOffered is not null;

    /// <summary>Any of immunisations, teeth check, health assessment and substance misuse left blank.</summary>
    protected static bool AnyCoreItemBlank(HealthRecord r) =>
        r.Immunisations is null || r.TeethCheck is null || r.HealthAssessment is null || r.SubstanceMisuse is null;

    protected static bool HasSdq(HealthRecord r) => r.SdqScore is not null || Ssda903Codes.Has(r.SdqReason);
}

/// <summary>SDQ1 as the reason for no score for a child aged 4 or over at 1 April and under 17 at 31 March.</summary>
public sealed class Rule157() : Oc2Rule("157", "SDQ_REASON")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, HealthRecord oc2) =>
        oc2.SdqReason == "SDQ1" && child.Birthday(4) <= index.PeriodStart && child.Birthday(17) > index.ReferenceDate;

    protected override string? ValueOf(HealthRecord oc2) => oc2.SdqReason;
}

/// <summary>Intervention received (1) but intervention offered also completed.</summary>
public sealed class Rule158() : Oc2Rule("158", "INTERVENTION_OFFERED")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, HealthRecord oc2) =>
        oc2.InterventionReceived == true && oc2.InterventionOffered is not null;

    protected override string? ValueOf(HealthRecord oc2) => Text(oc2.InterventionOffered);
}

/// <summary>Substance misuse (1) and no intervention received (0) but intervention offered blank.</summary>
public sealed class Rule159() : Oc2Rule("159", "INTERVENTION_OFFERED")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, HealthRecord oc2) =>
        oc2.SubstanceMisuse == true && oc2.InterventionReceived == false && oc2.InterventionOffered is null;

    protected override string? ValueOf(HealthRecord oc2) => null;
}

/// <summary>SDQ_SCORE, when given, must be 0 to 40.</summary>
public sealed class Rule180() : Oc2Rule("180", "SDQ_SCORE")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, HealthRecord oc2) => oc2.SdqScore is < 0 or > 40;

    protected override string? ValueOf(HealthRecord oc2) => Text(oc2.SdqScore);
}

/// <summary>
/// Immunisations, teeth check, health assessment or substance misuse blank while one of the other 12-month items (conviction,
/// health check, intervention received or offered) is completed.
/// </summary>
public sealed class Rule182() : Oc2Rule("182", "IMMUNISATIONS")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, HealthRecord oc2) =>
        AnyCoreItemBlank(oc2)
        && (oc2.Convicted is not null || oc2.HealthCheck is not null || oc2.InterventionReceived is not null || oc2.InterventionOffered is not null);

    protected override string? ValueOf(HealthRecord oc2) => Text(oc2.Immunisations);
}

/// <summary>SDQ score for a child not looked after continuously for 12 months.</summary>
public sealed class Rule185() : Oc2Rule("185", "SDQ_SCORE")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, HealthRecord oc2) => oc2.SdqScore is not null && !child.ContinuouslyLookedAfter;

    protected override string? ValueOf(HealthRecord oc2) => Text(oc2.SdqScore);
}

/// <summary>
/// A child looked after for 12 months, aged 4 or over at 1 April and under 17 at 31 March, with neither an SDQ score nor a reason
/// for having none (a reason explains a blank score).
/// </summary>
public sealed class Rule186() : Oc2Rule("186", "SDQ_SCORE")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, HealthRecord oc2) =>
        child.ContinuouslyLookedAfter && child.Birthday(4) <= index.PeriodStart && child.Birthday(17) > index.ReferenceDate && !HasSdq(oc2);

    protected override string? ValueOf(HealthRecord oc2) => null;
}

/// <summary>SDQ score or reason for a child under 4 at 31 March.</summary>
public sealed class Rule188() : Oc2Rule("188", "SDQ_SCORE")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, HealthRecord oc2) => HasSdq(oc2) && child.Birthday(4) > index.ReferenceDate;

    protected override string? ValueOf(HealthRecord oc2) => Text(oc2.SdqScore) ?? oc2.SdqReason;
}

/// <summary>SDQ score or reason for a child aged 17 or over at 1 April.</summary>
public sealed class Rule189() : Oc2Rule("189", "SDQ_SCORE")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, HealthRecord oc2) => HasSdq(oc2) && child.Birthday(17) <= index.PeriodStart;

    protected override string? ValueOf(HealthRecord oc2) => Text(oc2.SdqScore) ?? oc2.SdqReason;
}

/// <summary>12-month items completed for a child not looked after continuously for 12 months.</summary>
public sealed class Rule190() : Oc2Rule("190", "CONVICTED")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, HealthRecord oc2) => !child.ContinuouslyLookedAfter && AnyTwelveMonthItem(oc2);

    protected override string? ValueOf(HealthRecord oc2) => null;
}

/// <summary>A child looked after for 12 months with no OC2 row, or with immunisations, teeth, health assessment or substance misuse blank.</summary>
public sealed class Rule191() : Ssda903Rule("191")
{
    protected override IEnumerable<RuleFinding> Check(Ssda903Index index)
    {
        foreach (var c in index.Children)
        {
            if (!c.ContinuouslyLookedAfter)
            {
                continue;
            }

            if (c.Oc2.Count == 0)
            {
                yield return Finding(index, c, c.FirstEpisode!, "Episodes", "CHILD", c.LaChildId);
                continue;
            }

            foreach (var r in c.Oc2)
            {
                if (r.Immunisations is null || r.TeethCheck is null || r.HealthAssessment is null || r.SubstanceMisuse is null)
                {
                    yield return Finding(index, c, r, "OC2", "IMMUNISATIONS", Text(r.Immunisations));
                }
            }
        }
    }
}

/// <summary>Substance misuse (1) but intervention received blank.</summary>
public sealed class Rule192() : Oc2Rule("192", "INTERVENTION_RECEIVED")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, HealthRecord oc2) => oc2.SubstanceMisuse == true && oc2.InterventionReceived is null;

    protected override string? ValueOf(HealthRecord oc2) => null;
}

/// <summary>No substance misuse identified but intervention received or offered completed.</summary>
public sealed class Rule193() : Oc2Rule("193", "INTERVENTION_RECEIVED")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, HealthRecord oc2) =>
        oc2.SubstanceMisuse != true && (oc2.InterventionReceived is not null || oc2.InterventionOffered is not null);

    protected override string? ValueOf(HealthRecord oc2) => Text(oc2.InterventionReceived ?? oc2.InterventionOffered);
}

/// <summary>SDQ_REASON, when given, must be SDQ1 to SDQ5.</summary>
public sealed class Rule196() : Oc2Rule("196", "SDQ_REASON")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, HealthRecord oc2) => Ssda903Codes.Invalid(oc2.SdqReason, Ssda903Codes.SdqReason);

    protected override string? ValueOf(HealthRecord oc2) => oc2.SdqReason;
}

/// <summary>Both an SDQ score and a reason for no score.</summary>
public sealed class Rule197a() : Oc2Rule("197a", "SDQ_REASON")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, HealthRecord oc2) => oc2.SdqScore is not null && Ssda903Codes.Has(oc2.SdqReason);

    protected override string? ValueOf(HealthRecord oc2) => oc2.SdqReason;
}

/// <summary>A child looked after for 12 months who turned 4 or 17 in the year, with neither SDQ score nor reason.</summary>
public sealed class Rule197B() : Oc2Rule("197B", "SDQ_REASON")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, HealthRecord oc2) =>
        child.ContinuouslyLookedAfter && !HasSdq(oc2) && (InYear(index, child.Birthday(4)) || InYear(index, child.Birthday(17)));

    protected override string? ValueOf(HealthRecord oc2) => null;

    private static bool InYear(Ssda903Index index, DateOnly? date) => date >= index.PeriodStart && date <= index.ReferenceDate;
}

/// <summary>A reason for no SDQ score for a child not looked after continuously for 12 months.</summary>
public sealed class Rule198() : Oc2Rule("198", "SDQ_REASON")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, HealthRecord oc2) => Ssda903Codes.Has(oc2.SdqReason) && !child.ContinuouslyLookedAfter;

    protected override string? ValueOf(HealthRecord oc2) => oc2.SdqReason;
}

/// <summary>Care leaver (OC3) data and 12-month (OC2) items both completed for one child.</summary>
public sealed class Rule215() : Oc2Rule("215", "CONVICTED")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, HealthRecord oc2) => child.HasOc3Data && AnyTwelveMonthItem(oc2);

    protected override string? ValueOf(HealthRecord oc2) => null;
}

/// <summary>Conviction completed for a child under 10 at 31 March.</summary>
public sealed class Rule542() : Oc2Rule("542", "CONVICTED")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, HealthRecord oc2) => oc2.Convicted is not null && child.Birthday(10) > index.ReferenceDate;

    protected override string? ValueOf(HealthRecord oc2) => Text(oc2.Convicted);
}

/// <summary>Conviction blank for a child aged 10 or over at 31 March looked after for 12 months.</summary>
public sealed class Rule543() : Oc2Rule("543", "CONVICTED")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, HealthRecord oc2) =>
        oc2.Convicted is null && child.ContinuouslyLookedAfter && child.Birthday(10) <= index.ReferenceDate;

    protected override string? ValueOf(HealthRecord oc2) => null;
}

/// <summary>Conviction completed but immunisations, teeth check, health assessment or substance misuse blank.</summary>
public sealed class Rule544() : Oc2Rule("544", "IMMUNISATIONS")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, HealthRecord oc2) => oc2.Convicted is not null && AnyCoreItemBlank(oc2);

    protected override string? ValueOf(HealthRecord oc2) => Text(oc2.Immunisations);
}

/// <summary>Health promotion (HEALTH_CHECK) blank for a child under 5 at 31 March looked after for 12 months.</summary>
public sealed class Rule545() : Oc2Rule("545", "HEALTH_CHECK")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, HealthRecord oc2) =>
        oc2.HealthCheck is null && child.ContinuouslyLookedAfter && child.Birthday(5) > index.ReferenceDate;

    protected override string? ValueOf(HealthRecord oc2) => null;
}

/// <summary>Health promotion (HEALTH_CHECK) completed for a child aged 5 or over at 31 March.</summary>
public sealed class Rule546() : Oc2Rule("546", "HEALTH_CHECK")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, HealthRecord oc2) => oc2.HealthCheck is not null && child.Birthday(5) <= index.ReferenceDate;

    protected override string? ValueOf(HealthRecord oc2) => Text(oc2.HealthCheck);
}

/// <summary>Health promotion completed but immunisations, teeth check, health assessment or substance misuse blank.</summary>
public sealed class Rule547() : Oc2Rule("547", "IMMUNISATIONS")
{
    protected override bool Flags(Ssda903Index index, ChildFile child, HealthRecord oc2) => oc2.HealthCheck is not null && AnyCoreItemBlank(oc2);

    protected override string? ValueOf(HealthRecord oc2) => Text(oc2.Immunisations);
}
