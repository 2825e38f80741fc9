using GoldenThread.Core.Indicators;
using GoldenThread.Testing;
using static GoldenThread.Core.Tests.Indicators.IndicatorAssert;

namespace GoldenThread.Core.Tests.Indicators;

public sealed class LookedAfterIndicatorTests
{
    private static readonly DateOnly YearEnd = D(2025, 3, 31);

    /// <summary>
    /// A looked after since 1 Jan 2024; B on a short break (V3) over the date; C looked after 1 Jun 2024 – 31 Mar 2025 (ceased on the day);
    /// D started 31 Mar 2025; E two periods of care in the year (1 May – 1 Jun 2024, and from 1 Sep 2024);
    /// F one period since 2023 continuing through a change of placement (X1 then P) on 1 Jul 2024.
    /// </summary>
    private static (TestRecords Records, Dictionary<char, long> Ids) Children()
    {
        var r = new TestRecords();
        var ids = new Dictionary<char, long>
        {
            ['A'] = r.AChild().WithCareEpisode(D(2024, 1, 1)).Id,
            ['B'] = r.AChild().WithCareEpisode(D(2025, 3, 28), D(2025, 4, 2), legalStatus: "V3").Id,
            ['C'] = r.AChild().WithCareEpisode(D(2024, 6, 1), YearEnd).Id,
            ['D'] = r.AChild().WithCareEpisode(YearEnd).Id,
            ['E'] = r.AChild().WithCareEpisode(D(2024, 5, 1), D(2024, 6, 1)).WithCareEpisode(D(2024, 9, 1)).Id,
            ['F'] = r.AChild().WithCareEpisode(D(2023, 1, 1), D(2024, 7, 1), reasonCeased: "X1").WithCareEpisode(D(2024, 7, 1), reasonNew: "P").Id,
        };
        return (r, ids);
    }

    [Fact]
    public void Looked_after_at_the_date_excludes_short_breaks_and_episodes_ceasing_on_the_day()
    {
        var (r, ids) = Children();
        var settings = IndicatorSettings.Default with { ChildPopulation = 12000 };
        var lookedAfter = new[] { ids['A'], ids['D'], ids['E'], ids['F'] };

        Result(Compute(r, "cla_at_date", Year2024To25), 4, null, 4, lookedAfter);
        Result(Compute(r, "cla_rate_10k", Year2024To25, settings), 4, 12000, 40000m / 12000, lookedAfter);
    }

    [Fact]
    public void Children_starting_care_count_once_and_a_change_of_placement_is_not_a_start()
    {
        var (r, ids) = Children();

        Result(Compute(r, "cla_started", Year2024To25), 3, null, 3, [ids['C'], ids['D'], ids['E']]);
    }

    [Fact]
    public void Placements_in_the_year_count_the_one_in_progress_then_S_P_B_T_U_but_not_L()
    {
        // Year 1 Apr 2024 – 31 Mar 2025.
        var r = new TestRecords();

        // P1: in progress on 1 Apr (1), P on 1 Jun (2), L on 1 Sep (legal status only), T on 1 Dec (3): three placements.
        var p1 = r.AChild()
            .WithCareEpisode(D(2023, 1, 1), D(2024, 6, 1), reasonCeased: "X1")
            .WithCareEpisode(D(2024, 6, 1), D(2024, 9, 1), reasonNew: "P", reasonCeased: "X1")
            .WithCareEpisode(D(2024, 9, 1), D(2024, 12, 1), reasonNew: "L", reasonCeased: "X1")
            .WithCareEpisode(D(2024, 12, 1), reasonNew: "T").Id;

        // P2: the episode ending on 1 Apr is not in progress on it; the P episode starting that day is (1); then L: one placement.
        var p2 = r.AChild()
            .WithCareEpisode(D(2023, 1, 1), D(2024, 4, 1), reasonCeased: "X1")
            .WithCareEpisode(D(2024, 4, 1), D(2024, 10, 1), reasonNew: "P", reasonCeased: "X1")
            .WithCareEpisode(D(2024, 10, 1), reasonNew: "L").Id;

        // P3: two short breaks (excluded), then looked after from 1 Jun: one placement.
        var p3 = r.AChild()
            .WithCareEpisode(D(2024, 4, 10), D(2024, 4, 12), legalStatus: "V3")
            .WithCareEpisode(D(2024, 5, 10), D(2024, 5, 12), legalStatus: "V3")
            .WithCareEpisode(D(2024, 6, 1)).Id;

        // P4: S on 1 May, U on 1 Aug, B on 1 Nov: three placements.
        var p4 = r.AChild()
            .WithCareEpisode(D(2024, 5, 1), D(2024, 8, 1), reasonCeased: "X1")
            .WithCareEpisode(D(2024, 8, 1), D(2024, 11, 1), reasonNew: "U", reasonCeased: "X1")
            .WithCareEpisode(D(2024, 11, 1), reasonNew: "B").Id;

        // P5: three placements but left care on 1 Aug: not looked after at 31 March.
        r.AChild()
            .WithCareEpisode(D(2024, 5, 1), D(2024, 6, 1), reasonCeased: "X1")
            .WithCareEpisode(D(2024, 6, 1), D(2024, 7, 1), reasonNew: "P", reasonCeased: "X1")
            .WithCareEpisode(D(2024, 7, 1), D(2024, 8, 1), reasonNew: "P");

        Result(Compute(r, "cla_3plus_placements", Year2024To25), 2, 4, 50m, [p1, p4], [p1, p2, p3, p4]);
    }

