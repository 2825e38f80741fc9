using GoldenThread.Core.Exports;
using GoldenThread.Core.Indicators;
using GoldenThread.Core.Published;
using GoldenThread.Data;
using GoldenThread.Data.Indicators;
using GoldenThread.Data.Published;
using GoldenThread.Web.Indicators;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages.Dashboards;

/// <summary>
/// The cabinet scorecard: the national indicators a Lead Member answers for, for the financial year to date, authority aggregates only,
/// with target, RAG, England and statistical-neighbour benchmarks and the SPC reading. Counts of 1 to 5 are "c" for every reader, with
/// secondary suppression, because the scorecard goes into cabinet papers. No child is named or linked.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = TargetPolicy.Scorecard)]
public sealed class ScorecardModel(IndicatorService indicators, BenchmarkService benchmarkService, IndicatorTargetStore targets, TimeProvider clock) : PageModel
{
    /// <summary>The scorecard's indicators, in the order the cabinet paper lists them.</summary>
    public static IReadOnlyList<string> IndicatorIds { get; } =
    [
        "referrals", "rereferral_12m", "assessment_45wd", "icpc_15wd", "cpp_repeat", "cpp_open_2y", "cin_rate_10k", "cpp_rate_10k", "cla_rate_10k",
        "cla_3plus_placements", "cla_long_term_stability", "cla_missing", "care_leavers_eet_19_21", "care_leavers_suitable_accom_19_21", "adoption_a1_days",
    ];

    [FromQuery(Name = "format")]
    public string? Format { get; set; }

    public ReportingPeriod Period { get; private set; } = null!;

    public IReadOnlyList<IndicatorRow> Rows { get; private set; } = [];

    public IReadOnlyDictionary<string, (PublishedMeasure Measure, Benchmark Benchmark)> Benchmarks { get; private set; } = new Dictionary<string, (PublishedMeasure, Benchmark)>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Period = IndicatorRow.YearToDate(clock);
        var (calculator, _) = await indicators.CalculatorAsync(cancellationToken);
        var book = await targets.BookAsync(cancellationToken);
        Rows = [.. IndicatorIds.Select(id => IndicatorRow.Compute(calculator, IndicatorCatalogue.Get(id), Period, IndicatorScope.Authority, book, suppress: true, withSpc: true))];

        Benchmarks = await benchmarkService.ForAllAsync(Rows.Select(r => r.Indicator), cancellationToken);
        if (TableDownload.IsRequested(Format))
        {
            return TableDownload.File(Table(), Format!);
        }

        return Page();
    }

    public string England(IndicatorRow row) => Benchmarks.TryGetValue(row.Indicator.Id, out var b) ? b.Measure.Format(b.Benchmark.England) : row.Indicator.EnglandFigure ?? "–";

    public string Neighbours(IndicatorRow row) => Benchmarks.TryGetValue(row.Indicator.Id, out var b) && b.Benchmark.NeighbourMedian is { } median ? b.Measure.Format(median) : "–";

    public string? BenchmarkYear(IndicatorRow row) => Benchmarks.TryGetValue(row.Indicator.Id, out var b) ? b.Benchmark.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

    private ExportTable Table()
    {
        var basic = DashboardTables.Indicators("Cabinet scorecard", Rows, Period);
        return basic with
        {
            Columns = [.. basic.Columns, "England", "Statistical neighbours (median)", "Benchmark year"],
            Rows = [.. basic.Rows.Zip(Rows, (cells, row) => (IReadOnlyList<object?>)[.. cells, England(row), Neighbours(row), BenchmarkYear(row)])],
        };
    }
}
