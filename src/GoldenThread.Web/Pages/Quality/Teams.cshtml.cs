using GoldenThread.Core.Model;
using GoldenThread.Core.Quality;
using GoldenThread.Data;
using GoldenThread.Web.Quality;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GoldenThread.Web.Pages.Quality;

/// <summary>Quality by team: each team's audits, grades, moderation and actions.</summary>
public sealed class TeamsModel(GoldenThreadDbContext db, QualityAccess access, IOptions<QualitySettings> settings) : PageModel
{
    public sealed record TeamRow(long? TeamId, string Name, LearningSummary Summary, ActionSummary Actions);

    public string ScopeName { get; private set; } = string.Empty;

    public DateOnly Since { get; private set; }

    public IReadOnlyList<TeamRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = access.Today;
        Since = today.AddMonths(-settings.Value.DashboardMonths);
        var teams = await access.TeamIdsAsync(cancellationToken);
        var (_, audits, actions) = await QualityQueries.ProgrammeAsync(db, teams, Since, cancellationToken);
        var units = await db.OrgUnits.AsNoTracking().Where(o => o.Kind == OrgUnitKind.Team).OrderBy(o => o.Name).ToListAsync(cancellationToken);
        var byAudit = actions.ToLookup(a => a.AuditId);
        var tolerance = settings.Value.InadequateTolerancePercent;
        var rows = new List<TeamRow>();
        foreach (var unit in units.Where(u => teams is null || teams.Contains(u.Id)))
        {
            var teamAudits = audits.Where(a => a.TeamId == unit.Id).ToList();
            rows.Add(new TeamRow(unit.Id, unit.Name, LearningSummary.Compute(teamAudits, today, tolerance), ActionSummary.Compute([.. teamAudits.SelectMany(a => byAudit[a.Id])], today)));
        }

        var unallocated = audits.Where(a => a.TeamId is null).ToList();
        if (unallocated.Count > 0)
        {
            rows.Add(new TeamRow(null, "Not allocated to a team", LearningSummary.Compute(unallocated, today, tolerance), ActionSummary.Compute([.. unallocated.SelectMany(a => byAudit[a.Id])], today)));
        }

        Rows = rows;
        ScopeName = await access.ScopeNameAsync(cancellationToken);
    }
}
