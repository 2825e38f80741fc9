using GoldenThread.Core.Quality;
using GoldenThread.Data;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Quality;

/// <summary>The audits, rounds and actions a person sees, loaded for the core calculations.</summary>
public static class QualityQueries
{
    /// <summary>Audits within the teams (null: all), without tracking.</summary>
    public static IQueryable<Audit> Audits(GoldenThreadDbContext db, IReadOnlySet<long>? teams)
    {
        ArgumentNullException.ThrowIfNull(db);
        var audits = db.Audits.AsNoTracking();
        if (teams is null)
        {
            return audits;
        }

        var list = teams.ToList();
        return audits.Where(a => a.TeamId != null && list.Contains(a.TeamId.Value));
    }

    /// <summary>The rounds dated on or after <paramref name="since"/>, newest first, with the audits in scope (findings loaded) and their actions.</summary>
    public static async Task<(List<AuditRound> Rounds, List<Audit> Audits, List<AuditAction> Actions)> ProgrammeAsync(
        GoldenThreadDbContext db, IReadOnlySet<long>? teams, DateOnly since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rounds = await db.AuditRounds.AsNoTracking().Where(r => r.PopulationDate >= since)
            .OrderByDescending(r => r.PopulationDate).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);
        var roundIds = rounds.Select(r => r.Id).ToList();
        var audits = await Audits(db, teams).Where(a => roundIds.Contains(a.RoundId)).Include(a => a.Findings).ToListAsync(cancellationToken);
        var auditIds = audits.Select(a => a.Id).ToList();
        var actions = await db.AuditActions.AsNoTracking().Where(a => auditIds.Contains(a.AuditId)).ToListAsync(cancellationToken);
        return (rounds, audits, actions);
    }

    public static async Task<Dictionary<long, string>> TeamNamesAsync(GoldenThreadDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.OrgUnits.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
    }
}
