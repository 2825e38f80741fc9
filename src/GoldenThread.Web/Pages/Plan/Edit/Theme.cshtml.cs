using GoldenThread.Core.Improvement;
using GoldenThread.Web.Improvement;
using GoldenThread.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Plan.Edit;

/// <summary>Adds a theme to the plan, numbered after the last one.</summary>
public sealed class ThemeModel(PlanStore store, PlanAccess access, TimeProvider clock, GoldenThread.Data.Auditing.AuditTrail audit, GoldenThread.Web.Infrastructure.CurrentUser currentUser) : PageModel
{
    [BindProperty]
    public string? PlanTitle { get; set; }

    [BindProperty]
    public string? ThemeTitle { get; set; }

    /// <summary>True when there is no plan yet: the first theme starts it, and the plan's title is asked for too.</summary>
    public bool StartsPlan { get; private set; }

    [BindProperty]
    public string? Description { get; set; }

    public Dictionary<string, string> Errors { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        StartsPlan = !await store.Db.ImprovementPlans.AnyAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var plan = await store.Db.ImprovementPlans.Include(p => p.Themes).OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        StartsPlan = plan is null;
        Errors = PlanStructure.ValidateTheme(ThemeTitle, Description);
        if (StartsPlan && string.IsNullOrWhiteSpace(PlanTitle))
        {
            Errors["plan-title"] = "Enter the plan's title";
        }
        else if (StartsPlan && PlanTitle!.Trim().Length > PlanStructure.MaxTitleLength)
        {
            Errors["plan-title"] = $"The plan's title must be {PlanStructure.MaxTitleLength} characters or fewer";
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        await using var transaction = await store.Db.Database.BeginTransactionAsync(cancellationToken);
        if (plan is null)
        {
            plan = new ImprovementPlan { Title = PlanTitle!.Trim() };
            store.Db.ImprovementPlans.Add(plan);
            await store.Db.SaveChangesAsync(cancellationToken);
        }

        var (theme, update) = PlanStructure.AddTheme(plan, ThemeTitle!, Description, access.Actor, clock.GetUtcNow());
        store.Db.PlanUpdates.Add(update);
        await store.Db.SaveChangesAsync(cancellationToken);
        audit.RecordPlanUpdate(currentUser.AuditActor(), update, "PlanTheme", theme.Id);
        await store.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Notice = $"Theme {theme.Number} was added.";
        return Redirect("/plan");
    }
}
