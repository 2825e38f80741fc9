using System.Globalization;
using GoldenThread.Core.Improvement;
using GoldenThread.Data.Auditing;
using GoldenThread.Web.Improvement;
using GoldenThread.Web.Infrastructure;
using GoldenThread.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages.Plan;

/// <summary>
/// An owner's update on their action (editors may update any action): progress, status, milestones completed, a note for the
/// updates log, and evidence (a note, a link or a file).
/// </summary>
public sealed class UpdateModel(PlanStore store, PlanAccess access, TimeProvider clock, AuditTrail audit, CurrentUser currentUser) : PageModel
{
    public PlanAction Action { get; private set; } = null!;

    [BindProperty]
    public string? Progress { get; set; }

    [BindProperty]
    public ActionStatus? Status { get; set; }

    [BindProperty]
    public List<long> CompletedMilestones { get; set; } = [];

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? EvidenceTitle { get; set; }

    [BindProperty]
    public string? EvidenceNote { get; set; }

    [BindProperty]
    public string? EvidenceLink { get; set; }

    [BindProperty]
    public IFormFile? EvidenceFile { get; set; }

    public long MaxBytes => store.MaxEvidenceBytes;

    public Dictionary<string, string> Errors { get; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is { } result)
        {
            return result;
        }

        Progress = Action.ProgressPercent.ToString(CultureInfo.InvariantCulture);
        Status = Action.Status;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is { } result)
        {
            return result;
        }

        if (!int.TryParse(Progress?.Trim().TrimEnd('%'), NumberStyles.None, CultureInfo.InvariantCulture, out var progress) || progress > 100)
        {
            Errors["progress"] = "Enter progress as a whole number from 0 to 100";
        }

        if (Status is null || !Enum.IsDefined(Status.Value))
        {
            Errors["status"] = "Select the status of the action";
        }

        if (string.IsNullOrWhiteSpace(Note))
        {
            Errors["note"] = "Enter what has happened since the last update";
        }
        else if (Note.Length > 4000)
        {
            Errors["note"] = "The update must be 4000 characters or fewer";
        }

        Uri? link = null;
        if (!string.IsNullOrWhiteSpace(EvidenceLink)
            && (!Uri.TryCreate(EvidenceLink.Trim(), UriKind.Absolute, out link) || (link.Scheme != Uri.UriSchemeHttps && link.Scheme != Uri.UriSchemeHttp)))
        {
            Errors["evidence-link"] = "Enter a link in the correct format, like https://www.example.com";
        }

        byte[]? content = null;
        EvidenceFileType? type = null;
        if (EvidenceFile is { } file)
        {
            if (file.Length > MaxBytes)
            {
                Errors["evidence-file"] = $"The selected file must be smaller than {EvidenceFiles.Size(MaxBytes)}";
            }
            else
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, cancellationToken);
                content = buffer.ToArray();
                var check = EvidenceFiles.Check(file.FileName, content, MaxBytes);
                if (!check.IsAccepted)
                {
                    Errors["evidence-file"] = check.Error!;
                }

                type = check.Type;
            }
        }

        var hasEvidence = EvidenceFile is not null || !string.IsNullOrWhiteSpace(EvidenceLink) || !string.IsNullOrWhiteSpace(EvidenceNote);
        if (hasEvidence && string.IsNullOrWhiteSpace(EvidenceTitle))
        {
            Errors["evidence-title"] = "Enter a title for the evidence";
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var actor = access.Actor;
        var now = clock.GetUtcNow();
        var planId = await store.PlanIdOfThemeAsync(Action.Objective!.ThemeId, cancellationToken);
        var db = store.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // One submission is one entry in the updates log: the progress changes and any evidence added with them.
        var update = PlanEditing.RecordProgress(Action, planId, progress, Status!.Value, Note!, actor, now, store.Today, CompletedMilestones);
        db.PlanUpdates.Add(update);
        var title = EvidenceTitle?.Trim() ?? string.Empty;
        var note = string.IsNullOrWhiteSpace(EvidenceNote) ? null : EvidenceNote.Trim();
        PlanEvidence? fileEvidence = null;
        if (content is not null && type is not null)
        {
            fileEvidence = Evidence(EvidenceKind.File, title, note, actor, now);
            fileEvidence.FileName = Path.GetFileName(EvidenceFile!.FileName);
            fileEvidence.ContentType = type.ContentType;
            fileEvidence.SizeBytes = content.Length;
            update.Changes.AddRange(PlanEditing.AddEvidence(Action, planId, fileEvidence, actor, now).Changes);
        }

        if (link is not null)
        {
            var linkEvidence = Evidence(EvidenceKind.Link, title, content is null ? note : null, actor, now);
            linkEvidence.Url = link.AbsoluteUri;
            update.Changes.AddRange(PlanEditing.AddEvidence(Action, planId, linkEvidence, actor, now).Changes);
        }

        if (content is null && link is null && note is not null)
        {
            update.Changes.AddRange(PlanEditing.AddEvidence(Action, planId, Evidence(EvidenceKind.Note, title, note, actor, now), actor, now).Changes);
        }

        audit.RecordPlanUpdate(currentUser.AuditActor(), update);
        await db.SaveChangesAsync(cancellationToken);
        if (fileEvidence is not null)
        {
            db.PlanEvidenceFiles.Add(new PlanEvidenceFile { EvidenceId = fileEvidence.Id, Content = content! });
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        var view = await store.ViewAsync(store.Today, cancellationToken);
        var rag = view!.Assessment.Actions[Action.Id].Describe();
        Notice = $"Update recorded. Action {Action.Reference} is now {rag}.";
        return Redirect(PlanDisplay.ActionHref(Action.Id));
    }

    private async Task<IActionResult?> FindAsync(long id, CancellationToken cancellationToken)
    {
        if (await store.ActionForChangeAsync(id, cancellationToken) is not { } action)
        {
            return NotFound();
        }

        Action = action;
        return access.MayUpdate(action) ? null : Forbid();
    }

    private static PlanEvidence Evidence(EvidenceKind kind, string title, string? note, PlanActor actor, DateTimeOffset at) => new()
    {
        Kind = kind,
        Title = title,
        Note = note,
        AddedByUserId = actor.UserId,
        AddedByName = actor.Name,
        AddedAt = at,
    };
}
