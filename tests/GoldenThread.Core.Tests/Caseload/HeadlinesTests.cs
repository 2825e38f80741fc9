using GoldenThread.Core.Caseload;
using GoldenThread.Core.Model;
using GoldenThread.Testing;

namespace GoldenThread.Core.Tests.Caseload;

public sealed class HeadlinesTests
{
    private static readonly DateOnly AsAt = new(2025, 3, 31);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    /// <summary>The hand-worked dataset described in each test; see the comments for which child counts where.</summary>
    private static (TestRecords Records, Dictionary<string, long> Ids, OrgUnit Team, OrgUnit Service, Worker Worker) Build()
    {
        var r = new TestRecords();
        var authority = r.AnOrgUnit("LA", OrgUnitKind.Authority);
        var service = r.AnOrgUnit("S1", OrgUnitKind.Service, authority);
        var team = r.AnOrgUnit("T1", OrgUnitKind.Team, service);
        var team2 = r.AnOrgUnit("T2", OrgUnitKind.Team, service);
        var otherService = r.AnOrgUnit("S2", OrgUnitKind.Service, authority);
        var team3 = r.AnOrgUnit("T3", OrgUnitKind.Team, otherService);
        var worker = r.AWorker(team, "W1");
        var worker2 = r.AWorker(team2, "W2");
        var worker3 = r.AWorker(team3, "W3");
        var ids = new Dictionary<string, long>
        {
            // A: open referral and an open plan; allocated to W1 now.
            ["A"] = r.AChild().WithReferral(D(2025, 1, 10)).WithChildProtectionPlan(D(2025, 2, 1)).AllocatedTo(worker, D(2025, 1, 10)).Id,

            // B: referral closed on the date itself is still open; an old closed referral is not; plan ended on the date is not open.
            ["B"] = r.AChild().WithReferral(D(2023, 1, 1), D(2023, 6, 1)).WithReferral(D(2024, 6, 1), D(2025, 3, 31)).WithChildProtectionPlan(D(2024, 1, 1), D(2025, 3, 31)).Id,

            // C: NFA referral on the date: a referral, never an open episode.
            ["C"] = r.AChild().WithReferral(D(2025, 3, 31), noFurtherAction: true).Id,

            // D: referral after the date.
            ["D"] = r.AChild().WithReferral(D(2025, 4, 1)).Id,

            // E: referral closed the day before; plan ending the day after is open.
            ["E"] = r.AChild().WithReferral(D(2024, 12, 1), D(2025, 3, 30)).WithChildProtectionPlan(D(2024, 5, 1), D(2025, 4, 1)).Id,

            // F: two open referrals (two episodes, one child); plan starting on the date is open; allocation ended before the date.
            ["F"] = r.AChild().WithReferral(D(2024, 5, 1)).WithReferral(D(2025, 2, 1)).WithChildProtectionPlan(D(2025, 3, 31)).AllocatedTo(worker, D(2024, 5, 1), D(2025, 1, 1)).Id,

            // G: looked after, allocated to W2 in the same service as T1.
            ["G"] = r.AChild().WithCareEpisode(D(2024, 1, 1)).AllocatedTo(worker2, D(2024, 1, 1)).Id,

            // H: a short break (V3) is never looked after.
            ["H"] = r.AChild().WithCareEpisode(D(2025, 3, 1), legalStatus: "V3").Id,

            // I: episode ceased on the date: not looked after at the date.
            ["I"] = r.AChild().WithCareEpisode(D(2023, 1, 1), D(2025, 3, 31)).Id,

            // J: episode started on the date; allocated in another service.
            ["J"] = r.AChild().WithCareEpisode(D(2025, 3, 31)).AllocatedTo(worker3, D(2025, 3, 31)).Id,

            // K: aged 18, left care at 18: a care leaver.
            ["K"] = r.AChild().BornOn(D(2006, 5, 1)).WithCareEpisode(D(2020, 1, 1), D(2024, 5, 1)).Id,

            // L: aged 15: too young to be a care leaver.
            ["L"] = r.AChild().BornOn(D(2010, 1, 1)).WithCareEpisode(D(2020, 1, 1), D(2024, 5, 1)).Id,

            // M: left care at 14, before the 16th birthday.
            ["M"] = r.AChild().BornOn(D(2006, 1, 1)).WithCareEpisode(D(2018, 1, 1), D(2020, 1, 1)).Id,

            // N: aged 21 (22 tomorrow), left care at 18: a care leaver.
            ["N"] = r.AChild().BornOn(D(2003, 4, 1)).WithCareEpisode(D(2015, 4, 1), D(2021, 4, 1)).Id,

            // O: 22 today: too old.
            ["O"] = r.AChild().BornOn(D(2003, 3, 31)).WithCareEpisode(D(2015, 3, 31), D(2021, 3, 31)).Id,

            // P: aged 17, left care at 17 but came back into care: looked after, not a care leaver.
            ["P"] = r.AChild().BornOn(D(2007, 6, 1)).WithCareEpisode(D(2022, 1, 1), D(2024, 6, 1)).WithCareEpisode(D(2025, 1, 1)).Id,

            // Q: aged 18, the last episode ended X1 (care continued): not a care leaver, not looked after either in this data.
            ["Q"] = r.AChild().BornOn(D(2006, 6, 1)).WithCareEpisode(D(2022, 1, 1), D(2024, 8, 1), reasonCeased: "X1").Id,
        };
        return (r, ids, team, service, worker);
    }

