using GoldenThread.Core.Exports;
using GoldenThread.Core.Indicators;
using GoldenThread.Core.Model;
using GoldenThread.Data.Indicators;
using GoldenThread.Web.Indicators;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages.Dashboards;

/// <summary>
/// The director's dashboard: the authority's headline figures, a RAG summary of every indicator, every indicator with its RAG, and
/// each service's figure and RAG for the rated indicators.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = TargetPolicy.Director)]
public sealed class DirectorModel(IndicatorService indicators, IndicatorTargetStore targets, TimeProvider clock) : PageModel
{
    public static IReadOnlyList<string> HeadlineIds { get; } = ["cin_at_date", "cpp_at_date", "cla_at_date", "referrals", "unallocated_children"];

    [FromQuery(Name = "format")]
    public string? Format { get; set; }

    [FromQuery(Name = "table")]
    public string? Table { get; set; }

    public ReportingPeriod Period { get; private set; } = null!;

    public IReadOnlyList<IndicatorRow> Rows { get; private set; } = [];

    public IReadOnlyList<OrgUnit> Services { get; private set; } = [];

    /// <summary>For each rated indicator, each service's row, in the order of <see cref="Services"/>.</summary>
    public IReadOnlyList<(IndicatorRow Authority, IReadOnlyList<IndicatorRow> Services)> ByService { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Period = IndicatorRow.YearToDate(clock);
        var (calculator, units) = await indicators.CalculatorAsync(cancellationToken);
        var book = await targets.BookAsync(cancellationToken);
        Rows = [.. IndicatorCatalogue.All.Select(i => IndicatorRow.Compute(calculator, i, Period, IndicatorScope.Authority, book, suppress: false))];
        Services = [.. units.Where(u => u.Kind == OrgUnitKind.Service).OrderBy(u => u.Name, StringComparer.Ordinal)];
        ByService = [.. Rows.Where(r => r.Indicator.Polarity != Polarity.Neutral)
            .Select(r => (r, (IReadOnlyList<IndicatorRow>)[.. Services.Select(s => IndicatorRow.Compute(calculator, r.Indicator, Period, IndicatorScope.ForOrgUnit(s.Id), book, suppress: false))]))];

        if (TableDownload.IsRequested(Format))
        {
            return TableDownload.File(Table == "services" ? ServicesTable() : DashboardTables.Indicators("Director indicators", Rows, Period), Format!);
        }

        return Page();
    }

    public IndicatorRow Headline(string id) => Rows.Single(r => r.Indicator.Id == id);

    public int Count(Rag? rag) => Rows.Count(r => r.Rag == rag && (rag is not null || r.Indicator.Polarity != Polarity.Neutral));

    private ExportTable ServicesTable()
    {
        var columns = new List<string> { "Indicator id", "Indicator", "Authority", "Authority RAG" };
        foreach (var s in Services)
        {
            columns.Add(s.Name);
            columns.Add($"{s.Name} RAG");
        }

        return new ExportTable(
            "Director indicators by service",
            columns,
            [.. ByService.Select(b =>
            {
                var cells = new List<object?> { b.Authority.Indicator.Id, b.Authority.Indicator.Name, b.Authority.ExportValue, RagDisplay.Meaning(b.Authority.Rag) };
                foreach (var s in b.Services)
                {
                    cells.Add(s.ExportValue);
                    cells.Add(RagDisplay.Meaning(s.Rag));
                }

                return (IReadOnlyList<object?>)cells;
            })]);
    }
}
