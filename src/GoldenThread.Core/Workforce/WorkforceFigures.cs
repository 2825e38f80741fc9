using GoldenThread.Core.Caseload;
using GoldenThread.Core.Model;

namespace GoldenThread.Core.Workforce;

public sealed record WorkerCaseload(Worker Worker, int Cases, decimal? CasesPerFte);

/// <summary>A team's workforce at a date. Every figure here is over the team's case-holding workers in post.</summary>
public sealed record TeamWorkforce(
    long TeamId,
    int CaseHoldingWorkers,
    decimal CaseHoldingFte,
    int Cases,
    decimal? CasesPerFte,
    decimal AgencyFte,
    decimal? AgencyShare,
    decimal? EstablishmentFte,
    decimal PermanentFte,
    decimal? VacancyFte,
    decimal? VacancyRate);

/// <summary>Starters, leavers and turnover in a census year (1 October to 30 September), DfE CSC workforce census style.</summary>
public sealed record CensusYearFigures(
    int Year,
    DateOnly From,
    DateOnly To,
    int Starters,
    decimal StartersFte,
    int Leavers,
    decimal LeaversFte,
    int InPost,
    decimal InPostFte,
    decimal AgencyFte,
    decimal? TurnoverRate,
    decimal? AgencyRate);

/// <summary>
/// Workforce figures (docs/adr/0011-quality-assurance.md):
/// <list type="bullet">
/// <item>in post at a date: started on or before it and not left before it (a worker leaving on the date is in post that day);</item>
/// <item>caseload: a worker's current allocations (distinct children, <see cref="CaseloadRules.AllocationCurrentAt"/>) ÷ their FTE;
/// a team's: the current allocations of its case-holding workers in post ÷ their FTE (personal advisers included, because they hold cases);</item>
/// <item>agency share: agency FTE ÷ FTE, over the team's case-holding workers in post;</item>
/// <item>vacancies: the team's establishment FTE (the latest figure effective on or before the date) less the FTE of its
/// permanent (non-agency) case-holding workers in post, not below 0, so posts covered by agency workers count as vacancies
/// as in the census; vacancy rate = vacancy FTE ÷ (vacancy FTE + permanent FTE);</item>
/// <item>census year Y (1 October Y−1 to 30 September Y), over children and family social workers (roles social worker,
/// senior practitioner, team manager, service manager; agency workers apart): starters = permanent workers whose start
/// date falls in the year, leavers = those whose leaving date does, in post = permanent workers in post at 30 September;
/// turnover rate = leavers' FTE ÷ FTE in post at 30 September; agency rate = agency FTE ÷ (agency FTE + permanent FTE) at 30 September.</item>
/// </list>
/// </summary>
public static class WorkforceFigures
{
    public static bool IsInPost(Worker worker, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(worker);
        return worker.StartDate <= date && (worker.LeavingDate is null || worker.LeavingDate >= date);
    }

    /// <summary>A children and family social worker as the census counts them (registered roles; personal advisers and the director apart).</summary>
    public static bool IsSocialWorker(Worker worker)
    {
        ArgumentNullException.ThrowIfNull(worker);
        return worker.Role is WorkerRole.SocialWorker or WorkerRole.SeniorPractitioner or WorkerRole.TeamManager or WorkerRole.ServiceManager;
    }

    public static IReadOnlyList<WorkerCaseload> Caseloads(IEnumerable<Worker> workers, IEnumerable<Allocation> allocations, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(workers);
        var cases = CasesByWorker(allocations, date);
        return [.. workers.Where(w => w.IsCaseHolding && IsInPost(w, date)).OrderBy(w => w.Id)
            .Select(w => new WorkerCaseload(w, cases.GetValueOrDefault(w.Id), w.Fte > 0 ? cases.GetValueOrDefault(w.Id) / w.Fte : null))];
    }

