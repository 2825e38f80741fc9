using GoldenThread.Core.Model;
using GoldenThread.Core.Quality;
using GoldenThread.Data;
using GoldenThread.Web.Infrastructure;
using GoldenThread.Web.Quality;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Quality.Oversight;

/// <summary>Management-oversight decisions on a child's record; managers record new ones. Only children in the user's scope.</summary>
public sealed class IndexModel(GoldenThreadDbContext db, QualityAccess access, CurrentUser user, ChildRecordAccessLog accessLog, TimeProvider clock) : PageModel
{
    public Child Child { get; private set; } = null!;

    public IReadOnlyList<ManagementOversightDecision> Decisions { get; private set; } = [];

    public bool MayRecord => access.IsManager;

    public FormErrors Errors { get; } = [];

    public FormDate DecisionDate { get; private set; } = new(null, null, null);

    public string? Decision { get; private set; }

    public FormDate NextReview { get; private set; } = new(null, null, null);

    public bool Recorded { get; private set; }

    public async Task<IActionResult> OnGetAsync(long childId, [FromQuery(Name = "recorded")] bool recorded, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(childId, cancellationToken))
        {
            return NotFound();
        }

        await accessLog.RecordAsync(childId, "management oversight", cancellationToken);
        Recorded = recorded;
        DecisionDate = FormDate.From(access.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long childId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(childId, cancellationToken))
        {
            return NotFound();
        }

        if (!MayRecord)
        {
            return Forbid();
        }

        var form = Request.Form;
        DecisionDate = FormDate.Read(form, "decision-date");
        Decision = form["decision"].ToString().Trim();
        NextReview = FormDate.Read(form, "next-review");
        var date = DecisionDate.Parse("date of the decision", out var dateError);
        if (dateError is not null)
        {
            Errors.Add("decision-date", dateError);
        }
        else if (date > access.Today)
        {
            Errors.Add("decision-date", "The date of the decision must be today or in the past");
        }

        if (string.IsNullOrEmpty(Decision))
        {
            Errors.Add("decision", "Enter the decision and the reasons for it");
        }
        else if (Decision.Length > AuditWorkflow.MaxTextLength)
        {
            Errors.Add("decision", $"The decision must be {AuditWorkflow.MaxTextLength} characters or fewer");
        }

        DateOnly? next = null;
        if (!NextReview.IsEmpty)
        {
            next = NextReview.Parse("next review date", out var nextError);
            if (nextError is not null)
            {
                Errors.Add("next-review", nextError);
            }
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        db.ManagementOversightDecisions.Add(new ManagementOversightDecision
        {
            ChildId = childId,
            DecisionDate = date!.Value,
            Decision = Decision!,
            NextReviewDate = next,
            RecordedByUserId = access.UserId,
            RecordedByName = access.DisplayName,
            RecordedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/quality/oversight/{childId}?recorded=true");
    }

    private async Task<bool> LoadAsync(long childId, CancellationToken cancellationToken)
    {
        var scope = user.Scope.ChildIds(db.Sources(), access.Today);
        var query = db.Children.AsNoTracking().Where(c => c.Id == childId);
        if (scope is not null)
        {
            query = query.Where(c => scope.Contains(c.Id));
        }

        if (await query.SingleOrDefaultAsync(cancellationToken) is not { } child)
        {
            return false;
        }

        Child = child;
        Decisions = await db.ManagementOversightDecisions.AsNoTracking().Where(d => d.ChildId == childId)
            .OrderByDescending(d => d.DecisionDate).ThenByDescending(d => d.Id).ToListAsync(cancellationToken);
        return true;
    }
}
