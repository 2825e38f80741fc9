using GoldenThread.Core.Quality;
using GoldenThread.Data;
using GoldenThread.Web.Quality;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Quality.Audits;

/// <summary>An auditor's own audits, audits waiting for moderation, and for managers the audits of their teams' cases.</summary>
public sealed class IndexModel(GoldenThreadDbContext db, QualityAccess access) : PageModel
{
    public const int RecentLimit = 100;

    public sealed record Row(Audit Audit, string ChildName, string LaChildId, string Round, string Team);

    public QualityAccess Access => access;

    public DateOnly Today { get; private set; }

    public IReadOnlyList<Row> Mine { get; private set; } = [];

    public IReadOnlyList<Row> ToModerate { get; private set; } = [];

    public IReadOnlyList<Row> InScope { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = access.Today;
        var teams = await access.TeamIdsAsync(cancellationToken);
        var scoped = QualityQueries.Audits(db, teams);
        if (access.IsAuditor)
        {
            var me = access.UserId;
            Mine = await RowsAsync(db.Audits.AsNoTracking().Where(a => a.AuditorUserId == me && a.Status != AuditStatus.Closed).OrderBy(a => a.DueDate).ThenBy(a => a.Id), cancellationToken);
        }

        if (access.IsModerator)
        {
            var me = access.UserId;
            ToModerate = await RowsAsync(scoped.Where(a => a.Status == AuditStatus.Submitted && a.AuditorUserId != me).OrderBy(a => a.RoundId).ThenBy(a => a.DrawPosition), cancellationToken);
        }

        if (!access.IsAuditor)
        {
            InScope = await RowsAsync(scoped.OrderByDescending(a => a.RoundId).ThenBy(a => a.DrawPosition).Take(RecentLimit), cancellationToken);
        }
    }

    private async Task<List<Row>> RowsAsync(IQueryable<Audit> query, CancellationToken cancellationToken)
    {
        var audits = await query.ToListAsync(cancellationToken);
        var childIds = audits.Select(a => a.ChildId).Distinct().ToList();
        var children = await db.Children.AsNoTracking().Where(c => childIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var roundIds = audits.Select(a => a.RoundId).Distinct().ToList();
        var rounds = await db.AuditRounds.AsNoTracking().Where(r => roundIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        var teams = await QualityQueries.TeamNamesAsync(db, cancellationToken);
        return [.. audits.Select(a => new Row(
            a,
            children[a.ChildId].DisplayName,
            children[a.ChildId].LaChildId,
            rounds[a.RoundId],
            a.TeamId is { } t ? teams.GetValueOrDefault(t, "Unknown team") : "Not allocated"))];
    }
}
