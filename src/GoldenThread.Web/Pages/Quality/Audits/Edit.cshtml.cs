using GoldenThread.Core.Quality;
using GoldenThread.Data;
using GoldenThread.Web.Infrastructure;
using GoldenThread.Web.Quality;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages.Quality.Audits;

/// <summary>The audit form: each question graded with evidence, the child seen and the child's voice, findings, an overall grade.</summary>
public sealed partial class EditModel(GoldenThreadDbContext db, QualityAccess access, ChildRecordAccessLog accessLog, TimeProvider clock, ILogger<EditModel> logger) : PageModel
{
    public AuditPageData Data { get; private set; } = null!;

    public FormErrors Errors { get; } = [];

    public AuditResponse Given { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        await accessLog.RecordAsync(Data.Audit.ChildId, "audit", cancellationToken);
        var audit = Data.Audit;
        Given = new AuditResponse(
            audit.Answers.ToDictionary(a => a.QuestionId, a => (a.Grade, a.Evidence)),
            audit.AuditorGrade,
            audit.ChildSeen,
            audit.ChildVoice,
            audit.Summary,
            [.. audit.Findings.Select(f => (f.Theme, f.Kind))]);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var form = Request.Form;
        var answers = Data.Questions.ToDictionary(
            q => q.Id,
            q => (Grades.FromSlug(form[$"grade-{q.Id}"]), (string?)form[$"evidence-{q.Id}"].ToString()));
        var findings = form["area"].Select(t => (t!, FindingKind.AreaForDevelopment))
            .Concat(form["strength"].Select(t => (t!, FindingKind.Strength)))
            .ToList();
        Given = new AuditResponse(
            answers,
            Grades.FromSlug(form["overall-grade"]),
            form["child-seen"].ToString() switch { "yes" => true, "no" => false, _ => null },
            form["child-voice"],
            form["summary"],
            findings);
        var now = clock.GetUtcNow();
        if (form["action"] == "save")
        {
            AuditWorkflow.SaveDraft(Data.Audit, Data.Questions, Given, access.UserId, now);
            await db.SaveChangesAsync(cancellationToken);
            return Redirect("/quality/audits");
        }

        foreach (var (field, message) in AuditWorkflow.Validate(Data.Questions, Given))
        {
            Errors.Add(field, message);
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        AuditWorkflow.Submit(Data.Audit, Data.Questions, Given, access.UserId, now);
        await db.SaveChangesAsync(cancellationToken);
        LogSubmitted(logger, id);
        return Redirect($"/quality/audits/{id}?done=submitted");
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await AuditPageData.LoadAsync(db, access, id, cancellationToken) is not { } data)
        {
            return NotFound();
        }

        Data = data;
        if (!string.Equals(data.Audit.AuditorUserId, access.UserId, StringComparison.Ordinal))
        {
            return Forbid();
        }

        return data.Audit.Status is AuditStatus.Assigned or AuditStatus.InProgress ? null : Redirect($"/quality/audits/{id}");
    }

    public (Grade? Grade, string? Evidence) Answer(long questionId) => Given.Answers.TryGetValue(questionId, out var a) ? a : (null, null);

    public bool HasFinding(string theme, FindingKind kind) => Given.Findings.Contains((theme, kind));

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit {AuditId} submitted")]
    private static partial void LogSubmitted(ILogger logger, long auditId);
}
