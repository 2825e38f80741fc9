using System.Globalization;
using GoldenThread.Core.Model;

namespace GoldenThread.Core.Demo;

/// <summary>
/// Builds the demo authority's structure (authority, five services, about 30 teams at the default size) and its
/// workforce: a post for each manager and case-holding practitioner, each post held by a chain of workers over time,
/// so there are leavers, newer starters, agency staff and the odd vacancy.
/// </summary>
internal static class OrgStructureBuilder
{
    private const int _defaultChildren = 20000;
    private const int _childrenPerWorker = 80;
    private const int _minimumWorkers = 20;

    /// <summary>Case-holding posts at the default size (20,000 children over 6 years): about 18 open cases each.</summary>
    private const int _casePostsAtDefaultSize = 148;

    private const int _defaultYears = 6;

    /// <summary>The children first known before the window, expressed as years of the window's flow of new children.</summary>
    private const double _historyAsYears = 1.5;

    /// <summary>Earlier holders who left, at least this share of the posts, so even a small demo has leavers.</summary>
    private const double _minimumLeaversShare = 0.3;

    private static readonly ServiceSpec[] _services =
    [
        new("FDA", "Front Door and Assessment",
        [
            new(TeamKind.FrontDoor, "Front Door Team", 2, 0.07),
            new(TeamKind.Assessment, "Assessment Team", 6, 0.21),
        ]),
        new("SCP", "Safeguarding and Child Protection",
        [
            new(TeamKind.ChildInNeed, "Child in Need Team", 4, 0.14),
            new(TeamKind.ChildProtection, "Child Protection Team", 6, 0.22),
        ]),
        new("CIC", "Children in Care", [new(TeamKind.ChildrenInCare, "Children in Care Team", 6, 0.18)]),
        new("CL", "Care Leavers", [new(TeamKind.LeavingCare, "Leaving Care Team", 3, 0.09)]),
        new("DCP", "Disabled Children and Permanence",
        [
            new(TeamKind.DisabledChildren, "Disabled Children Team", 2, 0.05),
            new(TeamKind.Permanence, "Permanence and Adoption Team", 1, 0.04),
        ]),
    ];

    public static Workforce Build(DemoOptions options, DemoTimeline timeline, DemoRandom random, List<OrgUnit> units, List<Worker> workers)
    {
        var authority = AddUnit(units, "LA", "Demo Borough (synthetic)", OrgUnitKind.Authority, null);
        var scale = options.Children / (double)_defaultChildren;
        var services = new List<DemoService>();
        var teams = new List<DemoTeam>();
        foreach (var spec in _services)
        {
            var service = new DemoService(AddUnit(units, $"S-{spec.Code}", spec.Name, OrgUnitKind.Service, authority.Id));
            services.Add(service);
            var number = 0;
            foreach (var teamSpec in spec.Teams)
            {
                var count = Math.Max(1, (int)Math.Round(teamSpec.TeamsAtDefaultSize * scale));
                for (var k = 1; k <= count; k++)
                {
                    number++;
                    var code = string.Create(CultureInfo.InvariantCulture, $"T-{spec.Code}-{number}");
                    var name = string.Create(CultureInfo.InvariantCulture, $"{teamSpec.Name} {k}");
                    teams.Add(new DemoTeam(AddUnit(units, code, name, OrgUnitKind.Team, service.Unit.Id), teamSpec.Kind, service));
                }
            }
        }

        var posts = PlanPosts(options, services, teams);
        var directors = new List<Worker>();
        var staff = new WorkerFactory(timeline, random, workers);
        var predecessors = DistributeLeavers(options, posts, random);
        for (var i = 0; i < posts.Count; i++)
        {
            var post = posts[i];
            var holders = post.Role switch
            {
                WorkerRole.Director => directors,
                WorkerRole.ServiceManager => post.Service.Managers,
                WorkerRole.TeamManager => post.Team!.Managers,
                _ => post.Team!.CaseHolders,
            };
            staff.FillPost(post, predecessors[i], holders);
        }

        return new Workforce(authority, services, teams, directors);
    }

