using GoldenThread.Core.Caseload;
using GoldenThread.Core.Model;

namespace GoldenThread.Core.Quality;

/// <summary>
/// The child-level records an audit population is chosen from, held in memory. Hosts load them from the database
/// (GoldenThread.Data.Quality.PopulationLoader); tests build them by hand. Records that cannot matter at the date may be
/// left out by the loader (closed referrals, ended plans and allocations), never the care episodes, which the period of
/// care and the care-leaver rule read back through.
/// </summary>
public sealed class PopulationView(
    DateOnly date,
    IReadOnlyList<Child> children,
    IReadOnlyList<Referral> referrals,
    IReadOnlyList<ChildInNeedPlan> childInNeedPlans,
    IReadOnlyList<ChildProtectionPlan> childProtectionPlans,
    IReadOnlyList<CareEpisode> careEpisodes,
    IReadOnlyList<Allocation> allocations,
    IReadOnlyList<OrgUnit> orgUnits)
{
    public DateOnly Date { get; } = date;

    public IReadOnlyList<Child> Children { get; } = children;

    public IReadOnlyList<Referral> Referrals { get; } = referrals;

    public IReadOnlyList<ChildInNeedPlan> ChildInNeedPlans { get; } = childInNeedPlans;

    public IReadOnlyList<ChildProtectionPlan> ChildProtectionPlans { get; } = childProtectionPlans;

    public IReadOnlyList<CareEpisode> CareEpisodes { get; } = careEpisodes;

    public IReadOnlyList<Allocation> Allocations { get; } = allocations;

    public IReadOnlyList<OrgUnit> OrgUnits { get; } = orgUnits;
}

/// <summary>A child in an audit population: who, and the team (and worker) holding the case at the date.</summary>
/// <param name="TeamId">The team of the child's current allocation that started first (lowest allocation id on a tie); null when unallocated.</param>
public sealed record PopulationMember(long ChildId, string LaChildId, long? TeamId, string? TeamCode, long? WorkerId);

