using GoldenThread.Core.Quality;
using GoldenThread.Data;
using GoldenThread.Web.Infrastructure;
using GoldenThread.Web.Quality;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Quality.Audits;

/// <summary>One audit: grades and evidence, moderation (both grades), findings and actions. Opening it is logged.</summary>
public sealed class DetailModel(GoldenThreadDbContext db, QualityAccess access, ChildRecordAccessLog accessLog, TimeProvider clock) : PageModel
{
    public AuditPageData Data { get; private set; } = null!;

    public IReadOnlyList<(AuditAction Action, string For)> Actions { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public bool CanEdit { get; private set; }

    public bool CanModerate { get; private set; }

    public bool CanClose { get; private set; }

    public bool CanRaiseAction { get; private set; }

    public bool CanCompleteActions { get; private set; }

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, [FromQuery(Name = "done")] string? done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await accessLog.RecordAsync(Data.Audit.ChildId, "audit", cancellationToken);
        Notice = done switch
        {
            "submitted" => "Audit submitted. It will be moderated next.",
            "moderated" => "Moderation recorded. Both grades are kept.",
            "action" => "Action raised.",
            "closed" => "Audit closed.",
            "action-done" => "Action marked as done.",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostCloseAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanClose)
        {
            return Forbid();
        }

        AuditWorkflow.Close(Data.Audit, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/quality/audits/{id}?done=closed");
    }

    public async Task<IActionResult> OnPostCompleteActionAsync(long id, long actionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var action = await db.AuditActions.SingleOrDefaultAsync(a => a.Id == actionId && a.AuditId == id, cancellationToken);
        if (action is null)
        {
            return NotFound();
        }

        if (!CanCompleteActions)
        {
            return Forbid();
        }

        if (action.Status == AuditActionStatus.Open)
        {
            action.Status = AuditActionStatus.Done;
            action.CompletedOn = Today;
            await db.SaveChangesAsync(cancellationToken);
        }

        return Redirect($"/quality/audits/{id}?done=action-done");
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await AuditPageData.LoadAsync(db, access, id, cancellationToken) is not { } data)
        {
            return false;
        }

        Data = data;
        Today = access.Today;
        var audit = data.Audit;
        var mine = string.Equals(audit.AuditorUserId, access.UserId, StringComparison.Ordinal);
        CanEdit = mine && audit.Status is AuditStatus.Assigned or AuditStatus.InProgress;
        CanModerate = await access.MayModerateAsync(audit, cancellationToken);
        CanClose = audit.Status == AuditStatus.Moderated && (mine || access.IsModerator);
        CanRaiseAction = audit.IsCompleted && audit.Status != AuditStatus.Closed && (mine || access.IsModerator || access.IsManager);
        CanCompleteActions = mine || access.IsModerator || access.IsManager;
        var actions = await db.AuditActions.AsNoTracking().Where(a => a.AuditId == id).OrderBy(a => a.DueDate).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var workerIds = actions.Where(a => a.WorkerId != null).Select(a => a.WorkerId!.Value).ToList();
        var workers = await db.Workers.AsNoTracking().Where(w => workerIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.DisplayName, cancellationToken);
        Actions = [.. actions.Select(a => (a, a.WorkerId is { } w ? workers.GetValueOrDefault(w, "Unknown worker") : data.Team))];
        return true;
    }
}
