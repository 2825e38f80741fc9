using GoldenThread.Core.Quality;
using GoldenThread.Core.Workforce;
using GoldenThread.Data;
using GoldenThread.Web.Quality;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace GoldenThread.Web.Pages.Quality;

/// <summary>
/// "How do you know?": the audit programme's evidence for an inspection, aggregates only: what was audited and how it was
/// chosen (re-drawable), what audits found, what was done about it, supervision, oversight and training.
/// </summary>
public sealed class EvidenceModel(GoldenThreadDbContext db, QualityAccess access, IOptions<QualitySettings> settings) : PageModel
{
    public sealed record RoundEvidence(AuditRound Round, string Population, LearningSummary Summary);

    public string ScopeName { get; private set; } = string.Empty;

    public DateOnly Today { get; private set; }

    public DateOnly Since { get; private set; }

    public IReadOnlyList<RoundEvidence> Rounds { get; private set; } = [];

    public LearningSummary Summary { get; private set; } = null!;

    public ActionSummary Actions { get; private set; } = null!;

    public SupervisionComplianceResult Supervision { get; private set; } = null!;

    public OversightCoverageResult Oversight { get; private set; } = null!;

    public TrainingCompletionFigures? Training { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = access.Today;
        Since = Today.AddMonths(-settings.Value.DashboardMonths);
        var teams = await access.TeamIdsAsync(cancellationToken);
        var (rounds, audits, actions) = await QualityQueries.ProgrammeAsync(db, teams, Since, cancellationToken);
        var tolerance = settings.Value.InadequateTolerancePercent;
        var byRound = audits.ToLookup(a => a.RoundId);
        Rounds = [.. rounds.Select(r => new RoundEvidence(
            r,
            PopulationFilter.TryParse(r.PopulationFilter, out _)?.Describe() ?? r.PopulationFilter,
            LearningSummary.Compute([.. byRound[r.Id]], Today, tolerance)))];
        Summary = LearningSummary.Compute(audits, Today, tolerance);
        Actions = ActionSummary.Compute(actions, Today);
        Supervision = await QualityIndicators.SupervisionAsync(db, teams, Today, settings.Value.SupervisionIntervalDays, cancellationToken);
        (Oversight, _) = await QualityIndicators.OversightAsync(db, teams, Today, settings.Value.OversightIntervalDays, cancellationToken);
        Training = await QualityIndicators.BackToBasicsAsync(db, teams, Today, cancellationToken);
        ScopeName = await access.ScopeNameAsync(cancellationToken);
    }
}
