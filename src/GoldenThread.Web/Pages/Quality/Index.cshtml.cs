using GoldenThread.Core.Quality;
using GoldenThread.Data;
using GoldenThread.Web.Quality;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace GoldenThread.Web.Pages.Quality;

/// <summary>The quality-assurance overview: audits planned and done, grades, moderation and overdue actions.</summary>
public sealed class IndexModel(GoldenThreadDbContext db, QualityAccess access, IOptions<QualitySettings> settings) : PageModel
{
    public sealed record RoundRow(AuditRound Round, LearningSummary Summary);

    public QualityAccess Access => access;

    public string ScopeName { get; private set; } = string.Empty;

    public DateOnly Today { get; private set; }

    public DateOnly Since { get; private set; }

    public LearningSummary Summary { get; private set; } = null!;

    public ActionSummary Actions { get; private set; } = null!;

    public IReadOnlyList<RoundRow> Rounds { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = access.Today;
        Since = Today.AddMonths(-settings.Value.DashboardMonths);
        var teams = await access.TeamIdsAsync(cancellationToken);
        var (rounds, audits, actions) = await QualityQueries.ProgrammeAsync(db, teams, Since, cancellationToken);
        var tolerance = settings.Value.InadequateTolerancePercent;
        Summary = LearningSummary.Compute(audits, Today, tolerance);
        Actions = ActionSummary.Compute(actions, Today);
        var byRound = audits.ToLookup(a => a.RoundId);
        Rounds = [.. rounds.Select(r => new RoundRow(r, LearningSummary.Compute([.. byRound[r.Id]], Today, tolerance)))];
        ScopeName = await access.ScopeNameAsync(cancellationToken);
    }
}
