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
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Indicators;

/// <summary>
/// One indicator: its definition, the figure for a period and org unit, the monthly trend as an SPC chart with its data table,
/// the teams' figures, benchmarks from DfE's published statistics, and links to the children behind the figure (role permitting).
/// </summary>
public sealed class IndicatorModel(IndicatorService indicators, GoldenThread.Web.DataQuality.DataQualityService quality, GoldenThreadDbContext db, CurrentUser user, TimeProvider clock, BenchmarkService benchmarks) : PageModel
{
    [FromQuery(Name = "org")]
    public long? OrgUnitId { get; set; }

    [FromQuery(Name = "format")]
    public string? Format { get; set; }

    [FromQuery]
    public PeriodQuery PeriodQuery { get; set; } = new();

    [FromQuery(Name = "months")]
    public int? MonthsRequested { get; set; }

    /// <summary>The trend lengths on offer, up to six years of months.</summary>
    public static IReadOnlyList<int> TrendLengths { get; } = [12, 24, 36, 72];

    /// <summary>How many months the trend shows, to the current month: 24 unless another length is asked for.</summary>
    public int TrendMonths => MonthsRequested is { } m && TrendLengths.Contains(m) ? m : 24;

    /// <summary>This page with another trend length, keeping the unit and period.</summary>
    public string TrendLink(int months) => string.Create(CultureInfo.InvariantCulture,
        $"/indicators/{Indicator.Id}?months={months}{(Result.Scope.Kind == IndicatorScopeKind.OrgUnit && OrgUnitId is not null ? $"&org={Result.Scope.Id}" : string.Empty)}{Choice.AndQuery}");

    /// <summary>Up the golden thread: the improvement plan's objectives this indicator shows the impact of (reference, title, id).</summary>
    public IReadOnlyList<(string Reference, string Title, long Id)> Objectives { get; private set; } = [];

    /// <summary>The period chosen on the page (the financial year to date unless another is asked for).</summary>
    public PeriodChoice Choice { get; private set; } = null!;

    [FromQuery(Name = "table")]
    public string? Table { get; set; }

    /// <summary>The target in force for the figure's scope (the unit's own, the one above it, or the authority's).</summary>
    public IndicatorTarget? Target { get; private set; }

    public Rag? Rag { get; private set; }

    public TargetBook Targets { get; private set; } = TargetBook.Empty;

    /// <summary>The teams' figures suppressed together with the total, for people who see aggregates only.</summary>
    public PublishedBreakdown? Breakdown { get; private set; }

    public bool MaySetTargets => TargetPolicy.MaySetTargets(User);

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

    /// <summary>The frozen months whose children were kept (month figures frozen since they are), for people who may see children.</summary>
    public IReadOnlySet<DateOnly> FrozenWithChildren { get; private set; } = new HashSet<DateOnly>();

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
        Choice = PeriodQuery.Read(today);
        Period = Choice.Period;
        var (calculator, units) = await indicators.CalculatorAsync(cancellationToken);
        var scope = IndicatorService.DefaultScope(user);
        if (OrgUnitId is { } chosen && IndicatorService.MayChoose(user, chosen, units))
        {
            scope = IndicatorScope.ForOrgUnit(chosen);
        }

        Suppress = !user.MaySeeChildren;
        ShowChildren = user.MaySeeChildren;
        Result = calculator.Compute(indicator, Period, scope);
        Published = SmallNumberSuppression.Publish(Result);
        Targets = await new GoldenThread.Data.Indicators.IndicatorTargetStore(db).BookAsync(cancellationToken);
        Target = Targets.For(indicator.Id, scope);
        Rag = Suppress && Published.ValueSuppressed ? null : Target?.Rate(Result);
        ScopeName = scope.Id is { } unitId && scope.Kind == IndicatorScopeKind.OrgUnit
            ? units.FirstOrDefault(u => u.Id == unitId)?.Name ?? "Unknown unit"
            : await ScopeDescription.DescribeAsync(db, user.Scope, cancellationToken);

