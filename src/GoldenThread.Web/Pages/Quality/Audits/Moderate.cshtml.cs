using GoldenThread.Core.Quality;
using GoldenThread.Data;
using GoldenThread.Web.Infrastructure;
using GoldenThread.Web.Quality;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages.Quality.Audits;

/// <summary>Moderation: a moderator other than the auditor agrees the grade or changes it with a reason; both grades are kept.</summary>
public sealed partial class ModerateModel(GoldenThreadDbContext db, QualityAccess access, ChildRecordAccessLog accessLog, TimeProvider clock, ILogger<ModerateModel> logger) : PageModel
{
    public AuditPageData Data { get; private set; } = null!;

    public FormErrors Errors { get; } = [];

    public Grade? Grade { get; private set; }

    public string? Reason { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        await accessLog.RecordAsync(Data.Audit.ChildId, "audit moderation", cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Grade = Grades.FromSlug(Request.Form["moderated-grade"]);
        Reason = Request.Form["reason"];
        if (AuditWorkflow.ValidateModeration(Data.Audit, Grade, Reason) is { } problem)
        {
            Errors.Add(Grade is null ? "moderated-grade" : "reason", problem);
            return Page();
        }

        AuditWorkflow.Moderate(Data.Audit, Grade, Reason, access.UserId, access.DisplayName, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        LogModerated(logger, id, Data.Audit.ModeratedGrade != Data.Audit.AuditorGrade);
        return Redirect($"/quality/audits/{id}?done=moderated");
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await AuditPageData.LoadAsync(db, access, id, cancellationToken) is not { } data)
        {
            return NotFound();
        }

        Data = data;
        if (string.Equals(data.Audit.AuditorUserId, access.UserId, StringComparison.Ordinal))
        {
            return Forbid();
        }

        return data.Audit.Status == AuditStatus.Submitted ? null : Redirect($"/quality/audits/{id}");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit {AuditId} moderated; grade changed: {Changed}")]
    private static partial void LogModerated(ILogger logger, long auditId, bool changed);
}
