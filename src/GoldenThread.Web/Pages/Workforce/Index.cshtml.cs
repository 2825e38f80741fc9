using GoldenThread.Core.Caseload;
using GoldenThread.Core.Model;
using GoldenThread.Core.Workforce;
using GoldenThread.Data;
using GoldenThread.Web.Infrastructure;
using GoldenThread.Web.Quality;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Workforce;

/// <summary>
/// The workforce at a date: caseloads, agency share, vacancies against establishment, starters, leavers and turnover in
/// the census year, and "Back to basics" completion. Lead Members see teams, not people.
/// </summary>
public sealed class IndexModel(GoldenThreadDbContext db, QualityAccess access, IConfiguration configuration) : PageModel
{
    /// <summary>One workforce measure: the local figure beside DfE's published children's social work workforce figures.</summary>
    public sealed record PublishedComparison(string Name, string Local, GoldenThread.Core.Published.PublishedMeasure Measure, GoldenThread.Core.Published.Benchmark Benchmark);

    public IReadOnlyList<PublishedComparison> Published { get; private set; } = [];

    public sealed record TeamRow(string Name, TeamWorkforce Figures, TeamTrainingCompletion? Training);

    [FromQuery(Name = "date")]
    public string? DateText { get; set; }

    [FromQuery(Name = "date-day")]
    public string? Day { get; set; }

    [FromQuery(Name = "date-month")]
    public string? Month { get; set; }

    [FromQuery(Name = "date-year")]
    public string? Year { get; set; }

    public QualityAccess Access => access;

    public DateOnly AsAt { get; private set; }

    public string? DateError { get; private set; }

    public string ScopeName { get; private set; } = string.Empty;

    public IReadOnlyList<TeamRow> Teams { get; private set; } = [];

    public TeamWorkforce Total { get; private set; } = null!;

    public CensusYearFigures Census { get; private set; } = null!;

    public TrainingCompletionFigures? Training { get; private set; }

    public IReadOnlyList<(WorkerCaseload Caseload, string Team)> Caseloads { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        AsAtDate.TryRead(DateText, Day, Month, Year, access.Today, out var asAt, out var error);
        AsAt = asAt;
        DateError = error;
        var teams = await access.TeamIdsAsync(cancellationToken);
        var units = await db.OrgUnits.AsNoTracking().Where(o => o.Kind == OrgUnitKind.Team).OrderBy(o => o.Name).ToListAsync(cancellationToken);
        units = [.. units.Where(u => teams is null || teams.Contains(u.Id))];
        var workerQuery = db.Workers.AsNoTracking();
        if (teams is not null)
        {
            var list = teams.ToList();
            workerQuery = workerQuery.Where(w => list.Contains(w.TeamId));
        }

        var workers = await workerQuery.ToListAsync(cancellationToken);
        var workerIds = workers.Select(w => w.Id).ToList();
        var allocations = await db.Allocations.AsNoTracking().Where(CaseloadRules.AllocationCurrentAt(AsAt)).Where(a => workerIds.Contains(a.WorkerId)).ToListAsync(cancellationToken);
        var establishments = await db.TeamEstablishments.AsNoTracking().ToListAsync(cancellationToken);
        var figures = WorkforceFigures.Teams(units.Select(u => u.Id), workers, allocations, establishments, AsAt).ToDictionary(f => f.TeamId);
        Training = await QualityIndicators.BackToBasicsAsync(db, teams, AsAt, cancellationToken);
        var training = Training?.ByTeam.ToDictionary(t => t.TeamId);
        Teams = [.. units.Select(u => new TeamRow(u.Name, figures[u.Id], training?.GetValueOrDefault(u.Id)))];
        Total = WorkforceFigures.Total([.. figures.Values]);
        Census = WorkforceFigures.CensusYear(workers, WorkforceFigures.LatestCensusYear(AsAt));
        Published = await PublishedComparisonsAsync(cancellationToken);
        if (access.MaySeeWorkers)
        {
            var names = units.ToDictionary(u => u.Id, u => u.Name);
            Caseloads = [.. WorkforceFigures.Caseloads(workers, allocations, AsAt)
                .OrderByDescending(c => c.CasesPerFte ?? 0m).ThenBy(c => c.Worker.DisplayName, StringComparer.Ordinal)
                .Select(c => (c, names.GetValueOrDefault(c.Worker.TeamId, "–")))];
        }

        ScopeName = await access.ScopeNameAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<PublishedComparison>> PublishedComparisonsAsync(CancellationToken cancellationToken)
    {
        var store = new GoldenThread.Data.Published.PublishedStatisticsStore(db);
        var authority = GoldenThread.Web.Indicators.BenchmarkService.AuthorityCode(configuration);
        var rows = new List<PublishedComparison>();
        foreach (var (code, name, local, polarity) in new (string, string, string, GoldenThread.Core.Published.Polarity)[]
        {
            ("workforce_caseload", "Cases per case-holding FTE", QualityDisplay.Number(Total.CasesPerFte), GoldenThread.Core.Published.Polarity.LowerIsBetter),
            ("workforce_agency_rate", "Agency workers (share of FTE)", QualityDisplay.Percent(Total.AgencyShare), GoldenThread.Core.Published.Polarity.LowerIsBetter),
            ("workforce_vacancy_rate", "Vacancy rate", QualityDisplay.Percent(Total.VacancyRate), GoldenThread.Core.Published.Polarity.LowerIsBetter),
            ("workforce_turnover_rate", "Turnover rate", QualityDisplay.Percent(Census.TurnoverRate), GoldenThread.Core.Published.Polarity.LowerIsBetter),
        })
        {
            if (GoldenThread.Core.Published.PublishedMeasures.Find(code) is { } measure
                && await store.BenchmarkAsync(authority, measure, polarity, cancellationToken: cancellationToken) is { } benchmark)
            {
                rows.Add(new PublishedComparison(name, local, measure, benchmark));
            }
        }

        return rows;
    }
}
