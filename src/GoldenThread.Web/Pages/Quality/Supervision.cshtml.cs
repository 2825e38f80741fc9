using GoldenThread.Core.Quality;
using GoldenThread.Data;
using GoldenThread.Web.Quality;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GoldenThread.Web.Pages.Quality;

/// <summary>Supervision against the interval setting, and management oversight of open cases, by team.</summary>
public sealed class SupervisionModel(GoldenThreadDbContext db, QualityAccess access, IOptions<QualitySettings> settings) : PageModel
{
    public sealed record TeamRow(string Team, Proportion WorkersInDate, Proportion GapsWithinInterval, Proportion Oversight);

    public QualityAccess Access => access;

    public string ScopeName { get; private set; } = string.Empty;

    public SupervisionComplianceResult Supervision { get; private set; } = null!;

    public OversightCoverageResult Oversight { get; private set; } = null!;

    public IReadOnlyList<TeamRow> Teams { get; private set; } = [];

    public IReadOnlyDictionary<long, string> TeamNames { get; private set; } = new Dictionary<long, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = access.Today;
        var teams = await access.TeamIdsAsync(cancellationToken);
        Supervision = await QualityIndicators.SupervisionAsync(db, teams, today, settings.Value.SupervisionIntervalDays, cancellationToken);
        var (oversight, childrenByTeam) = await QualityIndicators.OversightAsync(db, teams, today, settings.Value.OversightIntervalDays, cancellationToken);
        Oversight = oversight;

        TeamNames = await QualityQueries.TeamNamesAsync(db, cancellationToken);
        var oversightByChild = Oversight.Children.ToDictionary(c => c.ChildId);
        var workersByTeam = Supervision.Workers.ToLookup(w => w.Worker.TeamId);
        var teamIds = workersByTeam.Select(g => g.Key).Union(childrenByTeam.Select(g => g.Key)).ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(o => teamIds.Contains(o.Id)).OrderBy(o => o.Name).ToListAsync(cancellationToken);
        Teams = [.. units.Select(u =>
        {
            var rows = workersByTeam[u.Id].ToList();
            var gaps = rows.SelectMany(r => r.Gaps).ToList();
            var children = childrenByTeam[u.Id].Distinct().ToList();
            return new TeamRow(
                u.Name,
                new Proportion(rows.Count(r => r.InDate), rows.Count),
                new Proportion(gaps.Count(g => g.Days <= Supervision.IntervalDays), gaps.Count),
                new Proportion(children.Count(c => oversightByChild[c].InDate), children.Count));
        })];
        ScopeName = await access.ScopeNameAsync(cancellationToken);
    }
}
