using GoldenThread.Core.Improvement;
using GoldenThread.Web.Improvement;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Plan;

/// <summary>An action: owner, lead team, dates, status, progress, RAG and why, milestones, evidence and the updates log.</summary>
public sealed class ActionModel(PlanStore store, PlanAccess access) : PlanPageModel(store, access)
{
    public PlanAction Action { get; private set; } = null!;

    public IReadOnlyList<PlanUpdate> Updates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } result)
        {
            return result;
        }

        if (View.Action(id) is not { } action)
        {
            return NotFound();
        }

        Action = action;
        Updates = await Store.UpdatesAsync(null, id, cancellationToken);
        return Page();
    }
}
