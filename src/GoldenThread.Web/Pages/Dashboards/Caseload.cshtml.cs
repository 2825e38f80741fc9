using GoldenThread.Core.Caseload;
using GoldenThread.Core.Exports;
using GoldenThread.Core.Indicators;
using GoldenThread.Data;
using GoldenThread.Web.Indicators;
using GoldenThread.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Dashboards;

/// <summary>A social worker's own caseload: every child allocated to them today, what they are open for, and what needs doing.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = TargetPolicy.Caseload)]
public sealed class CaseloadModel(IndicatorService indicators, GoldenThreadDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [FromQuery(Name = "format")]
    public string? Format { get; set; }

    public DateOnly Today { get; private set; }

    public IReadOnlyList<CaseloadChild> Children { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (user.Scope is not ChildScope.WorkerScope worker)
        {
            return Forbid();
        }

        Today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var ids = await db.Allocations.AsNoTracking().Where(CaseloadRules.AllocationCurrentAt(Today)).Where(a => a.WorkerId == worker.WorkerId)
            .Select(a => a.ChildId).Distinct().ToListAsync(cancellationToken);
        var children = await db.Children.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
        var onPlan = (await db.ChildProtectionPlans.AsNoTracking().Where(CaseloadRules.PlanOpenAt(Today)).Where(p => ids.Contains(p.ChildId)).Select(p => p.ChildId).ToListAsync(cancellationToken)).ToHashSet();
        var lookedAfter = (await db.CareEpisodes.AsNoTracking().Where(CaseloadRules.LookedAfterAt(Today)).Where(e => ids.Contains(e.ChildId)).Select(e => e.ChildId).ToListAsync(cancellationToken)).ToHashSet();
        var (lists, _) = await indicators.ActionListsAsync(cancellationToken);
        var actions = lists.At(Today, IndicatorScope.ForWorker(worker.WorkerId)).ToLookup(a => a.ChildId);
        Children = [.. children
            .Select(c => new CaseloadChild(
                c.Id,
                c.DisplayName,
                c.LaChildId,
                c.BirthDate,
                lookedAfter.Contains(c.Id) ? "Looked after" : onPlan.Contains(c.Id) ? "Child protection plan" : "Child in need",
                [.. actions[c.Id].OrderBy(a => a.Kind)]))
            .OrderByDescending(c => c.Actions.Count)
            .ThenBy(c => c.Name, StringComparer.Ordinal)];

        if (TableDownload.IsRequested(Format))
        {
            return TableDownload.File(Table(), Format!);
        }

        return Page();
    }

    private ExportTable Table() => new(
        "My caseload",
        ["Child ID", "Child", "Date of birth", "Open for", "Actions needed"],
        [.. Children.Select(c => (IReadOnlyList<object?>)
        [
            c.LaChildId, c.Name, c.BirthDate, c.Status, string.Join("; ", c.Actions.Select(a => DashboardTables.Reason(a.Kind))),
        ])]);
}

public sealed record CaseloadChild(long Id, string Name, string LaChildId, DateOnly? BirthDate, string Status, IReadOnlyList<ChildAction> Actions);
