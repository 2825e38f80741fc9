using GoldenThread.Core.Improvement;
using GoldenThread.Web.Improvement;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Plan;

/// <summary>An objective: why it matters to children, its RAG and reasons, its actions, indicators, lead teams and updates.</summary>
public sealed class ObjectiveModel(PlanStore store, PlanAccess access) : PlanPageModel(store, access)
{
    public PlanObjective Objective { get; private set; } = null!;

    public IReadOnlyList<PlanUpdate> Updates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } result)
        {
            return result;
        }

        if (View.Objective(id) is not { } objective)
        {
            return NotFound();
        }

        Objective = objective;
        Updates = await Store.UpdatesAsync(id, null, cancellationToken);
        return Page();
    }
}