    private static OrgUnit AddUnit(List<OrgUnit> units, string code, string name, OrgUnitKind kind, long? parentId)
    {
        var unit = new OrgUnit { Id = units.Count + 1, Code = code, Name = name, Kind = kind, ParentId = parentId };
        units.Add(unit);
        return unit;
    }

    private static int TargetWorkers(DemoOptions options) =>
        Math.Max(_minimumWorkers, (int)Math.Round(options.Children / (double)_childrenPerWorker));

    private static List<Post> PlanPosts(DemoOptions options, List<DemoService> services, List<DemoTeam> teams)
    {
        var posts = new List<Post> { new(WorkerRole.Director, services[0], null, 0.2) };
        foreach (var service in services)
        {
            posts.Add(new Post(WorkerRole.ServiceManager, service, null, 0.4));
        }

        // Open cases follow the yearly flow of children, so a shorter window over the same children needs more workers.
        var flow = ChildrenPerYear(options.Children, options.Years) / ChildrenPerYear(_defaultChildren, _defaultYears);
        var casePosts = Math.Max(teams.Count, (int)Math.Round(_casePostsAtDefaultSize * flow));
        var shares = _services.SelectMany(s => s.Teams).ToDictionary(t => t.Kind, t => t.WorkloadShare);
        foreach (var team in teams)
        {
            posts.Add(new Post(WorkerRole.TeamManager, team.Service, team, 0.6));
            var teamsOfKind = teams.Count(t => t.Kind == team.Kind);
            var count = Math.Max(1, (int)Math.Round(casePosts * shares[team.Kind] / teamsOfKind));
            for (var i = 0; i < count; i++)
            {
                var role = team.Kind == TeamKind.LeavingCare && i % 5 != 0 ? WorkerRole.PersonalAdviser
                    : i % 5 == 1 ? WorkerRole.SeniorPractitioner
                    : WorkerRole.SocialWorker;
                posts.Add(new Post(role, team.Service, team, 1.0));
            }
        }

        return posts;
    }

    /// <summary>New children a year, roughly: children first known before the window count for about this many years.</summary>
    private static double ChildrenPerYear(int children, int years) => children / (years + _historyAsYears);

    /// <summary>How many earlier holders (leavers) each post had, so the workforce list reaches its target size.</summary>
    private static int[] DistributeLeavers(DemoOptions options, List<Post> posts, DemoRandom random)
    {
        var predecessors = new int[posts.Count];
        var leavers = Math.Max(TargetWorkers(options) - posts.Count, (int)Math.Round(posts.Count * _minimumLeaversShare));
        var choice = new WeightedChoice<int>([.. posts.Select((p, i) => (i, p.TurnoverWeight))]);
        for (var i = 0; i < leavers; i++)
        {
            predecessors[choice.Pick(random)]++;
        }

        return predecessors;
    }

    private sealed record ServiceSpec(string Code, string Name, TeamSpec[] Teams);

    private sealed record TeamSpec(TeamKind Kind, string Name, int TeamsAtDefaultSize, double WorkloadShare);

    private sealed record Post(WorkerRole Role, DemoService Service, DemoTeam? Team, double TurnoverWeight)
    {
        public bool IsCaseHolding => Role is WorkerRole.SocialWorker or WorkerRole.SeniorPractitioner or WorkerRole.PersonalAdviser;
    }

    /// <summary>Creates the workers who hold a post one after another.</summary>
    private sealed class WorkerFactory
    {
        private readonly DemoTimeline _timeline;
        private readonly DemoRandom _random;
        private readonly List<Worker> _workers;
        private readonly List<(string Given, string Family)> _names;

        public WorkerFactory(DemoTimeline timeline, DemoRandom random, List<Worker> workers)
        {
            _timeline = timeline;
            _random = random;
            _workers = workers;
            _names = [.. SyntheticNames.GivenNames.SelectMany(g => SyntheticNames.WorkerFamilyNames.Select(f => (g, f)))];
            for (var i = _names.Count - 1; i > 0; i--)
            {
                var j = random.Index(i + 1);
                (_names[i], _names[j]) = (_names[j], _names[i]);
            }
        }

