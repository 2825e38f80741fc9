namespace GoldenThread.Core.Indicators;

/// <summary>What an indicator's value is: a count, a percentage (0 to 100), a rate per 10,000 children, an average in days, or a ratio.</summary>
public enum IndicatorUnit
{
    Count,
    Percentage,
    RatePer10000,
    Days,

    /// <summary>Numerator divided by denominator, e.g. children per full-time equivalent worker.</summary>
    Ratio,
}

/// <summary>Which way is better: read by targets (RAG) and by SPC signals.</summary>
public enum Polarity
{
    HigherIsBetter,
    LowerIsBetter,
    Neutral,
}

/// <summary>Whether the definition is a national one (DfE statistics, Ofsted, the workforce census) or a local practice standard.</summary>
public enum IndicatorSource
{
    National,
    Local,
}

/// <summary>
/// How an indicator reads a period: events whose own date falls in the period, or a position as at the period's last day.
/// </summary>
public enum IndicatorBasis
{
    EventsInPeriod,
    AsAtPeriodEnd,
}

/// <summary>
/// One performance indicator as a small type: its id, name, plain-English definition, what it counts, its unit, polarity and source,
/// and the fields it reads. Indicators are found by reflection and listed in <see cref="IndicatorCatalogue"/>; the definition shown
/// to users is the text on the type whose code runs.
/// </summary>
public abstract class Indicator
{
    /// <summary>Stable id, lower case with underscores, e.g. <c>assessment_45wd</c>.</summary>
    public abstract string Id { get; }

    public abstract string Name { get; }

    /// <summary>The definition in plain English, as shown to users.</summary>
    public abstract string Definition { get; }

    /// <summary>What the numerator counts (or sums).</summary>
    public abstract string Numerator { get; }

    /// <summary>What the denominator counts; empty for a count.</summary>
    public abstract string Denominator { get; }

    /// <summary>Which children (or workers) the indicator is about.</summary>
    public abstract string Population { get; }

    public abstract IndicatorUnit Unit { get; }

    public abstract Polarity Polarity { get; }

    public abstract IndicatorSource Source { get; }

    public abstract IndicatorBasis Basis { get; }

    /// <summary>The fields read, as Record.Field in GoldenThread's model (e.g. Assessment.AuthorisationDate).</summary>
    public abstract IReadOnlyList<string> Fields { get; }

    /// <summary>England's published figure for orientation (e.g. "England 2024-25: 22.6%"), where DOMAIN.md gives one.</summary>
    public virtual string? EnglandFigure => null;

    /// <summary>
    /// Every case the indicator counts in the period: one per event or child (or worker), with its contribution to the numerator and
    /// denominator and the team and worker it is attributed to.
    /// </summary>
    internal abstract IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period);

    public override string ToString() => Id;
}

/// <summary>The team and worker a case belongs to; both null when no allocation was current (the authority still counts it).</summary>
public readonly record struct Attribution(long? TeamId, long? WorkerId)
{
    public static Attribution None { get; }
}

/// <summary>
/// One counted case: a child (or a worker, for workforce measures), what it adds to the numerator (null: not in the numerator)
/// and to the denominator (null: not in the denominator), and where it is attributed.
/// </summary>
internal readonly record struct IndicatorCase(long? ChildId, long? WorkerId, Attribution Attribution, decimal? Numerator, decimal? Denominator);
