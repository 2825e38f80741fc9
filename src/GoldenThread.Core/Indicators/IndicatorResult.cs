namespace GoldenThread.Core.Indicators;

public enum IndicatorScopeKind
{
    /// <summary>The whole authority: every case, allocated or not.</summary>
    Authority,

    /// <summary>Cases attributed to a team in the unit or below it.</summary>
    OrgUnit,

    /// <summary>Cases attributed to one worker.</summary>
    Worker,
}

/// <summary>Whose figure: the authority, an org unit (with the units below it) or a worker.</summary>
public sealed record IndicatorScope(IndicatorScopeKind Kind, long? Id)
{
    public static IndicatorScope Authority { get; } = new(IndicatorScopeKind.Authority, null);

    public static IndicatorScope ForOrgUnit(long orgUnitId) => new(IndicatorScopeKind.OrgUnit, orgUnitId);

    public static IndicatorScope ForWorker(long workerId) => new(IndicatorScopeKind.Worker, workerId);
}

/// <summary>
/// One figure: numerator, denominator (null for a count, or for a rate without a population), value (null when the denominator is 0
/// or missing), and the ids behind them for drill-down, each list distinct and ascending. Worker ids are filled for workforce measures.
/// </summary>
public sealed record IndicatorResult(
    Indicator Indicator,
    ReportingPeriod Period,
    IndicatorScope Scope,
    decimal Numerator,
    decimal? Denominator,
    decimal? Value,
    IReadOnlyList<long> NumeratorChildIds,
    IReadOnlyList<long> DenominatorChildIds,
    IReadOnlyList<long> NumeratorWorkerIds,
    IReadOnlyList<long> DenominatorWorkerIds)
{
    /// <summary>The date an "as at" indicator is read on: the period's last day.</summary>
    public DateOnly AsAt => Period.End;
}

/// <summary>One indicator for one period, for the authority, every org unit and (when asked) every worker.</summary>
public sealed record IndicatorBreakdown(
    Indicator Indicator,
    ReportingPeriod Period,
    IndicatorResult Authority,
    IReadOnlyDictionary<long, IndicatorResult> OrgUnits,
    IReadOnlyDictionary<long, IndicatorResult> Workers);
