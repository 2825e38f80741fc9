using GoldenThread.Core.Indicators;
using GoldenThread.Core.Indicators.Snapshots;
using GoldenThread.Core.Published;

namespace GoldenThread.Core.Improvement;

/// <summary>One month-end figure in a scorecard row's trend.</summary>
public sealed record BoardPackTrendPoint(DateOnly MonthEnd, decimal? Value);

/// <summary>
/// One indicator of the board pack's scorecard: the latest figure frozen at a month end on or before the pack's date (twelve months to
/// that month end, whole authority), the six frozen months before it as the trend, and DfE's latest published benchmarks.
/// </summary>
public sealed record BoardPackScorecardRow(
    string IndicatorId,
    string Name,
    IndicatorUnit Unit,
    DateOnly? MonthEnd,
    decimal? Value,
    IReadOnlyList<BoardPackTrendPoint> Trend,
    Benchmark? Benchmark);

public static class BoardPackScorecard
{
    public const int TrendMonths = 6;

    /// <summary>A row for every catalogue indicator the plan links to, in catalogue order.</summary>
    public static IReadOnlyList<BoardPackScorecardRow> Rows(
        ImprovementPlan plan, ILookup<string, IndicatorSnapshot> frozen, DateOnly asAt, IReadOnlyDictionary<string, Benchmark> benchmarks)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(frozen);
        ArgumentNullException.ThrowIfNull(benchmarks);
        var linked = plan.Objectives.SelectMany(o => o.Indicators).Select(i => i.IndicatorId).ToHashSet(StringComparer.Ordinal);
        return [.. IndicatorCatalogue.All.Where(i => linked.Contains(i.Id)).Select(indicator =>
        {
            var series = frozen[indicator.Id].Where(s => s.MonthEnd <= asAt).OrderBy(s => s.MonthEnd).ToList();
            var latest = series.LastOrDefault();
            var trend = series.TakeLast(TrendMonths + 1).SkipLast(latest is null ? 0 : 1).Select(s => new BoardPackTrendPoint(s.MonthEnd, s.Value)).ToList();
            return new BoardPackScorecardRow(indicator.Id, indicator.Name, indicator.Unit, latest?.MonthEnd, latest?.Value, trend, benchmarks.GetValueOrDefault(indicator.Id));
        })];
    }
}
