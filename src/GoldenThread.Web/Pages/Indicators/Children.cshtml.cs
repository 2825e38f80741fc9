using GoldenThread.Core.Indicators;
using GoldenThread.Core.Model;
using GoldenThread.Data;
using GoldenThread.Web.Indicators;
using GoldenThread.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Indicators;

/// <summary>The children behind an indicator's figure: its numerator, denominator, or those in the denominator but not the numerator.</summary>
public sealed class ChildrenModel(IndicatorService indicators, GoldenThreadDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [FromQuery(Name = "part")]
    public string Part { get; set; } = "numerator";

    [FromQuery(Name = "org")]
    public long? OrgUnitId { get; set; }

    [FromQuery(Name = "format")]
    public string? Format { get; set; }

    [FromQuery]
    public PeriodQuery PeriodQuery { get; set; } = new();

    public Indicator Indicator { get; private set; } = null!;

    public ReportingPeriod Period { get; private set; } = null!;

    public IReadOnlyList<Child> Children { get; private set; } = [];

    public int Hidden { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (IndicatorCatalogue.Find(id) is not { } indicator || Part is not ("numerator" or "denominator" or "outside"))
        {
            return NotFound();
        }

        Indicator = indicator;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        Period = PeriodQuery.Read(today).Period;
        var (calculator, _) = await indicators.CalculatorAsync(cancellationToken);
        var scope = OrgUnitId is { } unit ? IndicatorScope.ForOrgUnit(unit) : IndicatorService.DefaultScope(user);
        var result = calculator.Compute(indicator, Period, scope);
        IReadOnlyList<long> ids = Part switch
        {
            "numerator" => result.NumeratorChildIds,
            "denominator" => result.DenominatorChildIds,
            _ => [.. result.DenominatorChildIds.Except(result.NumeratorChildIds)],
        };
        var sources = db.Sources();
        var allowed = user.Scope.ChildIds(sources, today);
        var query = db.Children.AsNoTracking().Where(c => ids.Contains(c.Id));
        if (allowed is not null)
        {
            query = query.Where(c => allowed.Contains(c.Id));
        }

        Children = await query.OrderBy(c => c.FamilyName).ThenBy(c => c.GivenName).Take(500).ToListAsync(cancellationToken);
        Hidden = ids.Count - await query.CountAsync(cancellationToken);
        if (TableDownload.IsRequested(Format))
        {
            return TableDownload.File(
                new Core.Exports.ExportTable(
                    $"{indicator.Id} {Part}",
                    ["Child ID", "Child", "Date of birth", "Indicator id", "Part", "Period start", "Period end"],
                    [.. Children.Select(c => (IReadOnlyList<object?>)[c.LaChildId, c.DisplayName, c.BirthDate, indicator.Id, Part, Period.Start, Period.End])]),
                Format!);
        }

        return Page();
    }
}
