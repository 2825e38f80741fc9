using GoldenThread.Core.Quality;
using GoldenThread.Data;
using GoldenThread.Web.Quality;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Quality;

/// <summary>Actions raised from audits, overdue first. No child is named here.</summary>
public sealed class ActionsModel(GoldenThreadDbContext db, QualityAccess access) : PageModel
{
    public sealed record Row(AuditAction Action, string For, string Team);

    public QualityAccess Access => access;

    [FromQuery(Name = "show")]
    public string? Show { get; set; }

    public bool ShowAll => Show == "all";

    public DateOnly Today { get; private set; }

    public ActionSummary Summary { get; private set; } = null!;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public string ScopeName { get; private set; } = string.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = access.Today;
        var teams = await access.TeamIdsAsync(cancellationToken);
        var auditIds = QualityQueries.Audits(db, teams).Select(a => a.Id);
        var actions = await db.AuditActions.AsNoTracking().Where(a => auditIds.Contains(a.AuditId)).ToListAsync(cancellationToken);
        Summary = ActionSummary.Compute(actions, Today);
        var workerIds = actions.Where(a => a.WorkerId != null).Select(a => a.WorkerId!.Value).Distinct().ToList();
        var workers = access.MaySeeWorkers
            ? await db.Workers.AsNoTracking().Where(w => workerIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.DisplayName, cancellationToken)
            : [];
        var names = await QualityQueries.TeamNamesAsync(db, cancellationToken);
        Rows = [.. actions
            .Where(a => ShowAll || a.Status == AuditActionStatus.Open)
            .OrderByDescending(a => a.IsOverdueAt(Today)).ThenBy(a => a.Status).ThenBy(a => a.DueDate).ThenBy(a => a.Id)
            .Select(a => new Row(
                a,
                a.WorkerId is { } w ? (access.MaySeeWorkers ? workers.GetValueOrDefault(w, "Unknown worker") : "A worker") : "The team",
                a.TeamId is { } t ? names.GetValueOrDefault(t, "Unknown team") : "Not allocated"))];
        ScopeName = await access.ScopeNameAsync(cancellationToken);
    }
}