        public void FillPost(Post post, int predecessors, List<Worker> holders)
        {
            var earliestStart = _timeline.Earliest.AddDays(4);
            var latestEnd = _timeline.Today.AddDays(-30);
            var newPost = predecessors == 0 && post.IsCaseHolding && _random.Chance(0.1);
            var start = _timeline.OnOrNextWorkingDay(newPost
                ? _random.DateBetween(_timeline.HistoryStart, _timeline.Today.AddDays(-120))
                : _random.DateBetween(earliestStart, _timeline.HistoryStart));

            var boundaries = new List<DateOnly>();
            for (var i = 0; i < predecessors; i++)
            {
                boundaries.Add(_random.DateBetween(_timeline.HistoryStart.AddDays(30), latestEnd));
            }

            boundaries.Sort();
            var index = 0;
            while (true)
            {
                DateOnly? leaving = null;
                while (index < boundaries.Count && leaving is null)
                {
                    var candidate = boundaries[index++];
                    if (candidate >= start.AddDays(60))
                    {
                        leaving = candidate;
                    }
                }

                var isCurrent = leaving is null;
                if (isCurrent && post.IsCaseHolding && _random.Chance(0.04) && _timeline.Today.AddDays(-7) > start.AddDays(60))
                {
                    // The current holder left recently and the post is vacant.
                    var left = _timeline.Today.AddDays(-_random.Between(7, 90));
                    leaving = left > start.AddDays(60) ? left : start.AddDays(60);
                }

                holders.Add(CreateWorker(post, start, leaving, isCurrent));
                if (isCurrent || leaving is not { } leftOn)
                {
                    return;
                }

                start = _timeline.OnOrNextWorkingDay(leftOn.AddDays(_random.Between(1, 45)));
                if (start > _timeline.Today.AddDays(-7))
                {
                    return;
                }
            }
        }

        private Worker CreateWorker(Post post, DateOnly start, DateOnly? leaving, bool isCurrent)
        {
            var id = _workers.Count + 1;
            var agencyChance = post.Role switch
            {
                WorkerRole.Director or WorkerRole.ServiceManager => 0.0,
                WorkerRole.TeamManager => isCurrent ? 0.06 : 0.15,
                _ => isCurrent ? 0.13 : 0.4,
            };
            var isAgency = _random.Chance(agencyChance);
            var fte = isAgency || post.Role is WorkerRole.Director or WorkerRole.ServiceManager || !_random.Chance(0.15)
                ? 1.0m
                : DemoCodes.PartTimeFte.Pick(_random);
            var (given, family) = _names[(id - 1) % _names.Count];
            var worker = new Worker
            {
                Id = id,
                StaffId = SyntheticIdentifiers.StaffId(id),
                DisplayName = $"{given} {family}",
                JobTitle = JobTitle(post.Role, isAgency),
                Role = post.Role,
                Fte = fte,
                IsAgency = isAgency,
                IsCaseHolding = post.IsCaseHolding,
                TeamId = post.Role switch
                {
                    WorkerRole.Director => post.Service.Unit.ParentId ?? post.Service.Unit.Id,
                    WorkerRole.ServiceManager => post.Service.Unit.Id,
                    _ => post.Team!.Unit.Id,
                },
                StartDate = start,
                LeavingDate = leaving,
                LeavingReason = leaving is null ? null
                    : isAgency && _random.Chance(0.7) ? "End of agency assignment"
                    : DemoCodes.LeavingReason.Pick(_random),
            };
            _workers.Add(worker);
            return worker;
        }

        private string JobTitle(WorkerRole role, bool isAgency) => role switch
        {
            WorkerRole.Director => "Director of Children's Services",
            WorkerRole.ServiceManager => "Service Manager",
            WorkerRole.TeamManager => "Team Manager",
            WorkerRole.SeniorPractitioner => "Senior Practitioner",
            WorkerRole.PersonalAdviser => "Personal Adviser",
            _ => !isAgency && _random.Chance(0.12) ? "Social Worker (ASYE)" : "Social Worker",
        };
    }
}
