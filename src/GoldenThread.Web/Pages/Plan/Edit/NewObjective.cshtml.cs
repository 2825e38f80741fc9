using GoldenThread.Core.Improvement;
using GoldenThread.Web.Improvement;
using GoldenThread.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Plan.Edit;

/// <summary>Adds an objective to a theme: what it means to achieve, the difference for children, its components and Ofsted recommendations.</summary>
public sealed class NewObjectiveModel(PlanStore store, PlanAccess access, TimeProvider clock, GoldenThread.Data.Auditing.AuditTrail audit, GoldenThread.Web.Infrastructure.CurrentUser currentUser) : PageModel
{
    [FromQuery(Name = "theme")]
    public long ThemeId { get; set; }

    public PlanTheme Theme { get; private set; } = null!;

    public IReadOnlyList<StrategicComponent> Components { get; private set; } = [];

    public IReadOnlyList<OfstedRecommendation> Recommendations { get; private set; } = [];

    [BindProperty]
    public string? ObjectiveTitle { get; set; }

    [BindProperty]
    public string? Difference { get; set; }

    [BindProperty]
    public List<long> ComponentIds { get; set; } = [];

    [BindProperty]
    public List<long> RecommendationIds { get; set; } = [];

    public Dictionary<string, string> Errors { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Errors = PlanStructure.ValidateObjective(ObjectiveTitle, Difference);
        if (Errors.Count > 0)
        {
            return Page();
        }

        await using var transaction = await store.Db.Database.BeginTransactionAsync(cancellationToken);
        var (objective, update) = PlanStructure.AddObjective(
            Theme, ObjectiveTitle!, Difference!, Components.Where(c => ComponentIds.Contains(c.Id)), Recommendations.Where(r => RecommendationIds.Contains(r.Id)), access.Actor, clock.GetUtcNow());
        await store.Db.SaveChangesAsync(cancellationToken);
        update.ObjectiveId = objective.Id;
        store.Db.PlanUpdates.Add(update);
        audit.RecordPlanUpdate(currentUser.AuditActor(), update);
        await store.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Notice = $"Objective {objective.Reference} was added.";
        return Redirect(PlanDisplay.ObjectiveHref(objective.Id));
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await store.Db.Set<PlanTheme>().Include(t => t.Objectives).SingleOrDefaultAsync(t => t.Id == ThemeId, cancellationToken) is not { } theme)
        {
            return false;
        }

        Theme = theme;
        Components = await store.Db.Set<StrategicComponent>().Where(c => c.PlanId == theme.PlanId).OrderBy(c => c.Number).ToListAsync(cancellationToken);
        Recommendations = [.. (await store.Db.Set<OfstedRecommendation>().Where(r => r.PlanId == theme.PlanId).ToListAsync(cancellationToken)).OrderBy(r => r.Reference, StringComparer.Ordinal)];
        return true;
    }
}