    public static IReadOnlyList<TeamWorkforce> Teams(
        IEnumerable<long> teamIds,
        IEnumerable<Worker> workers,
        IEnumerable<Allocation> allocations,
        IEnumerable<TeamEstablishment> establishments,
        DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(teamIds);
        ArgumentNullException.ThrowIfNull(workers);
        ArgumentNullException.ThrowIfNull(establishments);
        var cases = CasesByWorker(allocations, date);
        var holders = workers.Where(w => w.IsCaseHolding && IsInPost(w, date)).ToLookup(w => w.TeamId);
        var established = establishments.Where(e => e.EffectiveFrom <= date)
            .GroupBy(e => e.TeamId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.EffectiveFrom).ThenByDescending(e => e.Id).First().Fte);
        return [.. teamIds.Distinct().Order().Select(teamId => Team(teamId, [.. holders[teamId]], cases, established.TryGetValue(teamId, out var fte) ? fte : null))];
    }

    /// <summary>The totals of a set of team rows, worked from the sums (not an average of the teams' ratios).</summary>
    public static TeamWorkforce Total(IReadOnlyCollection<TeamWorkforce> teams)
    {
        ArgumentNullException.ThrowIfNull(teams);
        var fte = teams.Sum(t => t.CaseHoldingFte);
        var cases = teams.Sum(t => t.Cases);
        var agency = teams.Sum(t => t.AgencyFte);
        var permanent = teams.Sum(t => t.PermanentFte);
        var withEstablishment = teams.Where(t => t.EstablishmentFte is not null).ToList();
        decimal? establishment = withEstablishment.Count == 0 ? null : withEstablishment.Sum(t => t.EstablishmentFte!.Value);
        decimal? vacancies = withEstablishment.Count == 0 ? null : withEstablishment.Sum(t => t.VacancyFte!.Value);
        var permanentWithEstablishment = withEstablishment.Sum(t => t.PermanentFte);
        return new TeamWorkforce(
            0,
            teams.Sum(t => t.CaseHoldingWorkers),
            fte,
            cases,
            fte > 0 ? cases / fte : null,
            agency,
            fte > 0 ? agency / fte : null,
            establishment,
            permanent,
            vacancies,
            vacancies is { } v && v + permanentWithEstablishment > 0 ? v / (v + permanentWithEstablishment) : null);
    }

    /// <summary>The census year ending 30 September <paramref name="year"/>.</summary>
    public static CensusYearFigures CensusYear(IEnumerable<Worker> workers, int year)
    {
        ArgumentNullException.ThrowIfNull(workers);
        var from = new DateOnly(year - 1, 10, 1);
        var to = new DateOnly(year, 9, 30);
        var social = workers.Where(IsSocialWorker).ToList();
        var permanent = social.Where(w => !w.IsAgency).ToList();
        var starters = permanent.Where(w => w.StartDate >= from && w.StartDate <= to).ToList();
        var leavers = permanent.Where(w => w.LeavingDate is { } left && left >= from && left <= to).ToList();
        var inPost = permanent.Where(w => IsInPost(w, to)).ToList();
        var agencyFte = social.Where(w => w.IsAgency && IsInPost(w, to)).Sum(w => w.Fte);
        var inPostFte = inPost.Sum(w => w.Fte);
        var leaversFte = leavers.Sum(w => w.Fte);
        return new CensusYearFigures(
            year,
            from,
            to,
            starters.Count,
            starters.Sum(w => w.Fte),
            leavers.Count,
            leaversFte,
            inPost.Count,
            inPostFte,
            agencyFte,
            inPostFte > 0 ? leaversFte / inPostFte : null,
            agencyFte + inPostFte > 0 ? agencyFte / (agencyFte + inPostFte) : null);
    }

    /// <summary>The latest census year whose 30 September is on or before the date.</summary>
    public static int LatestCensusYear(DateOnly date) => date >= new DateOnly(date.Year, 9, 30) ? date.Year : date.Year - 1;

    private static Dictionary<long, int> CasesByWorker(IEnumerable<Allocation> allocations, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(allocations);
        var current = CaseloadRules.AllocationCurrentAt(date).Compile();
        return allocations.Where(current).GroupBy(a => a.WorkerId).ToDictionary(g => g.Key, g => g.Select(a => a.ChildId).Distinct().Count());
    }

    private static TeamWorkforce Team(long teamId, List<Worker> holders, Dictionary<long, int> cases, decimal? establishment)
    {
        var fte = holders.Sum(w => w.Fte);
        var caseCount = holders.Sum(w => cases.GetValueOrDefault(w.Id));
        var agency = holders.Where(w => w.IsAgency).Sum(w => w.Fte);
        var permanent = fte - agency;
        decimal? vacancies = establishment is { } e ? Math.Max(0m, e - permanent) : null;
        return new TeamWorkforce(
            teamId,
            holders.Count,
            fte,
            caseCount,
            fte > 0 ? caseCount / fte : null,
            agency,
            fte > 0 ? agency / fte : null,
            establishment,
            permanent,
            vacancies,
            vacancies is { } v && v + permanent > 0 ? v / (v + permanent) : null);
    }
}

public sealed record TeamTrainingCompletion(long TeamId, int Audience, int Completed)
{
    public decimal? Rate => Audience == 0 ? null : (decimal)Completed / Audience;
}

public sealed record TrainingCompletionFigures(
    TrainingProgramme Programme,
    DateOnly Date,
    int Audience,
    int Completed,
    IReadOnlyList<TeamTrainingCompletion> ByTeam)
{
    public decimal? Rate => Audience == 0 ? null : (decimal)Completed / Audience;
}

/// <summary>
/// Completion of a training programme at a date: the audience is every case-holding worker and team manager in post at
/// the date; a worker has completed it when a completion for the programme is dated on or before the date.
/// </summary>
public static class TrainingFigures
{
    public static bool IsInAudience(Worker worker, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(worker);
        return (worker.IsCaseHolding || worker.Role == WorkerRole.TeamManager) && WorkforceFigures.IsInPost(worker, date);
    }

    public static TrainingCompletionFigures Compute(TrainingProgramme programme, IEnumerable<Worker> workers, IEnumerable<TrainingCompletion> completions, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(workers);
        ArgumentNullException.ThrowIfNull(completions);
        var done = completions.Where(c => c.ProgrammeId == programme.Id && c.CompletedOn <= date).Select(c => c.WorkerId).ToHashSet();
        var audience = workers.Where(w => IsInAudience(w, date)).ToList();
        var byTeam = audience.GroupBy(w => w.TeamId).OrderBy(g => g.Key)
            .Select(g => new TeamTrainingCompletion(g.Key, g.Count(), g.Count(w => done.Contains(w.Id))))
            .ToList();
        return new TrainingCompletionFigures(programme, date, audience.Count, audience.Count(w => done.Contains(w.Id)), byTeam);
    }
}
