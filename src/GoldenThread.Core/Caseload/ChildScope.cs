using GoldenThread.Core.Model;

namespace GoldenThread.Core.Caseload;

/// <summary>Which children a person may see: all of them, those held by an org unit, those allocated to a worker, or none.</summary>
public abstract record ChildScope
{
    public static ChildScope Everyone { get; } = new EveryoneScope();

    public static ChildScope NoChildren { get; } = new NoChildrenScope();

    public static ChildScope ForOrgUnit(long orgUnitId) => new OrgUnitScope(orgUnitId);

    public static ChildScope ForWorker(long workerId) => new WorkerScope(workerId);

    public sealed record EveryoneScope : ChildScope;

    public sealed record NoChildrenScope : ChildScope;

    /// <summary>Children currently allocated to a worker in this unit or any unit below it.</summary>
    public sealed record OrgUnitScope(long OrgUnitId) : ChildScope;

    /// <summary>Children currently allocated to this worker.</summary>
    public sealed record WorkerScope(long WorkerId) : ChildScope;

    /// <summary>The ids of the children in scope at <paramref name="date"/>, or null when every child is in scope.</summary>
    public IQueryable<long>? ChildIds(ChildRecordSources sources, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(sources);
        switch (this)
        {
            case EveryoneScope:
                return null;
            case NoChildrenScope:
                return sources.Children.Where(c => false).Select(c => c.Id);
            case WorkerScope worker:
                return sources.Allocations.Where(CaseloadRules.AllocationCurrentAt(date))
                    .Where(a => a.WorkerId == worker.WorkerId)
                    .Select(a => a.ChildId);
            case OrgUnitScope unit:
                var teams = OrgUnitTree.SelfAndDescendants(sources.OrgUnits.Select(o => new OrgUnitLink(o.Id, o.ParentId)).ToList(), unit.OrgUnitId);
                return sources.Allocations.Where(CaseloadRules.AllocationCurrentAt(date))
                    .Where(a => teams.Contains(a.TeamId))
                    .Select(a => a.ChildId);
            default:
                throw new InvalidOperationException($"Unknown scope {GetType().Name}.");
        }
    }
}

public readonly record struct OrgUnitLink(long Id, long? ParentId);

public static class OrgUnitTree
{
    /// <summary>The unit and every unit below it.</summary>
    public static List<long> SelfAndDescendants(IReadOnlyCollection<OrgUnitLink> units, long rootId)
    {
        ArgumentNullException.ThrowIfNull(units);
        var byParent = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value, u => u.Id);
        var result = new List<long> { rootId };
        for (var i = 0; i < result.Count; i++)
        {
            result.AddRange(byParent[result[i]]);
        }

        return result;
    }

    public static IEnumerable<OrgUnit> SelfAndDescendants(IReadOnlyCollection<OrgUnit> units, long rootId)
    {
        ArgumentNullException.ThrowIfNull(units);
        var ids = SelfAndDescendants(units.Select(u => new OrgUnitLink(u.Id, u.ParentId)).ToList(), rootId).ToHashSet();
        return units.Where(u => ids.Contains(u.Id));
    }
}
