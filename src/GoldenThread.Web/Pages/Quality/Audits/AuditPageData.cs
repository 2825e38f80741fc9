using GoldenThread.Core.Model;
using GoldenThread.Core.Quality;
using GoldenThread.Data;
using GoldenThread.Web.Quality;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Quality.Audits;

/// <summary>An audit with what its pages show beside it: the round, the questions, the child, team and worker.</summary>
public sealed record AuditPageData(
    Audit Audit,
    AuditRound Round,
    IReadOnlyList<AuditQuestion> Questions,
    Child Child,
    string Team,
    string? Worker)
{
    /// <summary>Loads an audit the person may open, tracked so handlers can change it; null when missing or out of scope.</summary>
    public static async Task<AuditPageData?> LoadAsync(GoldenThreadDbContext db, QualityAccess access, long id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(access);
        var audit = await db.Audits.Include(a => a.Answers).Include(a => a.Findings).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (audit is null || !await access.MayOpenAsync(audit, cancellationToken))
        {
            return null;
        }

        var round = await db.AuditRounds.AsNoTracking().SingleAsync(r => r.Id == audit.RoundId, cancellationToken);
        var questions = await db.AuditQuestions.AsNoTracking().Where(q => q.TemplateId == round.TemplateId).OrderBy(q => q.Position).ThenBy(q => q.Id).ToListAsync(cancellationToken);
        var child = await db.Children.AsNoTracking().SingleAsync(c => c.Id == audit.ChildId, cancellationToken);
        var team = audit.TeamId is { } t ? await db.OrgUnits.Where(o => o.Id == t).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken) : null;
        var worker = audit.WorkerId is { } w ? await db.Workers.Where(x => x.Id == w).Select(x => x.DisplayName).SingleOrDefaultAsync(cancellationToken) : null;
        return new AuditPageData(audit, round, questions, child, team ?? "Not allocated", worker);
    }
}
