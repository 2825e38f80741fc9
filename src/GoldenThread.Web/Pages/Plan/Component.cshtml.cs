using GoldenThread.Core.Improvement;
using GoldenThread.Web.Improvement;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Plan;

/// <summary>A strategic component down the golden thread: its objectives, their actions, indicators and lead teams.</summary>
public sealed class ComponentModel(PlanStore store, PlanAccess access) : PlanPageModel(store, access)
{
    public StrategicComponent Component { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } result)
        {
            return result;
        }

        if (View.Plan.Components.SingleOrDefault(c => c.Id == id) is not { } component)
        {
            return NotFound();
        }

        Component = component;
        return Page();
    }
}
