using GoldenThread.Core.Model;
using GoldenThread.Web.Improvement;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Plan;

/// <summary>The services and teams that lead actions, with how many and how many are red or slipping.</summary>
public sealed class TeamsModel(PlanStore store, PlanAccess access) : PlanPageModel(store, access)
{
    public IReadOnlyList<(OrgUnit Unit, int Actions, int Exceptions)> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } result)
        {
            return result;
        }

        Units = [.. View.Plan.Actions.Where(a => a.LeadOrgUnitId is not null && View.Units.ContainsKey(a.LeadOrgUnitId.Value))
            .GroupBy(a => a.LeadOrgUnitId!.Value)
            .Select(g => (View.Units[g.Key], g.Count(), g.Count(a => View.Assessment.Actions[a.Id].IsException)))
            .OrderBy(u => u.Item1.Kind).ThenBy(u => u.Item1.Name, StringComparer.Ordinal)];
        return Page();
    }
}
