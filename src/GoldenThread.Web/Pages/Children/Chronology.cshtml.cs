using GoldenThread.Core.Chronology;
using GoldenThread.Core.Model;
using GoldenThread.Data;
using GoldenThread.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Children;

/// <summary>A child's record: details and chronology. Only children in the user's scope; every opening is logged.</summary>
public sealed class ChronologyModel(GoldenThreadDbContext db, CurrentUser user, ChildRecordAccessLog accessLog, TimeProvider clock) : PageModel
{
    public Child Child { get; private set; } = null!;

    public IReadOnlyList<ChronologyEvent> Events { get; private set; } = [];

    public IReadOnlyList<(string Worker, string Team, DateOnly Since)> CurrentAllocations { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var sources = db.Sources();
        var scope = user.Scope.ChildIds(sources, Today);
        var query = db.Children.AsNoTracking().Where(c => c.Id == id);
        if (scope is not null)
        {
            query = query.Where(c => scope.Contains(c.Id));
        }

        // Out of scope and not found look the same, so ids cannot be probed.
        if (await query.SingleOrDefaultAsync(cancellationToken) is not { } child)
        {
            return NotFound();
        }

        Child = child;
        await accessLog.RecordAsync(child.Id, "chronology", cancellationToken);
        var allocations = await db.Allocations.AsNoTracking().Where(a => a.ChildId == id).ToListAsync(cancellationToken);
        var workerIds = allocations.Select(a => a.WorkerId).ToHashSet();
        var workers = await db.Workers.AsNoTracking().Where(w => workerIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.DisplayName, cancellationToken);
        var records = new ChildRecordSet(
            child,
            await db.Contacts.AsNoTracking().Where(r => r.ChildId == id).ToListAsync(cancellationToken),
            await db.EarlyHelpEpisodes.AsNoTracking().Where(r => r.ChildId == id).ToListAsync(cancellationToken),
            await db.Referrals.AsNoTracking().Where(r => r.ChildId == id).ToListAsync(cancellationToken),
            await db.Assessments.AsNoTracking().Where(r => r.ChildId == id).ToListAsync(cancellationToken),
            await db.ChildInNeedPlans.AsNoTracking().Where(r => r.ChildId == id).ToListAsync(cancellationToken),
            await db.Section47Enquiries.AsNoTracking().Where(r => r.ChildId == id).ToListAsync(cancellationToken),
            await db.InitialChildProtectionConferences.AsNoTracking().Where(r => r.ChildId == id).ToListAsync(cancellationToken),
            await db.ChildProtectionPlans.AsNoTracking().Where(r => r.ChildId == id).ToListAsync(cancellationToken),
            await db.ChildProtectionReviews.AsNoTracking().Where(r => r.ChildId == id).ToListAsync(cancellationToken),
            await db.ChildProtectionVisits.AsNoTracking().Where(r => r.ChildId == id).ToListAsync(cancellationToken),
            await db.CareEpisodes.AsNoTracking().Where(r => r.ChildId == id).ToListAsync(cancellationToken),
            await db.CareReviews.AsNoTracking().Where(r => r.ChildId == id).ToListAsync(cancellationToken),
            await db.CareVisits.AsNoTracking().Where(r => r.ChildId == id).ToListAsync(cancellationToken),
            await db.MissingEpisodes.AsNoTracking().Where(r => r.ChildId == id).ToListAsync(cancellationToken),
            allocations,
            workers);
        Events = ChildChronology.Build(records);
        var teamIds = allocations.Select(a => a.TeamId).ToHashSet();
        var teams = await db.OrgUnits.AsNoTracking().Where(o => teamIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        CurrentAllocations = [.. allocations.Where(Core.Caseload.CaseloadRules.AllocationCurrentAt(Today).Compile())
            .Select(a => (workers.GetValueOrDefault(a.WorkerId, "Unknown worker"), teams.GetValueOrDefault(a.TeamId, "Unknown team"), a.StartDate))];
        return Page();
    }
}
