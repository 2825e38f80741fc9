using GoldenThread.Core.Model;

namespace GoldenThread.Core.Demo;

/// <summary>The kinds of team the demo authority has; each kind holds one stage of a child's journey.</summary>
internal enum TeamKind
{
    FrontDoor,
    Assessment,
    ChildInNeed,
    ChildProtection,
    ChildrenInCare,
    LeavingCare,
    DisabledChildren,
    Permanence,
}

internal sealed class DemoService(OrgUnit unit)
{
    public OrgUnit Unit { get; } = unit;

    /// <summary>Everyone who has held the service manager post, earliest first.</summary>
    public List<Worker> Managers { get; } = [];
}

internal sealed class DemoTeam(OrgUnit unit, TeamKind kind, DemoService service)
{
    public OrgUnit Unit { get; } = unit;

    public TeamKind Kind { get; } = kind;

    public DemoService Service { get; } = service;

    /// <summary>Everyone who has held a case-holding post in the team, in post order.</summary>
    public List<Worker> CaseHolders { get; } = [];

    /// <summary>Everyone who has held the team manager post, earliest first.</summary>
    public List<Worker> Managers { get; } = [];
}

/// <summary>The authority's teams and who worked in them when: answers "who could hold this case on this date?".</summary>
internal sealed class Workforce
{
    private readonly List<DemoTeam>[] _teamsByKind;
    private readonly Dictionary<long, DemoTeam> _teamsById = [];

    public Workforce(OrgUnit authority, IReadOnlyList<DemoService> services, IReadOnlyList<DemoTeam> teams, IReadOnlyList<Worker> directors)
    {
        Authority = authority;
        Services = services;
        Teams = teams;
        Directors = directors;
        _teamsByKind = new List<DemoTeam>[Enum.GetValues<TeamKind>().Length];
        for (var i = 0; i < _teamsByKind.Length; i++)
        {
            _teamsByKind[i] = [];
        }

        foreach (var team in teams)
        {
            _teamsByKind[(int)team.Kind].Add(team);
            _teamsById[team.Unit.Id] = team;
        }
    }

    public OrgUnit Authority { get; }

    public IReadOnlyList<DemoService> Services { get; }

    public IReadOnlyList<DemoTeam> Teams { get; }

    public IReadOnlyList<Worker> Directors { get; }

    public DemoTeam PickTeam(TeamKind kind, DemoRandom random) => random.Pick(_teamsByKind[(int)kind]);

    public DemoTeam? TeamById(long id) => _teamsById.GetValueOrDefault(id);

    /// <summary>
    /// A case-holding worker to take a case on <paramref name="date"/>: from the team if anyone there is in post,
    /// else from another team of the same kind, else from anywhere. Part-time workers are picked less often, and
    /// workers about to leave only when no one else is available.
    /// </summary>
    public (Worker Worker, DemoTeam Team)? CaseHolderAt(DemoTeam team, DateOnly date, DemoRandom random)
    {
        if (PickInTeam(team, date, random) is { } worker)
        {
            return (worker, team);
        }

        var sameKind = _teamsByKind[(int)team.Kind];
        var offset = random.Index(sameKind.Count);
        for (var i = 0; i < sameKind.Count; i++)
        {
            var other = sameKind[(i + offset) % sameKind.Count];
            if (PickInTeam(other, date, random) is { } found)
            {
                return (found, other);
            }
        }

        offset = random.Index(Teams.Count);
        for (var i = 0; i < Teams.Count; i++)
        {
            var other = Teams[(i + offset) % Teams.Count];
            if (PickInTeam(other, date, random) is { } found)
            {
                return (found, other);
            }
        }

        return null;
    }

    /// <summary>The worker's supervisor on the date: their team manager, else the service manager, else the director.</summary>
    public Worker? SupervisorAt(long teamId, DateOnly date)
    {
        if (!_teamsById.TryGetValue(teamId, out var team))
        {
            return null;
        }

        return InPostAt(team.Managers, date) ?? InPostAt(team.Service.Managers, date) ?? InPostAt(Directors, date);
    }

    public static bool IsInPost(Worker worker, DateOnly date) =>
        worker.StartDate <= date && (worker.LeavingDate is null || worker.LeavingDate >= date);

    private static Worker? InPostAt(IReadOnlyList<Worker> holders, DateOnly date)
    {
        foreach (var worker in holders)
        {
            if (IsInPost(worker, date))
            {
                return worker;
            }
        }

        return null;
    }

    private static Worker? PickInTeam(DemoTeam team, DateOnly date, DemoRandom random)
    {
        var settled = date.AddDays(28);
        var total = 0m;
        var totalIncludingLeavers = 0m;
        foreach (var worker in team.CaseHolders)
        {
            if (IsInPost(worker, date))
            {
                totalIncludingLeavers += worker.Fte;
                if (worker.LeavingDate is null || worker.LeavingDate >= settled)
                {
                    total += worker.Fte;
                }
            }
        }

        if (totalIncludingLeavers == 0m)
        {
            return null;
        }

        var includeLeavers = total == 0m;
        var target = (decimal)random.NextDouble() * (includeLeavers ? totalIncludingLeavers : total);
        Worker? last = null;
        foreach (var worker in team.CaseHolders)
        {
            if (!IsInPost(worker, date) || (!includeLeavers && worker.LeavingDate is { } leaving && leaving < settled))
            {
                continue;
            }

            last = worker;
            target -= worker.Fte;
            if (target < 0m)
            {
                return worker;
            }
        }

        return last;
    }
}