        var months = Enumerable.Range(0, TrendMonths).Select(i => new DateOnly(today.Year, today.Month, 1).AddMonths(i - TrendMonths + 1)).ToList();
        Trend = [.. months.Select(m => calculator.Compute(indicator, ReportingPeriod.Month(m.Year, m.Month), scope))];
        if (scope.Kind != IndicatorScopeKind.Worker)
        {
            var store = new GoldenThread.Data.Indicators.IndicatorSnapshotStore(db);
            var frozen = await store.SeriesAsync(indicator.Id, scope.Id, PeriodKind.Month, cancellationToken);
            Frozen = frozen.ToDictionary(s => s.MonthEnd);
            if (ShowChildren && Frozen.Count > 0)
            {
                var kept = await store.MonthEndsWithIdsAsync(indicator.Id, scope.Id, cancellationToken);
                FrozenWithChildren = Trend.Select(t => t.Period.End).Where(kept.Contains).ToHashSet();
            }

            Restatements = [.. Trend.Where(t => Frozen.ContainsKey(t.Period.End)).Select(t => new Core.Indicators.Snapshots.Restatement(Frozen[t.Period.End], t)).Where(r => r.IsRestated)];
        }

        var values = Trend.Where(r => r.Value is not null).ToList();
        if (values.Count >= 12)
        {
            Chart = XmRChart.Build(values);
        }

        if (scope.Kind == IndicatorScopeKind.Authority || (scope.Kind == IndicatorScopeKind.OrgUnit && units.FirstOrDefault(u => u.Id == scope.Id)?.Kind != OrgUnitKind.Team))
        {
            var visible = scope.Kind == IndicatorScopeKind.Authority ? units : Core.Caseload.OrgUnitTree.SelfAndDescendants(units, scope.Id!.Value).ToList();
            Teams = [.. visible.Where(u => u.Kind == OrgUnitKind.Team).OrderBy(u => u.Name, StringComparer.Ordinal)
                .Select(t => (t, calculator.Compute(indicator, Period, IndicatorScope.ForOrgUnit(t.Id))))];
            if (Suppress)
            {
                Breakdown = SmallNumberSuppression.PublishBreakdown(Result, [.. Teams.Select(t => t.Result)]);
            }
        }

        if (TableDownload.IsRequested(Format))
        {
            return TableDownload.File(Table == "trend" || Teams.Count == 0 ? TrendTable() : TeamsTable(), Format!);
        }

        Objectives = [.. (await (from p in db.PlanIndicators.AsNoTracking()
                                 join o in db.PlanObjectives.AsNoTracking() on p.ObjectiveId equals o.Id
                                 join t in db.Set<Core.Improvement.PlanTheme>().AsNoTracking() on o.ThemeId equals t.Id
                                 where p.IndicatorId == indicator.Id
                                 select new { ObjectiveId = o.Id, o.Number, ThemeNumber = t.Number, o.Title }).ToListAsync(cancellationToken))
            .OrderBy(o => o.ThemeNumber).ThenBy(o => o.Number)
            .Select(o => (string.Create(CultureInfo.InvariantCulture, $"{o.ThemeNumber}.{o.Number}"), o.Title, o.ObjectiveId))];

        QualityYear = quality.CurrentYear;
        var population = Result.DenominatorChildIds.Count > 0 ? Result.DenominatorChildIds : Result.NumeratorChildIds;
        CheckedFields = Core.Validation.ReturnFieldNames.For(indicator.Fields);
        ChildrenWithErrors = GoldenThread.Web.DataQuality.DataQualityService.ChildrenWithErrors(await quality.FindingsAsync(QualityYear, cancellationToken), population, CheckedFields);

        Measure = PublishedMeasures.Find(indicator.Id);
        Benchmark = (await benchmarks.ForAsync(indicator, cancellationToken))?.Benchmark;

