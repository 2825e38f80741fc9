using GoldenThread.Core.Caseload;
using GoldenThread.Core.Exports;
using GoldenThread.Core.Indicators;
using GoldenThread.Core.Model;
using GoldenThread.Data;
using GoldenThread.Data.Indicators;
using GoldenThread.Web.Indicators;
using GoldenThread.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages.Indicators;

/// <summary>
/// Every indicator with its figure for the financial year to date, grouped by the three outcomes-based accountability questions, with
/// the target and RAG in force, for the person's own service, team or caseload. Authority-wide roles may choose a service.
/// </summary>
public sealed class IndexModel(IndicatorService indicators, GoldenThreadDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [FromQuery(Name = "service")]
    public long? ServiceId { get; set; }

    [FromQuery(Name = "format")]
    public string? Format { get; set; }

    public ReportingPeriod Period { get; private set; } = null!;

    public string ScopeName { get; private set; } = string.Empty;

    public IReadOnlyList<IndicatorRow> Results { get; private set; } = [];

    /// <summary>The services an authority-wide person may choose from; empty for everyone else.</summary>
    public IReadOnlyList<OrgUnit> Services { get; private set; } = [];

    public bool Suppress { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Period = IndicatorRow.YearToDate(clock);
        var (calculator, units) = await indicators.CalculatorAsync(cancellationToken);
        var scope = IndicatorService.DefaultScope(user);
        if (user.AggregateScope is ChildScope.EveryoneScope)
        {
            Services = [.. units.Where(u => u.Kind == OrgUnitKind.Service).OrderBy(u => u.Name, StringComparer.Ordinal)];
            if (ServiceId is { } chosen)
            {
                if (Services.All(s => s.Id != chosen))
                {
                    return NotFound();
                }

                scope = IndicatorScope.ForOrgUnit(chosen);
            }
        }
        else
        {
            ServiceId = null;
        }

        Suppress = !user.MaySeeChildren;
        var targets = await new IndicatorTargetStore(db).BookAsync(cancellationToken);
        Results = [.. IndicatorCatalogue.All.Select(i => IndicatorRow.Compute(calculator, i, Period, scope, targets, Suppress))];
        ScopeName = scope.Kind == IndicatorScopeKind.OrgUnit && ServiceId is not null
            ? Services.First(s => s.Id == ServiceId).Name
            : await ScopeDescription.DescribeAsync(db, user.Scope, cancellationToken);

        if (TableDownload.IsRequested(Format))
        {
            return TableDownload.File(Table(), Format!);
        }

        return Page();
    }

    public IEnumerable<IGrouping<OutcomesQuestion, IndicatorRow>> Groups =>
        Results.GroupBy(r => OutcomesAccountability.QuestionFor(r.Indicator)).OrderBy(g => g.Key);

    private ExportTable Table() => new(
        $"Indicators {ScopeName}",
        ["Question", "Indicator id", "Indicator", "Source", "Period start", "Period end", "Value", "Numerator", "Denominator", "Target", "RAG"],
        [.. Groups.SelectMany(g => g.Select(r => (IReadOnlyList<object?>)
        [
            OutcomesAccountability.Text(g.Key), r.Indicator.Id, r.Indicator.Name, r.Indicator.Source.ToString(), Period.Start, Period.End,
            r.ExportValue, r.ExportNumerator, r.ExportDenominator, r.Target?.Target, RagDisplay.Meaning(r.Rag),
        ]))]);
}
