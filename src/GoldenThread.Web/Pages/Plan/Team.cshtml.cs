using GoldenThread.Core.Caseload;
using GoldenThread.Core.Improvement;
using GoldenThread.Core.Model;
using GoldenThread.Web.Improvement;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Plan;

/// <summary>
/// Up the golden thread from a service or team: the actions it (or a team within it) leads, and the objectives and themes those
/// actions serve. No child-level data is shown.
/// </summary>
public sealed class TeamModel(PlanStore store, PlanAccess access) : PlanPageModel(store, access)
{
    public OrgUnit Unit { get; private set; } = null!;

    public OrgUnit? Parent { get; private set; }

    public IReadOnlyList<PlanAction> Actions { get; private set; } = [];

    public IReadOnlyList<PlanObjective> Objectives { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long orgUnitId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } result)
        {
            return result;
        }

        if (!View.Units.TryGetValue(orgUnitId, out var unit))
        {
            return NotFound();
        }

        Unit = unit;
        Parent = unit.ParentId is { } parent ? View.Units.GetValueOrDefault(parent) : null;
        var within = OrgUnitTree.SelfAndDescendants([.. View.Units.Values.Select(u => new OrgUnitLink(u.Id, u.ParentId))], orgUnitId).ToHashSet();
        Actions = [.. View.Plan.Actions.Where(a => a.LeadOrgUnitId is { } lead && within.Contains(lead))];
        Objectives = [.. View.Plan.Objectives.Where(o => o.Actions.Any(Actions.Contains))];
        return Page();
    }
}
