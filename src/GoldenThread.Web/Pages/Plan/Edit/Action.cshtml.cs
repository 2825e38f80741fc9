using GoldenThread.Core.Improvement;
using GoldenThread.Core.Model;
using GoldenThread.Data.Auditing;
using GoldenThread.Data.Security;
using GoldenThread.Web.Improvement;
using GoldenThread.Web.Infrastructure;
using GoldenThread.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages.Plan.Edit;

/// <summary>Adds an action to an objective (?objective=ID) or edits one: title, owner, lead service or team, dates; adds milestones.</summary>
public sealed class ActionModel(PlanStore store, PlanAccess access, TimeProvider clock, AuditTrail audit, CurrentUser currentUser) : PageModel
{
    [FromQuery(Name = "objective")]
    public long? ObjectiveId { get; set; }

    public PlanObjective Objective { get; private set; } = null!;

    public PlanAction? Existing { get; private set; }

    [BindProperty]
    public string? ActionTitle { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Owner { get; set; }

    [BindProperty]
    public long? Lead { get; set; }

    [BindProperty]
    public string? MilestoneTitle { get; set; }

    public DateField Start { get; private set; } = DateField.Of("start", "Start date", null);

    public DateField Due { get; private set; } = DateField.Of("due", "Due date", null);

    public DateField MilestoneDue { get; private set; } = DateField.Of("milestone-due", "Milestone due date", null);

    public IReadOnlyList<GoldenThreadUser> People { get; private set; } = [];

    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(long? id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is { } result)
        {
            return result;
        }

        if (Existing is { } a)
        {
            ActionTitle = a.Title;
            Description = a.Description;
            Owner = a.OwnerUserId;
            Lead = a.LeadOrgUnitId;
            Start = DateField.Of("start", "Start date", a.StartDate);
            Due = DateField.Of("due", "Due date", a.DueDate);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long? id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is { } result)
        {
            return result;
        }

        Start = DateField.Read(Request.Form, "start", "Start date", "Enter the start date", out var start);
        Due = DateField.Read(Request.Form, "due", "Due date", "Enter the due date", out var due);
        if (string.IsNullOrWhiteSpace(ActionTitle))
        {
            Errors["action-title"] = "Enter the action";
        }
        else if (ActionTitle.Trim().Length > 300)
        {
            Errors["action-title"] = "The action must be 300 characters or fewer";
        }

        if (Owner is not null && People.All(p => p.Id != Owner))
        {
            Errors["owner"] = "Select the owner of the action";
        }

        if (Lead is not null && Units.All(u => u.Id != Lead))
        {
            Errors["lead"] = "Select the service or team leading the action";
        }

        if (Start.Error is not null)
        {
            Errors["start-day"] = Start.Error;
        }

        if (Due.Error is not null)
        {
            Errors["due-day"] = Due.Error;
        }
        else if (start is not null && due < start)
        {
            Due = Due.WithError("The due date must be the same as or after the start date");
            Errors["due-day"] = Due.Error!;
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var action = Existing ?? new PlanAction
        {
            Title = string.Empty,
            ObjectiveId = Objective.Id,
            Objective = Objective,
            Number = Objective.Actions.Count == 0 ? 1 : Objective.Actions.Max(a => a.Number) + 1,
        };
        var details = new ActionDetails(ActionTitle!.Trim(), string.IsNullOrWhiteSpace(Description) ? null : Description.Trim(), Owner, Lead, start!.Value, due!.Value);
        var planId = await store.PlanIdOfThemeAsync(Objective.ThemeId, cancellationToken);
        var update = PlanEditing.EditAction(action, planId, details, PersonName, UnitName, access.Actor, clock.GetUtcNow());
        if (Existing is null)
        {
            Objective.Actions.Add(action);
            await store.Db.SaveChangesAsync(cancellationToken);
            update!.ActionId = action.Id;
        }

        if (update is not null)
        {
            store.Db.PlanUpdates.Add(update);
            audit.RecordPlanUpdate(currentUser.AuditActor(), update);
            await store.Db.SaveChangesAsync(cancellationToken);
        }

        Notice = Existing is null ? $"Action {action.Reference} was added." : $"Action {action.Reference} was saved.";
        return Redirect(PlanDisplay.ActionHref(action.Id));
    }

    public async Task<IActionResult> OnPostMilestoneAsync(long? id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is { } result)
        {
            return result;
        }

        if (Existing is not { } action)
        {
            return NotFound();
        }

        OnGetFields(action);
        MilestoneDue = DateField.Read(Request.Form, "milestone-due", "Milestone due date", "Enter the milestone's due date", out var due);
        if (string.IsNullOrWhiteSpace(MilestoneTitle))
        {
            Errors["milestone-title"] = "Enter the milestone";
        }

        if (MilestoneDue.Error is not null)
        {
            Errors["milestone-due-day"] = MilestoneDue.Error;
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var milestone = new PlanMilestone { Title = MilestoneTitle!.Trim(), DueDate = due!.Value };
        action.Milestones.Add(milestone);
        var planId = await store.PlanIdOfThemeAsync(Objective.ThemeId, cancellationToken);
        var update = new PlanUpdate
        {
            PlanId = planId,
            ObjectiveId = action.ObjectiveId,
            ActionId = action.Id,
            UserId = access.Actor.UserId,
            UserName = access.Actor.Name,
            At = clock.GetUtcNow(),
            Summary = "Milestone added",
            Changes = [new PlanFieldChange { Field = "Milestone", After = $"{milestone.Title} (due {PlanDisplay.Date(milestone.DueDate)})" }],
        };
        store.Db.PlanUpdates.Add(update);
        audit.RecordPlanUpdate(currentUser.AuditActor(), update);
        await store.Db.SaveChangesAsync(cancellationToken);
        Notice = $"Milestone added to action {action.Reference}.";
        return Redirect(PlanDisplay.ActionHref(action.Id));
    }

    private void OnGetFields(PlanAction a)
    {
        ActionTitle = a.Title;
        Description = a.Description;
        Owner = a.OwnerUserId;
        Lead = a.LeadOrgUnitId;
        Start = DateField.Of("start", "Start date", a.StartDate);
        Due = DateField.Of("due", "Due date", a.DueDate);
    }

    private string PersonName(string? userId) => People.FirstOrDefault(p => p.Id == userId)?.DisplayName ?? "No owner";

    private string UnitName(long? unitId) => Units.FirstOrDefault(u => u.Id == unitId)?.Name ?? "Not set";

    private async Task<IActionResult?> FindAsync(long? id, CancellationToken cancellationToken)
    {
        People = await store.PeopleAsync(cancellationToken);
        Units = await store.UnitsAsync(cancellationToken);
        if (id is { } actionId)
        {
            if (await store.ActionForChangeAsync(actionId, cancellationToken) is not { } action)
            {
                return NotFound();
            }

            Existing = action;
            Objective = action.Objective!;
            return null;
        }

        if (ObjectiveId is { } objectiveId && await store.ObjectiveForChangeAsync(objectiveId, cancellationToken) is { } objective)
        {
            Objective = objective;
            return null;
        }

        return NotFound();
    }
}
