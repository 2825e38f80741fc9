using System.Globalization;
using GoldenThread.Core.Indicators;
using GoldenThread.Core.Model;
using GoldenThread.Core.Published;
using GoldenThread.Data;
using GoldenThread.Data.Published;
using GoldenThread.Web.Indicators;
using GoldenThread.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages.Indicators;

/// <summary>
/// One indicator: its definition, the figure for a period and org unit, the monthly trend as an SPC chart with its data table,
/// the teams' figures, benchmarks from DfE's published statistics, and links to the children behind the figure (role permitting).
/// </summary>
public sealed class IndicatorModel(IndicatorService indicators, GoldenThread.Web.DataQuality.DataQualityService quality, GoldenThreadDbContext db, CurrentUser user, TimeProvider clock, IConfiguration configuration) : PageModel
{
    [FromQuery(Name = "org")]
    public long? OrgUnitId { get; set; }

    public Indicator Indicator { get; private set; } = null!;

    public ReportingPeriod Period { get; private set; } = null!;

    public IndicatorResult Result { get; private set; } = null!;

    public PublishedFigure Published { get; private set; } = null!;

    public bool Suppress { get; private set; }

    public bool ShowChildren { get; private set; }

    public string ScopeName { get; private set; } = string.Empty;

    public IReadOnlyList<IndicatorResult> Trend { get; private set; } = [];

    public XmRChart? Chart { get; private set; }

    /// <summary>The month-end figures frozen for this indicator and scope, by month end (none for a worker's caseload).</summary>
    public IReadOnlyDictionary<DateOnly, Core.Indicators.Snapshots.IndicatorSnapshot> Frozen { get; private set; } = new Dictionary<DateOnly, Core.Indicators.Snapshots.IndicatorSnapshot>();

    /// <summary>The trend months whose figure now differs from the one frozen when the month closed.</summary>
    public IReadOnlyList<Core.Indicators.Snapshots.Restatement> Restatements { get; private set; } = [];

    public IReadOnlyList<(OrgUnit Team, IndicatorResult Result)> Teams { get; private set; } = [];

    public Benchmark? Benchmark { get; private set; }

    public PublishedMeasure? Measure { get; private set; }

    /// <summary>Children in this figure's population with a DfE validation error in the last completed collection year.</summary>
    public int ChildrenWithErrors { get; private set; }

    public string QualityYear { get; private set; } = string.Empty;

    /// <summary>The return fields behind this figure that DfE validation checks; empty when the figure uses none.</summary>
    public IReadOnlySet<string> CheckedFields { get; private set; } = new HashSet<string>();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (IndicatorCatalogue.Find(id) is not { } indicator)
        {
            return NotFound();
        }

        Indicator = indicator;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        Period = ReportingPeriod.Custom(ReportingPeriod.FinancialYearContaining(today).Start, today);
        var (calculator, units) = await indicators.CalculatorAsync(cancellationToken);
        var scope = IndicatorService.DefaultScope(user);
        if (OrgUnitId is { } chosen && MayChoose(chosen, units))
        {
            scope = IndicatorScope.ForOrgUnit(chosen);
        }

        Suppress = !user.MaySeeChildren;
        ShowChildren = user.MaySeeChildren;
        Result = calculator.Compute(indicator, Period, scope);
        Published = SmallNumberSuppression.Publish(Result);
        ScopeName = scope.Id is { } unitId && scope.Kind == IndicatorScopeKind.OrgUnit
            ? units.FirstOrDefault(u => u.Id == unitId)?.Name ?? "Unknown unit"
            : await ScopeDescription.DescribeAsync(db, user.Scope, cancellationToken);

        var months = Enumerable.Range(0, 24).Select(i => new DateOnly(today.Year, today.Month, 1).AddMonths(i - 23)).ToList();
        Trend = [.. months.Select(m => calculator.Compute(indicator, ReportingPeriod.Month(m.Year, m.Month), scope))];
        if (scope.Kind != IndicatorScopeKind.Worker)
        {
            var frozen = await new GoldenThread.Data.Indicators.IndicatorSnapshotStore(db).SeriesAsync(indicator.Id, scope.Id, PeriodKind.Month, cancellationToken);
            Frozen = frozen.ToDictionary(s => s.MonthEnd);
            Restatements = [.. Trend.Where(t => Frozen.ContainsKey(t.Period.End)).Select(t => new Core.Indicators.Snapshots.Restatement(Frozen[t.Period.End], t)).Where(r => r.IsRestated)];
        }

        var values = Trend.Where(r => r.Value is not null || r.Denominator is null).ToList();
        if (values.Count >= 12)
        {
            Chart = XmRChart.Build(values);
        }

        if (scope.Kind == IndicatorScopeKind.Authority || (scope.Kind == IndicatorScopeKind.OrgUnit && units.FirstOrDefault(u => u.Id == scope.Id)?.Kind != OrgUnitKind.Team))
        {
            var visible = scope.Kind == IndicatorScopeKind.Authority ? units : Core.Caseload.OrgUnitTree.SelfAndDescendants(units, scope.Id!.Value).ToList();
            Teams = [.. visible.Where(u => u.Kind == OrgUnitKind.Team).OrderBy(u => u.Name, StringComparer.Ordinal)
                .Select(t => (t, calculator.Compute(indicator, Period, IndicatorScope.ForOrgUnit(t.Id))))];
        }

        QualityYear = quality.CurrentYear;
        var population = Result.DenominatorChildIds.Count > 0 ? Result.DenominatorChildIds : Result.NumeratorChildIds;
        CheckedFields = Core.Validation.ReturnFieldNames.For(indicator.Fields);
        ChildrenWithErrors = GoldenThread.Web.DataQuality.DataQualityService.ChildrenWithErrors(await quality.FindingsAsync(QualityYear, cancellationToken), population, CheckedFields);

        Measure = PublishedMeasures.Find(indicator.Id);
        if (Measure is not null)
        {
            var authority = configuration["Benchmarks:AuthorityCode"] ?? "211";
            Benchmark = await new PublishedStatisticsStore(db).BenchmarkAsync(authority, Measure, IndicatorFormat.PublishedPolarity(indicator.Polarity), cancellationToken: cancellationToken);
        }

        return Page();
    }

    /// <summary>Authority-wide roles may look at any unit; managers at their own unit and the units below it.</summary>
    private bool MayChoose(long unit, IReadOnlyList<OrgUnit> units) => user.Scope switch
    {
        Core.Caseload.ChildScope.EveryoneScope => true,
        Core.Caseload.ChildScope.NoChildrenScope => user.Role == GoldenThread.Data.Security.Roles.LeadMember,
        Core.Caseload.ChildScope.OrgUnitScope own => Core.Caseload.OrgUnitTree.SelfAndDescendants(units, own.OrgUnitId).Any(u => u.Id == unit),
        _ => false,
    };

    public string Shown(decimal? value, bool isCount)
    {
        if (Suppress && isCount && value is { } v && SmallNumberSuppression.IsSmall(v))
        {
            return SmallNumberSuppression.Symbol;
        }

        return isCount ? IndicatorFormat.Number(value) : IndicatorFormat.Value(Indicator, value);
    }

    public string ChildrenLink(string part) =>
        string.Create(CultureInfo.InvariantCulture, $"/indicators/{Indicator.Id}/children?part={part}{(Result.Scope.Kind == IndicatorScopeKind.OrgUnit ? $"&org={Result.Scope.Id}" : string.Empty)}");
}
