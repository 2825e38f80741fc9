using System.Globalization;
using GoldenThread.Core.Quality;
using GoldenThread.Data;
using GoldenThread.Web.Quality;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages.Quality.Audits;

/// <summary>Raise an action from an audit, for the worker or the team, optionally serving an improvement plan objective.</summary>
public sealed class NewActionModel(GoldenThreadDbContext db, QualityAccess access, TimeProvider clock) : PageModel
{
    public AuditPageData Data { get; private set; } = null!;

    public FormErrors Errors { get; } = [];

    public string? Description { get; private set; }

    public string? For { get; private set; }

    public FormDate DueDate { get; private set; } = new(null, null, null);

    public string? Objective { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        For = Data.Audit.WorkerId is null ? "team" : "worker";
        DueDate = FormDate.From(access.Today.AddDays(28));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var form = Request.Form;
        Description = form["description"].ToString().Trim();
        For = form["for"];
        DueDate = FormDate.Read(form, "due-date");
        Objective = form["objective"].ToString().Trim();
        if (string.IsNullOrEmpty(Description))
        {
            Errors.Add("description", "Enter what needs to be done");
        }
        else if (Description.Length > 2000)
        {
            Errors.Add("description", "The action must be 2000 characters or fewer");
        }

        if (For is not ("worker" or "team") || (For == "worker" && Data.Audit.WorkerId is null))
        {
            Errors.Add("for", "Select who the action is for");
        }

        var due = DueDate.Parse("due date", out var dueError);
        if (dueError is not null)
        {
            Errors.Add("due-date", dueError);
        }

        long? objective = null;
        if (!string.IsNullOrEmpty(Objective))
        {
            if (long.TryParse(Objective, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
            {
                objective = value;
            }
            else
            {
                Errors.Add("objective", "Improvement plan objective must be a whole number, or leave it blank");
            }
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        db.AuditActions.Add(new AuditAction
        {
            AuditId = id,
            Description = Description!,
            WorkerId = For == "worker" ? Data.Audit.WorkerId : null,
            TeamId = Data.Audit.TeamId,
            DueDate = due!.Value,
            ImprovementObjectiveId = objective,
            Status = AuditActionStatus.Open,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = access.DisplayName,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/quality/audits/{id}?done=action");
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await AuditPageData.LoadAsync(db, access, id, cancellationToken) is not { } data)
        {
            return NotFound();
        }

        Data = data;
        var mine = string.Equals(data.Audit.AuditorUserId, access.UserId, StringComparison.Ordinal);
        var allowed = data.Audit.IsCompleted && data.Audit.Status != AuditStatus.Closed && (mine || access.IsModerator || access.IsManager);
        return allowed ? null : Forbid();
    }
}