/// <summary>The children a filter selects, sorted by LA child ID (ordinal), or the problems with the filter.</summary>
public sealed record PopulationSelection(IReadOnlyList<PopulationMember> Members, IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Applies a <see cref="PopulationFilter"/> to a <see cref="PopulationView"/>. Statuses follow the same rules as the
/// overview's headline counts (docs/adr/0004-as-at-date-conventions.md): the rules in <see cref="CaseloadRules"/> are
/// compiled and run in memory, and the care-leaver rule is the one <see cref="Headlines"/> uses.
/// </summary>
public static class AuditPopulation
{
    public static PopulationSelection Select(PopulationFilter filter, PopulationView view)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(view);
        var date = view.Date;
        var errors = new List<string>();
        var unitsByCode = view.OrgUnits.ToDictionary(o => o.Code, StringComparer.OrdinalIgnoreCase);
        var links = view.OrgUnits.Select(o => new OrgUnitLink(o.Id, o.ParentId)).ToList();
        HashSet<long>? UnitsFor(IReadOnlyList<string> codes, OrgUnitKind kind, string word)
        {
            if (codes.Count == 0)
            {
                return null;
            }

            var ids = new HashSet<long>();
            foreach (var code in codes)
            {
                if (unitsByCode.TryGetValue(code, out var unit) && (unit.Kind == kind || (kind == OrgUnitKind.Service && unit.Kind == OrgUnitKind.Authority)))
                {
                    ids.UnionWith(OrgUnitTree.SelfAndDescendants(links, unit.Id));
                }
                else
                {
                    errors.Add($"No {word} has the code {code}");
                }
            }

            return ids;
        }

        var serviceUnits = UnitsFor(filter.Services, OrgUnitKind.Service, "service");
        var teamUnits = UnitsFor(filter.Teams, OrgUnitKind.Team, "team");
        if (errors.Count > 0)
        {
            return new PopulationSelection([], errors);
        }

        var starts = StatusStarts(view);
        var plans = OpenPlans(view, starts);
        var cpOpen = CaseloadRules.PlanOpenAt(date).Compile();
        var lookedAfter = CaseloadRules.LookedAfterAt(date).Compile();
        var categories = view.ChildProtectionPlans.Where(cpOpen).ToLookup(p => p.ChildId, p => (p.LatestCategory ?? p.InitialCategory ?? string.Empty).ToUpperInvariant());
        var legalStatuses = view.CareEpisodes.Where(lookedAfter).ToLookup(e => e.ChildId, e => (e.LegalStatus ?? string.Empty).ToUpperInvariant());
        var current = CaseloadRules.AllocationCurrentAt(date).Compile();
        var allocations = view.Allocations.Where(current).OrderBy(a => a.StartDate).ThenBy(a => a.Id).ToLookup(a => a.ChildId);
        var teamCodes = view.OrgUnits.ToDictionary(o => o.Id, o => o.Code);

        var members = new List<PopulationMember>();
        foreach (var child in view.Children)
        {
            var held = filter.EffectiveStatuses.Where(s => starts[s].ContainsKey(child.Id)).ToList();
            if (held.Count == 0)
            {
                continue;
            }

            if (filter.Plans.Count > 0 && !filter.Plans.Any(p => plans[p].Contains(child.Id)))
            {
                continue;
            }

            if (filter.Categories.Count > 0 && !categories[child.Id].Any(filter.Categories.Contains))
            {
                continue;
            }

            if (filter.LegalStatuses.Count > 0 && !legalStatuses[child.Id].Any(filter.LegalStatuses.Contains))
            {
                continue;
            }

            var childAllocations = allocations[child.Id].ToList();
            if (serviceUnits is not null && !childAllocations.Any(a => serviceUnits.Contains(a.TeamId)))
            {
                continue;
            }

            if (teamUnits is not null && !childAllocations.Any(a => teamUnits.Contains(a.TeamId)))
            {
                continue;
            }

            // How long: from the earliest start among the statuses the child holds that the filter asks about.
            var since = held.Min(s => starts[s][child.Id]);
            if (filter.MinWeeks is not null || filter.MaxWeeks is not null)
            {
                var weeks = WholeWeeks(since, date);
                if (weeks < filter.MinWeeks || weeks > filter.MaxWeeks)
                {
                    continue;
                }
            }

            if (filter.MinMonths is not null || filter.MaxMonths is not null)
            {
                var months = WholeMonths(since, date);
                if (months < filter.MinMonths || months > filter.MaxMonths)
                {
                    continue;
                }
            }

            if (filter.MinAge is not null || filter.MaxAge is not null)
            {
                if (child.AgeAt(date) is not { } age || age < filter.MinAge || age > filter.MaxAge)
                {
                    continue;
                }
            }

            var holding = childAllocations.FirstOrDefault();
            members.Add(new PopulationMember(
                child.Id,
                child.LaChildId,
                holding?.TeamId,
                holding is null ? null : teamCodes.GetValueOrDefault(holding.TeamId),
                holding?.WorkerId));
        }

        members.Sort((a, b) => string.CompareOrdinal(a.LaChildId, b.LaChildId));
        return new PopulationSelection(members, []);
    }

    /// <summary>Whole weeks from <paramref name="since"/> to <paramref name="date"/>: days ÷ 7, rounded down.</summary>
    public static int WholeWeeks(DateOnly since, DateOnly date) => (date.DayNumber - since.DayNumber) / 7;

    /// <summary>Whole calendar months: the largest m with since + m months on or before the date.</summary>
    public static int WholeMonths(DateOnly since, DateOnly date)
    {
        var months = ((date.Year - since.Year) * 12) + date.Month - since.Month;
        while (months > 0 && since.AddMonths(months) > date)
        {
            months--;
        }

        return Math.Max(0, months);
    }

    /// <summary>
    /// For each status, the children holding it at the date and when it started: the earliest open referral's date
    /// (child in need), the earliest open plan's start (child protection), the start of the current period of care,
    /// following ceased-X1 episodes back (looked after), and the latest qualifying end of care (care leaver).
    /// </summary>
    private static Dictionary<PopulationStatus, Dictionary<long, DateOnly>> StatusStarts(PopulationView view)
    {
        var date = view.Date;
        var referralOpen = CaseloadRules.ReferralOpenAt(date).Compile();
        var planOpen = CaseloadRules.PlanOpenAt(date).Compile();
        var lookedAfter = CaseloadRules.LookedAfterAt(date).Compile();

        var inNeed = view.Referrals.Where(referralOpen).GroupBy(r => r.ChildId).ToDictionary(g => g.Key, g => g.Min(r => r.ReferralDate));
        var protection = view.ChildProtectionPlans.Where(planOpen).GroupBy(p => p.ChildId).ToDictionary(g => g.Key, g => g.Min(p => p.StartDate));
        var episodes = view.CareEpisodes.ToLookup(e => e.ChildId);
        var looked = new Dictionary<long, DateOnly>();
        foreach (var open in view.CareEpisodes.Where(lookedAfter))
        {
            var start = PeriodOfCareStart(open, episodes[open.ChildId]);
            if (!looked.TryGetValue(open.ChildId, out var known) || start < known)
            {
                looked[open.ChildId] = start;
            }
        }

        var leavers = new Dictionary<long, DateOnly>();
        var bornOnOrBefore = date.AddYears(-17);
        var bornAfter = date.AddYears(-22);
        foreach (var child in view.Children)
        {
            if (child.BirthDate is not { } birth || birth > bornOnOrBefore || birth <= bornAfter || child.DeathDate is not null || looked.ContainsKey(child.Id))
            {
                continue;
            }

            var sixteenth = birth.AddYears(16);
            var ended = episodes[child.Id]
                .Where(e => e.EndDate is { } end && end <= date && e.ReasonEpisodeCeased != "X1" && e.LegalStatus != "V3" && e.LegalStatus != "V4" && end >= sixteenth)
                .Select(e => e.EndDate!.Value)
                .ToList();
            if (ended.Count > 0)
            {
                leavers[child.Id] = ended.Max();
            }
        }

        return new Dictionary<PopulationStatus, Dictionary<long, DateOnly>>
        {
            [PopulationStatus.ChildInNeed] = inNeed,
            [PopulationStatus.ChildProtection] = protection,
            [PopulationStatus.LookedAfter] = looked,
            [PopulationStatus.CareLeaver] = leavers,
        };
    }

    private static Dictionary<PlanType, HashSet<long>> OpenPlans(PopulationView view, Dictionary<PopulationStatus, Dictionary<long, DateOnly>> starts)
    {
        var date = view.Date;
        var planOpen = CaseloadRules.PlanOpenAt(date).Compile();
        var lookedAfter = CaseloadRules.LookedAfterAt(date).Compile();
        return new Dictionary<PlanType, HashSet<long>>
        {
            // A child in need plan is open like a child protection plan: started on or before the date, not ended by it.
            [PlanType.ChildInNeed] = [.. view.ChildInNeedPlans.Where(p => p.StartDate <= date && (p.EndDate == null || p.EndDate > date)).Select(p => p.ChildId)],
            [PlanType.ChildProtection] = [.. view.ChildProtectionPlans.Where(planOpen).Select(p => p.ChildId)],
            [PlanType.Care] = [.. view.CareEpisodes.Where(lookedAfter).Select(e => e.ChildId)],
            [PlanType.Pathway] = [.. starts[PopulationStatus.CareLeaver].Keys],
        };
    }

    /// <summary>The first day of the period of care an episode belongs to: back through episodes that ceased X1 on the day the next began.</summary>
    private static DateOnly PeriodOfCareStart(CareEpisode open, IEnumerable<CareEpisode> childEpisodes)
    {
        var all = childEpisodes.ToList();
        var start = open.StartDate;
        for (var guard = 0; guard < all.Count; guard++)
        {
            var previous = all.FirstOrDefault(e => e.EndDate == start && e.ReasonEpisodeCeased == "X1" && e.StartDate < start);
            if (previous is null)
            {
                break;
            }

            start = previous.StartDate;
        }

        return start;
    }
}
