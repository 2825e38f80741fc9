using GoldenThread.Core.Caseload;
using GoldenThread.Core.Model;

namespace GoldenThread.Core.Demo;

/// <summary>
/// Where the demo users work: the demo team manager and social worker are in the team holding the most cases on the day the
/// demo is created, and the demo service manager manages that team's service. One rule, for the web app's seeding (over the
/// database) and for tests (over the generated records).
/// </summary>
public static class DemoUserPlacement
{
    /// <summary>Teams by the cases allocated in them at the date, most first; the lower id first on a tie.</summary>
    public static IQueryable<long> TeamsBusiestFirst(IQueryable<Allocation> allocations, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(allocations);
        return allocations.Where(CaseloadRules.AllocationCurrentAt(date))
            .GroupBy(a => a.TeamId)
            .Select(g => new { TeamId = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.TeamId)
            .Select(g => g.TeamId);
    }
}
