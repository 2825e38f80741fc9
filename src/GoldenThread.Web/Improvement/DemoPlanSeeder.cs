using GoldenThread.Core.Improvement;
using GoldenThread.Core.Model;
using GoldenThread.Data;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Improvement;

/// <summary>Writes the synthetic demo improvement plan once the demo authority and its users exist, unless a plan exists already.</summary>
public static class DemoPlanSeeder
{
    public static async Task SeedAsync(GoldenThreadDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        if (await db.ImprovementPlans.AnyAsync(cancellationToken) || !await db.DataLoads.AnyAsync(l => l.IsSynthetic, cancellationToken))
        {
            return;
        }

        var users = await db.Users.AsNoTracking().Where(u => u.Email != null && u.Email.EndsWith("@demo.local"))
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.OrgUnitId }).ToListAsync(cancellationToken);
        var authority = await db.OrgUnits.AsNoTracking().Where(o => o.ParentId == null).OrderBy(o => o.Id).FirstOrDefaultAsync(cancellationToken);
        if (authority is null || users.Count == 0)
        {
            return;
        }

        var units = await db.OrgUnits.AsNoTracking().OrderBy(o => o.Id).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        var context = new DemoPlanContext(
            users.ToDictionary(u => u.Email!, u => u.Id, StringComparer.OrdinalIgnoreCase),
            authority.Id,
            name => units.FirstOrDefault(u => u.Name.StartsWith(name, StringComparison.Ordinal))?.Id,
            users.FirstOrDefault(u => u.Email == DemoPlan.TeamManager)?.OrgUnitId);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var now = clock.GetUtcNow();
        var plan = DemoPlan.Build(today, context, now);
        db.ImprovementPlans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);

        var director = users.FirstOrDefault(u => u.Email == DemoPlan.Director) ?? users[0];
        var names = users.ToDictionary(u => u.Id, u => u.DisplayName);
        db.PlanUpdates.AddRange(DemoPlan.History(plan, new PlanActor(director.Id, director.DisplayName), id => names.GetValueOrDefault(id, "Unknown"), now));
        await db.SaveChangesAsync(cancellationToken);
    }
}
