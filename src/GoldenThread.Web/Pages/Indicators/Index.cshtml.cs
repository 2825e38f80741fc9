using GoldenThread.Core.Indicators;
using GoldenThread.Data;
using GoldenThread.Web.Indicators;
using GoldenThread.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages.Indicators;

/// <summary>Every indicator with its figure for the financial year to date, for the person's own service, team or caseload.</summary>
public sealed class IndexModel(IndicatorService indicators, GoldenThreadDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public ReportingPeriod Period { get; private set; } = null!;

    public string ScopeName { get; private set; } = string.Empty;

    public IReadOnlyList<IndicatorResult> Results { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        Period = ReportingPeriod.Custom(ReportingPeriod.FinancialYearContaining(today).Start, today);
        var (calculator, _) = await indicators.CalculatorAsync(cancellationToken);
        var scope = IndicatorService.DefaultScope(user);
        Results = [.. IndicatorCatalogue.All.Select(i => calculator.Compute(i, Period, scope))];
        ScopeName = await ScopeDescription.DescribeAsync(db, user.Scope, cancellationToken);
    }
}
