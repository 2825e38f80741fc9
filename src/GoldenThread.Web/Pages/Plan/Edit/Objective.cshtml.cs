using GoldenThread.Core.Improvement;
using GoldenThread.Data.Auditing;
using GoldenThread.Web.Improvement;
using GoldenThread.Web.Infrastructure;
using GoldenThread.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages.Plan.Edit;

/// <summary>Edits an objective's wording, what difference it makes to children, and the story behind the curve.</summary>
public sealed class ObjectiveModel(PlanStore store, PlanAccess access, TimeProvider clock, AuditTrail audit, CurrentUser currentUser) : PageModel
{
    public PlanObjective Objective { get; private set; } = null!;

    [BindProperty]
    public string? ObjectiveTitle { get; set; }

    [BindProperty]
    public string? Difference { get; set; }

    [BindProperty]
    public string? Story { get; set; }

    public Dictionary<string, string> Errors { get; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await store.ObjectiveForChangeAsync(id, cancellationToken) is not { } objective)
        {
            return NotFound();
        }

        Objective = objective;
        ObjectiveTitle = objective.Title;
        Difference = objective.DifferenceForChildren;
        Story = objective.StoryBehindTheCurve;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (await store.ObjectiveForChangeAsync(id, cancellationToken) is not { } objective)
        {
            return NotFound();
        }

        Objective = objective;
        if (string.IsNullOrWhiteSpace(ObjectiveTitle))
        {
            Errors["objective-title"] = "Enter the objective";
        }
        else if (ObjectiveTitle.Trim().Length > 300)
        {
            Errors["objective-title"] = "The objective must be 300 characters or fewer";
        }

        if (string.IsNullOrWhiteSpace(Difference))
        {
            Errors["difference"] = "Enter what difference this will make to children";
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var planId = await store.PlanIdOfThemeAsync(objective.ThemeId, cancellationToken);
        var story = string.IsNullOrWhiteSpace(Story) ? null : Story.Trim();
        if (PlanEditing.EditObjective(objective, planId, ObjectiveTitle!.Trim(), Difference!.Trim(), story, access.Actor, clock.GetUtcNow()) is { } update)
        {
            store.Db.PlanUpdates.Add(update);
            audit.RecordPlanUpdate(currentUser.AuditActor(), update);
            await store.Db.SaveChangesAsync(cancellationToken);
            Notice = $"Objective {objective.Reference} was saved.";
        }

        return Redirect(PlanDisplay.ObjectiveHref(id));
    }
}
