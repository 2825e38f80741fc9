using GoldenThread.Core.Model;
using GoldenThread.Core.Workforce;

namespace GoldenThread.Core.Tests.Workforce;

public sealed class WorkforceFiguresTests
{
    private static readonly DateOnly Date = new(2025, 3, 31);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static Worker W(long id, long team, WorkerRole role, decimal fte, bool agency = false, bool caseHolding = true, DateOnly? start = null, DateOnly? left = null) => new()
    {
        Id = id,
        StaffId = $"W{id}",
        DisplayName = $"Worker {id}",
        JobTitle = role.ToString(),
        Role = role,
        Fte = fte,
        IsAgency = agency,
        IsCaseHolding = caseHolding,
        TeamId = team,
        StartDate = start ?? D(2020, 1, 1),
        LeavingDate = left,
    };

    private const long T1 = 10;
    private const long T2 = 20;

    private static readonly Worker[] Workers =
    [
        W(1, T1, WorkerRole.SocialWorker, 1.0m),
        W(2, T1, WorkerRole.SocialWorker, 0.5m),
        W(3, T1, WorkerRole.SocialWorker, 1.0m, agency: true),
        W(4, T1, WorkerRole.TeamManager, 1.0m, caseHolding: false),
        W(5, T1, WorkerRole.SocialWorker, 1.0m, left: D(2025, 3, 1)),
        W(6, T2, WorkerRole.PersonalAdviser, 0.5m),
        W(7, T2, WorkerRole.SocialWorker, 1.0m),
    ];

    private static List<Allocation> Allocations()
    {
        var list = new List<Allocation>();
        long id = 100;
        void Add(long worker, long child, DateOnly start, DateOnly? end = null) =>
            list.Add(new Allocation { Id = id++, WorkerId = worker, ChildId = child, TeamId = worker == 6 || worker == 7 ? T2 : T1, StartDate = start, EndDate = end });

        // W1: children 1, 2, 3 (child 3 twice), one ended before the date, one starting after it.
        Add(1, 1, D(2024, 1, 1));
        Add(1, 2, D(2024, 6, 1), D(2025, 3, 31));
        Add(1, 3, D(2025, 1, 1));
        Add(1, 3, D(2025, 2, 1));
        Add(1, 4, D(2024, 1, 1), D(2025, 3, 30));
        Add(1, 5, D(2025, 4, 1));

        // W2: 2; W3 (agency): 4; W5 left but still has a case: not counted; W6: 3; W7: none.
        Add(2, 10, D(2024, 1, 1));
        Add(2, 11, D(2024, 1, 1));
        foreach (var child in new long[] { 20, 21, 22, 23 })
        {
            Add(3, child, D(2024, 9, 1));
        }

        Add(5, 30, D(2024, 1, 1));
        foreach (var child in new long[] { 40, 41, 42 })
        {
            Add(6, child, D(2024, 1, 1));
        }

        return list;
    }

    private static readonly TeamEstablishment[] Establishments =
    [
        new() { Id = 1, TeamId = T1, EffectiveFrom = D(2023, 4, 1), Fte = 3.0m },
        new() { Id = 2, TeamId = T1, EffectiveFrom = D(2024, 4, 1), Fte = 4.0m },
        new() { Id = 3, TeamId = T1, EffectiveFrom = D(2025, 4, 1), Fte = 6.0m },
    ];

    [Fact]
    public void Caseloads_per_worker_are_current_allocations_over_FTE()
    {
        var rows = WorkforceFigures.Caseloads(Workers, Allocations(), Date);
        Assert.Equal(
            [(1L, 3, (decimal?)3m), (2L, 2, 4m), (3L, 4, 4m), (6L, 3, 6m), (7L, 0, 0m)],
            rows.Select(r => (r.Worker.Id, r.Cases, r.CasesPerFte)));
    }

    [Fact]
    public void Team_figures_are_exact_caseload_agency_share_and_vacancies()
    {
        var teams = WorkforceFigures.Teams([T2, T1], Workers, Allocations(), Establishments, Date);

        // T1: W1, W2, W3 hold cases: 2.5 FTE, 9 cases = 3.6 a head; agency 1.0 = 40%.
        // Establishment 4.0 (from 1 April 2024); permanent 1.5; vacancies 2.5; rate 2.5 ÷ 4.0.
        var t1 = teams.Single(t => t.TeamId == T1);
        Assert.Equal((3, 2.5m, 9, (decimal?)3.6m, 1.0m, (decimal?)0.4m), (t1.CaseHoldingWorkers, t1.CaseHoldingFte, t1.Cases, t1.CasesPerFte, t1.AgencyFte, t1.AgencyShare));
        Assert.Equal(((decimal?)4.0m, 1.5m, (decimal?)2.5m, (decimal?)0.625m), (t1.EstablishmentFte, t1.PermanentFte, t1.VacancyFte, t1.VacancyRate));

        // T2: W6 (personal adviser) and W7: 1.5 FTE, 3 cases = 2 a head; no establishment recorded.
        var t2 = teams.Single(t => t.TeamId == T2);
        Assert.Equal((2, 1.5m, 3, (decimal?)2m, 0m, (decimal?)0m), (t2.CaseHoldingWorkers, t2.CaseHoldingFte, t2.Cases, t2.CasesPerFte, t2.AgencyFte, t2.AgencyShare));
        Assert.Null(t2.EstablishmentFte);
        Assert.Null(t2.VacancyFte);

        // Authority: 4.0 FTE, 12 cases = 3 a head; agency 25%; vacancies over the teams with an establishment.
        var total = WorkforceFigures.Total(teams);
        Assert.Equal((5, 4.0m, 12, (decimal?)3m, (decimal?)0.25m), (total.CaseHoldingWorkers, total.CaseHoldingFte, total.Cases, total.CasesPerFte, total.AgencyShare));
        Assert.Equal(((decimal?)4.0m, (decimal?)2.5m, (decimal?)0.625m), (total.EstablishmentFte, total.VacancyFte, total.VacancyRate));
    }