    private static int Count(HeadlineMeasure measure, TestRecords records, ChildScope? scope = null)
    {
        var sources = records.Sources();
        return Headlines.Count(measure, sources, AsAt, (scope ?? ChildScope.Everyone).ChildIds(sources, AsAt));
    }

    private static string[] Behind(HeadlineMeasure measure, TestRecords records, Dictionary<string, long> ids)
    {
        var names = ids.ToDictionary(p => p.Value, p => p.Key);
        return [.. Headlines.ChildrenBehind(measure, records.Sources(), AsAt, null).Select(c => names[c.Id]).Order()];
    }

    [Fact]
    public void Open_referrals_count_episodes_not_children()
    {
        var (records, _, _, _, _) = Build();
        Assert.Equal(4, Count(HeadlineMeasure.OpenReferrals, records)); // A, B, F twice
    }

    [Fact]
    public void Children_in_need_are_those_with_an_open_referral()
    {
        var (records, ids, _, _, _) = Build();
        Assert.Equal(["A", "B", "F"], Behind(HeadlineMeasure.ChildrenInNeed, records, ids));
        Assert.Equal(3, Count(HeadlineMeasure.ChildrenInNeed, records));
    }

    [Fact]
    public void Plans_ending_on_the_date_are_not_open_and_plans_starting_on_it_are()
    {
        var (records, ids, _, _, _) = Build();
        Assert.Equal(["A", "E", "F"], Behind(HeadlineMeasure.ChildProtectionPlans, records, ids));
    }

    [Fact]
    public void Looked_after_excludes_short_breaks_and_episodes_ceased_on_the_date()
    {
        var (records, ids, _, _, _) = Build();
        Assert.Equal(["G", "J", "P"], Behind(HeadlineMeasure.ChildrenLookedAfter, records, ids));
    }

    [Fact]
    public void Care_leavers_are_17_to_21_and_left_care_at_16_or_over()
    {
        var (records, ids, _, _, _) = Build();
        Assert.Equal(["K", "N"], Behind(HeadlineMeasure.CareLeavers, records, ids));
    }

    [Fact]
    public void A_team_scope_counts_only_children_currently_allocated_in_the_team()
    {
        var (records, _, team, _, _) = Build();
        var scope = ChildScope.ForOrgUnit(team.Id);
        Assert.Equal(1, Count(HeadlineMeasure.OpenReferrals, records, scope)); // A only: F's allocation ended
        Assert.Equal(1, Count(HeadlineMeasure.ChildrenInNeed, records, scope));
        Assert.Equal(1, Count(HeadlineMeasure.ChildProtectionPlans, records, scope));
        Assert.Equal(0, Count(HeadlineMeasure.ChildrenLookedAfter, records, scope));
    }

    [Fact]
    public void A_service_scope_includes_every_team_below_it()
    {
        var (records, _, _, service, _) = Build();
        var scope = ChildScope.ForOrgUnit(service.Id);
        Assert.Equal(1, Count(HeadlineMeasure.ChildrenInNeed, records, scope)); // A
        Assert.Equal(1, Count(HeadlineMeasure.ChildrenLookedAfter, records, scope)); // G, not J in the other service
    }

    [Fact]
    public void A_worker_scope_is_their_current_caseload_and_no_children_scope_is_empty()
    {
        var (records, _, _, _, worker) = Build();
        Assert.Equal(1, Count(HeadlineMeasure.ChildrenInNeed, records, ChildScope.ForWorker(worker.Id)));
        Assert.Equal(0, Count(HeadlineMeasure.ChildrenInNeed, records, ChildScope.NoChildren));
        Assert.Equal(0, Count(HeadlineMeasure.ChildrenLookedAfter, records, ChildScope.NoChildren));
    }

    [Fact]
    public void Every_measure_has_a_unique_slug_and_a_definition()
    {
        Assert.Equal(Enum.GetValues<HeadlineMeasure>().Length, Headlines.Definitions.Select(d => d.Slug).Distinct().Count());
        Assert.All(Headlines.Definitions, d => Assert.False(string.IsNullOrWhiteSpace(d.Definition)));
        Assert.Equal(HeadlineMeasure.CareLeavers, Headlines.FindBySlug("CARE-LEAVERS")?.Measure);
        Assert.Null(Headlines.FindBySlug("nonsense"));
    }
}
