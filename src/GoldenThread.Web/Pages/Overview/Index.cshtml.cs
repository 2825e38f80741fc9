using GoldenThread.Core.Caseload;
using GoldenThread.Data;
using GoldenThread.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages.Overview;

public sealed class IndexModel(GoldenThreadDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [FromQuery(Name = "date")]
    public string? DateText { get; set; }

    [FromQuery(Name = "date-day")]
    public string? Day { get; set; }

    [FromQuery(Name = "date-month")]
    public string? Month { get; set; }

    [FromQuery(Name = "date-year")]
    public string? Year { get; set; }

    public DateOnly AsAt { get; private set; }

    public string? DateError { get; private set; }

    public string ScopeName { get; private set; } = string.Empty;

    public bool ShowChildLinks { get; private set; }

    public IReadOnlyList<HeadlineFigure> Figures { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        AsAtDate.TryRead(DateText, Day, Month, Year, today, out var asAt, out var error);
        AsAt = asAt;
        DateError = error;
        var scope = user.AggregateScope;
        var sources = db.Sources();
        Figures = Headlines.Compute(sources, AsAt, scope.ChildIds(sources, AsAt));
        ScopeName = await ScopeDescription.DescribeAsync(db, scope, cancellationToken);
        ShowChildLinks = user.MaySeeChildren;
    }
}