        return Page();
    }

    public string Shown(decimal? value, bool isCount)
    {
        if (Suppress && isCount && value is { } v && SmallNumberSuppression.IsSmall(v))
        {
            return SmallNumberSuppression.Symbol;
        }

        return isCount ? IndicatorFormat.Number(value) : IndicatorFormat.Value(Indicator, value);
    }

    /// <summary>A team's value, numerator and denominator as shown: with secondary suppression across the teams for members.</summary>
    public (string Value, string Numerator, string Denominator) TeamFigure(int index)
    {
        var result = Teams[index].Result;
        if (Breakdown is { } b)
        {
            var p = b.Parts[index];
            return (p.ValueSuppressed ? SmallNumberSuppression.Symbol : IndicatorFormat.Value(Indicator, result.Value), p.Numerator, result.Denominator is null ? "–" : p.Denominator);
        }

        return (IndicatorFormat.Value(Indicator, result.Value), IndicatorFormat.Number(result.Numerator), IndicatorFormat.Number(result.Denominator));
    }

    /// <summary>A team's RAG against the target in force for the team; not rated when its figure is suppressed.</summary>
    public Rag? TeamRag(int index) => Breakdown is { } b && b.Parts[index].ValueSuppressed ? null : Targets.Rate(Teams[index].Result);

    private Core.Exports.ExportTable TeamsTable()
    {
        var rows = new List<IReadOnlyList<object?>>();
        for (var i = 0; i < Teams.Count; i++)
        {
            var (team, result) = Teams[i];
            var part = Breakdown?.Parts[i];
            rows.Add(
            [
                team.Name, Indicator.Id, Period.Start, Period.End,
                part is { ValueSuppressed: true } ? SmallNumberSuppression.Symbol : Rounded(result.Value),
                part is { NumeratorSuppressed: true } ? SmallNumberSuppression.Symbol : result.Numerator,
                result.Denominator is not { } d ? null : part is { DenominatorSuppressed: true } ? SmallNumberSuppression.Symbol : d,
                Targets.For(Indicator.Id, result.Scope)?.Target, RagDisplay.Meaning(TeamRag(i)),
            ]);
        }

        return new($"{Indicator.Id} by team", ["Team", "Indicator id", "Period start", "Period end", "Value", "Numerator", "Denominator", "Target", "RAG"], rows);
    }

    private Core.Exports.ExportTable TrendTable() => new(
        $"{Indicator.Id} by month",
        ["Month", "Indicator id", "Value", "Numerator", "Denominator"],
        [.. Trend.Select(t =>
        {
            var p = SmallNumberSuppression.Publish(t);
            return (IReadOnlyList<object?>)
            [
                t.Period.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture), Indicator.Id,
                Suppress && p.ValueSuppressed ? SmallNumberSuppression.Symbol : Rounded(t.Value),
                Suppress && p.NumeratorSuppressed ? SmallNumberSuppression.Symbol : t.Numerator,
                t.Denominator is not { } d ? null : Suppress && p.DenominatorSuppressed ? SmallNumberSuppression.Symbol : d,
            ];
        })]);

    private static decimal? Rounded(decimal? value) => value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero) : null;

    /// <summary>The children behind a month's figure as it was frozen at the month's end.</summary>
    public string FrozenChildrenLink(DateOnly monthEnd, string part) =>
        string.Create(CultureInfo.InvariantCulture, $"/indicators/{Indicator.Id}/children?frozen={monthEnd:yyyy-MM-dd}&part={part}{(Result.Scope.Kind == IndicatorScopeKind.OrgUnit ? $"&org={Result.Scope.Id}" : string.Empty)}");

    public string ChildrenLink(string part) =>
        string.Create(CultureInfo.InvariantCulture, $"/indicators/{Indicator.Id}/children?part={part}{(Result.Scope.Kind == IndicatorScopeKind.OrgUnit ? $"&org={Result.Scope.Id}" : string.Empty)}{Choice.AndQuery}");
}