    [Fact]
    public void Long_term_stability_for_under_16s_looked_after_two_and_a_half_years()
    {
        var r = new TestRecords();

        // L1: same placement since 1 Jan 2022.
        var l1 = r.AChild().BornOn(D(2012, 1, 1)).WithCareEpisode(D(2022, 1, 1)).Id;

        // L2: moved on 1 Jun 2023: under two years in this placement.
        var l2 = r.AChild().BornOn(D(2012, 1, 1)).WithCareEpisode(D(2022, 1, 1), D(2023, 6, 1), reasonCeased: "X1").WithCareEpisode(D(2023, 6, 1), reasonNew: "P").Id;

        // L3: a change of legal status (L) only: the same placement since 2022.
        var l3 = r.AChild().BornOn(D(2012, 1, 1)).WithCareEpisode(D(2022, 1, 1), D(2023, 1, 1), reasonCeased: "X1").WithCareEpisode(D(2023, 1, 1), reasonNew: "L").Id;

        // L4: 16 on the date: out of scope.
        r.AChild().BornOn(D(2009, 3, 31)).WithCareEpisode(D(2020, 1, 1));

        // L5: looked after since 1 Jan 2023: under two and a half years.
        r.AChild().BornOn(D(2012, 1, 1)).WithCareEpisode(D(2023, 1, 1));

        // L6: placed for adoption (A3) on 1 Oct 2024 after a foster placement from 1 Jan 2022: the two together exceed two years.
        var l6 = r.AChild().BornOn(D(2015, 1, 1))
            .WithCareEpisode(D(2022, 1, 1), D(2024, 10, 1), reasonCeased: "X1")
            .WithCareEpisode(D(2024, 10, 1), reasonNew: "P", placementType: "A3").Id;

        // L7: looked after since 30 Sep 2022, exactly two and a half years on 31 Mar 2025, same placement.
        var l7 = r.AChild().BornOn(D(2012, 1, 1)).WithCareEpisode(D(2022, 9, 30)).Id;

        Result(Compute(r, "cla_long_term_stability", Year2024To25), 4, 5, 80m, [l1, l3, l6, l7], [l1, l2, l3, l6, l7]);
    }

    [Fact]
    public void Missing_counts_children_looked_after_in_the_period_with_a_missing_episode_in_it()
    {
        var r = new TestRecords();
        var m1 = r.AChild().WithCareEpisode(D(2024, 1, 1)).WithMissingEpisode(D(2024, 7, 1), D(2024, 7, 2)).Id;
        var m2 = r.AChild().WithCareEpisode(D(2024, 1, 1)).WithMissingEpisode(D(2024, 7, 1), D(2024, 7, 2), kind: "A").Id;
        r.AChild().WithCareEpisode(D(2023, 1, 1), D(2024, 4, 1)).WithMissingEpisode(D(2024, 4, 1));
        var m4 = r.AChild().WithCareEpisode(D(2024, 6, 1), D(2024, 8, 1)).WithMissingEpisode(D(2023, 12, 1)).Id;
        r.AChild().WithCareEpisode(D(2024, 6, 1), D(2024, 6, 3), legalStatus: "V3").WithMissingEpisode(D(2024, 6, 2));

        Result(Compute(r, "cla_missing", Year2024To25), 1, 3, 100m / 3, [m1], [m1, m2, m4]);
    }

