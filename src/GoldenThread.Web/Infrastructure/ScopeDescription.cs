using GoldenThread.Core.Caseload;
using GoldenThread.Data;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Infrastructure;

public static class ScopeDescription
{
    /// <summary>Words for whose figures these are: the authority, a service or team, or a worker's caseload.</summary>
    public static async Task<string> DescribeAsync(GoldenThreadDbContext db, ChildScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        switch (scope)
        {
            case ChildScope.OrgUnitScope unit:
                return await db.OrgUnits.Where(o => o.Id == unit.OrgUnitId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken) ?? "Your team";
            case ChildScope.WorkerScope:
                return "Your caseload";
            default:
                var authority = await db.OrgUnits.Where(o => o.ParentId == null).OrderBy(o => o.Id).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
                return authority ?? "The authority";
        }
    }
}