    [Fact]
    public void A_team_staffed_beyond_its_establishment_has_no_vacancies()
    {
        var teams = WorkforceFigures.Teams([T1], Workers, Allocations(), [new TeamEstablishment { TeamId = T1, EffectiveFrom = D(2020, 1, 1), Fte = 1.0m }], Date);
        Assert.Equal(((decimal?)0m, (decimal?)0m), (teams[0].VacancyFte, teams[0].VacancyRate));
    }

    [Fact]
    public void The_census_year_counts_starters_leavers_and_turnover_as_the_DfE_defines_them()
    {
        var workers = new[]
        {
            W(1, T1, WorkerRole.SocialWorker, 1.0m),
            W(2, T1, WorkerRole.SeniorPractitioner, 0.5m, start: D(2024, 10, 1)),
            W(3, T1, WorkerRole.SocialWorker, 0.5m, left: D(2025, 9, 30)),
            W(4, T1, WorkerRole.SocialWorker, 0.8m, left: D(2024, 9, 30)),
            W(5, T1, WorkerRole.TeamManager, 1.0m, caseHolding: false, start: D(2025, 10, 1)),
            W(6, T1, WorkerRole.SocialWorker, 0.5m, agency: true, start: D(2025, 1, 6)),
            W(7, T2, WorkerRole.PersonalAdviser, 1.0m, left: D(2025, 1, 15)),
            W(8, T1, WorkerRole.ServiceManager, 1.0m, caseHolding: false, left: D(2025, 3, 1)),
        };

        // Year to 30 September 2025: starter W2 (0.5); leavers W3 and W8 (1.5); in post at 30 September W1, W2, W3 (2.0).
        // W4 left the day before the year; W5 starts the day after; W6 is agency; W7 is a personal adviser.
        var census = WorkforceFigures.CensusYear(workers, 2025);
        Assert.Equal((D(2024, 10, 1), D(2025, 9, 30)), (census.From, census.To));
        Assert.Equal((1, 0.5m, 2, 1.5m, 3, 2.0m, 0.5m), (census.Starters, census.StartersFte, census.Leavers, census.LeaversFte, census.InPost, census.InPostFte, census.AgencyFte));
        Assert.Equal(0.75m, census.TurnoverRate);
        Assert.Equal(0.2m, census.AgencyRate);

        Assert.Equal(2025, WorkforceFigures.LatestCensusYear(D(2025, 9, 30)));
        Assert.Equal(2024, WorkforceFigures.LatestCensusYear(D(2025, 9, 29)));
    }

    [Fact]
    public void Training_completion_counts_case_holders_and_team_managers_in_post()
    {
        var programme = new TrainingProgramme { Id = 1, Code = "back-to-basics", Name = "Back to basics", LaunchDate = D(2025, 1, 1) };
        var completions = new[]
        {
            new TrainingCompletion { ProgrammeId = 1, WorkerId = 1, CompletedOn = D(2025, 2, 1) },
            new TrainingCompletion { ProgrammeId = 1, WorkerId = 4, CompletedOn = D(2025, 3, 31) },
            new TrainingCompletion { ProgrammeId = 1, WorkerId = 3, CompletedOn = D(2025, 4, 1) },
            new TrainingCompletion { ProgrammeId = 1, WorkerId = 6, CompletedOn = D(2025, 1, 15) },
            new TrainingCompletion { ProgrammeId = 2, WorkerId = 2, CompletedOn = D(2025, 1, 15) },
            new TrainingCompletion { ProgrammeId = 1, WorkerId = 5, CompletedOn = D(2025, 1, 15) },
        };

        // Audience: W1, W2, W3, W4 (team manager), W6, W7; W5 has left. Completed by the date: W1, W4, W6.
        var figures = TrainingFigures.Compute(programme, Workers, completions, Date);
        Assert.Equal((6, 3, (decimal?)0.5m), (figures.Audience, figures.Completed, figures.Rate));
        Assert.Equal([(T1, 4, 2), (T2, 2, 1)], figures.ByTeam.Select(t => (t.TeamId, t.Audience, t.Completed)));
    }
}