    [Fact]
    public void Visits_within_a_week_of_a_placement_then_six_weekly_then_three_monthly()
    {
        var r = new TestRecords();

        // V1 placed 25 Mar 2025, not yet visited: due 1 Apr.
        var v1 = r.AChild().WithCareEpisode(D(2025, 3, 25)).Id;

        // V2 placed 20 Mar 2025, not visited: due 27 Mar, overdue.
        var v2 = r.AChild().WithCareEpisode(D(2025, 3, 20)).Id;

        // V3 seen 17 Feb 2025 in the first year: due 31 Mar (42 days), not overdue.
        var v3 = r.AChild().WithCareEpisode(D(2024, 12, 1)).WithCareVisit(D(2025, 2, 17)).Id;

        // V4 seen 16 Feb 2025: due 30 Mar, overdue; a visit on 20 Mar did not see the child.
        var v4 = r.AChild().WithCareEpisode(D(2024, 12, 1)).WithCareVisit(D(2025, 2, 16)).WithCareVisit(D(2025, 3, 20), childSeen: false).Id;

        // V5 placement from 2023: seen 1 Jan 2025, three-monthly: due 1 Apr.
        var v5 = r.AChild().WithCareEpisode(D(2023, 1, 1)).WithCareVisit(D(2025, 1, 1)).Id;

        // V6 moved placement on 1 Mar 2025; last seen 20 Feb in the old placement: the new one's first visit was due 8 Mar.
        var v6 = r.AChild().WithCareEpisode(D(2023, 1, 1), D(2025, 3, 1), reasonCeased: "X1").WithCareEpisode(D(2025, 3, 1), reasonNew: "P").WithCareVisit(D(2025, 2, 20)).Id;

        Result(Compute(r, "cla_visits_in_timescale", ReportingPeriod.AsAt(YearEnd)), 3, 6, 50m, [v1, v3, v5], [v1, v2, v3, v4, v5, v6]);
    }

    [Fact]
    public void Reviews_within_20_working_days_then_3_months_then_6_months()
    {
        var r = new TestRecords();

        // R1 entered care Mon 3 Mar 2025: first review due 20 working days later, Mon 31 Mar: not overdue.
        var r1 = r.AChild().WithCareEpisode(D(2025, 3, 3)).Id;

        // R2 entered care 3 Feb 2025, no review: overdue.
        var r2 = r.AChild().WithCareEpisode(D(2025, 2, 3)).Id;

        // R3 first review 20 Dec 2024, second due 20 Mar 2025: overdue.
        var r3 = r.AChild().WithCareEpisode(D(2024, 12, 1)).WithCareReview(D(2024, 12, 20)).Id;

        // R4 second review 20 Sep 2024, next due 20 Mar 2025: overdue.
        var r4 = r.AChild().WithCareEpisode(D(2024, 6, 1)).WithCareReview(D(2024, 6, 25)).WithCareReview(D(2024, 9, 20)).Id;

        // R5 second review 1 Oct 2024, next due 1 Apr 2025.
        var r5 = r.AChild().WithCareEpisode(D(2024, 6, 1)).WithCareReview(D(2024, 6, 25)).WithCareReview(D(2024, 10, 1)).Id;

        // R6 came back into care on Mon 10 Mar 2025; reviews of the earlier period do not count: first due 7 Apr.
        var r6 = r.AChild().WithCareEpisode(D(2023, 1, 1), D(2023, 12, 1)).WithCareReview(D(2023, 1, 20)).WithCareReview(D(2023, 4, 15))
            .WithCareEpisode(D(2025, 3, 10)).Id;

        Result(Compute(r, "cla_reviews_in_timescale", ReportingPeriod.AsAt(YearEnd)), 3, 6, 50m, [r1, r5, r6], [r1, r2, r3, r4, r5, r6]);
    }

    [Fact]
    public void Participation_in_reviews_PN1_to_PN6_of_reviews_other_than_PN0()
    {
        var r = new TestRecords();
        var a = r.AChild().WithCareEpisode(D(2024, 1, 1)).WithCareReview(D(2024, 4, 1), "PN1").WithCareReview(D(2024, 10, 1), "PN7").WithCareReview(D(2025, 4, 1), "PN1").Id;
        var b = r.AChild().WithCareEpisode(D(2024, 1, 1)).WithCareReview(D(2024, 5, 1), "PN6").WithCareReview(D(2024, 11, 1), null).Id;
        var c = r.AChild().WithCareEpisode(D(2024, 1, 1)).WithCareReview(D(2024, 6, 1), "PN0").Id;
        var e = r.AChild().WithCareEpisode(D(2024, 1, 1)).WithCareReview(D(2025, 3, 31), "PN3").Id;

        var result = Compute(r, "child_participation_reviews", Year2024To25);

        Result(result, 3, 5, 60m, [a, b, e], [a, b, e]);
        Assert.DoesNotContain(c, result.DenominatorChildIds);
    }

    [Fact]
    public void A_case_open_since_before_the_bank_holiday_list_is_overdue_without_counting_working_days()
    {
        // The calendar covers 2015 to 2027: a child looked after since 2013 with no review, and a plan from 2014 never visited, are
        // long overdue, which is decided without counting working days from 2013.
        var r = new TestRecords();
        var cla = r.AChild().WithCareEpisode(D(2013, 6, 3)).Id;
        var cp = r.AChild().WithChildProtectionPlan(D(2014, 12, 1)).Id;
        var period = ReportingPeriod.AsAt(YearEnd);

        Result(Compute(r, "cla_reviews_in_timescale", period), 0, 1, 0m, [], [cla]);
        Result(Compute(r, "cp_visits_10wd", period), 0, 1, 0m, [], [cp]);
    }
}
