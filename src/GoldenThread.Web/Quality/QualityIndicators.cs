using GoldenThread.Core.Caseload;
using GoldenThread.Core.Quality;
using GoldenThread.Core.Workforce;
using GoldenThread.Data;
using GoldenThread.Data.Quality;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Quality;

/// <summary>Loads what the supervision, oversight and training figures need for a set of teams (null: all) and runs the core rules.</summary>
public static class QualityIndicators
{
    public static async Task<SupervisionComplianceResult> SupervisionAsync(GoldenThreadDbContext db, IReadOnlySet<long>? teams, DateOnly today, int intervalDays, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var workers = db.Workers.AsNoTracking();
        if (teams is not null)
        {
            var list = teams.ToList();
            workers = workers.Where(w => list.Contains(w.TeamId));
        }

        var loaded = await workers.ToListAsync(cancellationToken);
        var ids = loaded.Select(w => w.Id).ToList();
        var supervisions = await db.SupervisionRecords.AsNoTracking().Where(s => ids.Contains(s.WorkerId) && s.SupervisionDate <= today).ToListAsync(cancellationToken);
        return SupervisionCompliance.Compute(loaded, supervisions, today, intervalDays);
    }

    /// <summary>Oversight of the open cases (current allocations), with the team holding each.</summary>
    public static async Task<(OversightCoverageResult Result, ILookup<long, long> ChildrenByTeam)> OversightAsync(
        GoldenThreadDbContext db, IReadOnlySet<long>? teams, DateOnly today, int intervalDays, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var allocations = db.Allocations.AsNoTracking().Where(CaseloadRules.AllocationCurrentAt(today));
        if (teams is not null)
        {
            var list = teams.ToList();
            allocations = allocations.Where(a => list.Contains(a.TeamId));
        }

        var open = await allocations.Select(a => new { a.ChildId, a.TeamId }).ToListAsync(cancellationToken);
        var childIds = open.Select(o => o.ChildId).Distinct().ToList();
        var decisions = await db.ManagementOversightDecisions.AsNoTracking().Where(d => childIds.Contains(d.ChildId) && d.DecisionDate <= today).ToListAsync(cancellationToken);
        var since = today.AddDays(-intervalDays);
        var discussions = await db.SupervisionRecords.AsNoTracking().Where(s => s.SupervisionDate >= since && s.SupervisionDate <= today).ToListAsync(cancellationToken);
        return (ManagementOversight.Compute(childIds, decisions, discussions, today, intervalDays), open.ToLookup(o => o.TeamId, o => o.ChildId));
    }

    /// <summary>"Back to basics" completion, or null when the programme is not set up.</summary>
    public static async Task<TrainingCompletionFigures?> BackToBasicsAsync(GoldenThreadDbContext db, IReadOnlySet<long>? teams, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.TrainingProgrammes.AsNoTracking().SingleOrDefaultAsync(p => p.Code == QualityDemo.BackToBasicsCode, cancellationToken) is not { } programme)
        {
            return null;
        }

        var workers = db.Workers.AsNoTracking();
        if (teams is not null)
        {
            var list = teams.ToList();
            workers = workers.Where(w => list.Contains(w.TeamId));
        }

        var completions = await db.TrainingCompletions.AsNoTracking().Where(c => c.ProgrammeId == programme.Id).ToListAsync(cancellationToken);
        return TrainingFigures.Compute(programme, await workers.ToListAsync(cancellationToken), completions, today);
    }
}
