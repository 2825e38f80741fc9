using GoldenThread.Core.Improvement;
using GoldenThread.Data.Auditing;
using GoldenThread.Web.Improvement;
using GoldenThread.Web.Infrastructure;
using GoldenThread.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages.Plan.Edit;

/// <summary>Sets an objective's or action's RAG by hand (a reason is required), or removes the override. Both are logged.</summary>
public sealed class RagModel(PlanStore store, PlanAccess access, TimeProvider clock, AuditTrail audit, CurrentUser currentUser) : PageModel
{
    [FromRoute(Name = "kind")]
    public string Kind { get; set; } = string.Empty;

    [BindProperty]
    public string? Choice { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public string Reference { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public string BackHref { get; private set; } = string.Empty;

    public RagAssessment Assessment { get; private set; } = null!;

    public Dictionary<string, string> Errors { get; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        Choice = item.OverrideRag?.ToString();
        Reason = item.OverrideReason;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        Rag? rag = Choice switch
        {
            nameof(Rag.Red) => Rag.Red,
            nameof(Rag.Amber) => Rag.Amber,
            nameof(Rag.Green) => Rag.Green,
            _ => null,
        };
        if (Choice != "Computed")
        {
            if (PlanEditing.OverrideError(rag, Reason) is { } error)
            {
                Errors[rag is null ? "choice" : "reason"] = error;
                return Page();
            }
        }

        var (planId, objectiveId, actionId) = item switch
        {
            PlanAction a => (await store.PlanIdOfThemeAsync(a.Objective!.ThemeId, cancellationToken), a.ObjectiveId, (long?)a.Id),
            PlanObjective o => (await store.PlanIdOfThemeAsync(o.ThemeId, cancellationToken), o.Id, null),
            _ => throw new InvalidOperationException("Unknown plan item."),
        };
        var update = PlanEditing.SetOverride(item, planId, objectiveId, actionId, rag, Choice == "Computed" ? null : Reason, Assessment.Computed, access.Actor, clock.GetUtcNow());
        store.Db.PlanUpdates.Add(update);
        audit.RecordPlanUpdate(currentUser.AuditActor(), update);
        await store.Db.SaveChangesAsync(cancellationToken);
        Notice = rag is null ? $"The RAG of {Reference} is computed again." : $"The RAG of {Reference} was set to {SlippageRules.Name(rag.Value)} by hand.";
        return Redirect(BackHref);
    }

    private async Task<IRagOverridable?> FindAsync(long id, CancellationToken cancellationToken)
    {
        var view = await store.ViewAsync(store.Today, cancellationToken);
        if (view is null)
        {
            return null;
        }

        if (Kind == "action" && await store.ActionForChangeAsync(id, cancellationToken) is { } action)
        {
            Reference = $"action {action.Reference}";
            Title = action.Title;
            BackHref = PlanDisplay.ActionHref(id);
            Assessment = view.Assessment.Actions[id];
            return action;
        }

        if (Kind == "objective" && await store.ObjectiveForChangeAsync(id, cancellationToken) is { } objective)
        {
            Reference = $"objective {objective.Reference}";
            Title = objective.Title;
            BackHref = PlanDisplay.ObjectiveHref(id);
            Assessment = view.Assessment.Objectives[id];
            return objective;
        }

        return null;
    }
}
