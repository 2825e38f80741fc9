using GoldenThread.Core.Indicators;
using GoldenThread.Testing;
using static GoldenThread.Core.Tests.Indicators.IndicatorAssert;

namespace GoldenThread.Core.Tests.Indicators;

public sealed class ChildProtectionIndicatorTests
{
    private static readonly DateOnly YearEnd = D(2025, 3, 31);

    /// <summary>
    /// Section 47 enquiries and initial conferences in 2024-25:
    /// A enquiry Mon 16 Dec 2024, conference Thu 9 Jan 2025: 15 working days (25, 26 Dec and 1 Jan excluded), in time;
    /// B enquiry 16 Dec 2024, conference Fri 10 Jan 2025: 16, late;
    /// C enquiry Mon 3 Jun 2024, conference Mon 17 Jun 2024 not linked to it: found on the same referral, 10 working days, in time;
    /// D conference 1 Jul 2024 with no enquiry at all: not in time;
    /// E enquiry 20 Mar 2025, conference 3 Apr 2025: the enquiry counts in 2024-25, the conference does not.
    /// </summary>
    private static (TestRecords Records, long A, long B, long C, long D, long E) Enquiries()
    {
        var r = new TestRecords();
        var a = r.AChild().WithReferral(D(2024, 12, 13)).WithSection47(D(2024, 12, 16)).WithInitialConference(D(2025, 1, 9)).Id;
        var b = r.AChild().WithReferral(D(2024, 12, 13)).WithSection47(D(2024, 12, 16)).WithInitialConference(D(2025, 1, 10)).Id;
        var c = r.AChild().WithReferral(D(2024, 6, 1)).WithSection47(D(2024, 6, 3)).WithInitialConference(D(2024, 6, 17), linked: false).Id;
        var d = r.AChild().WithReferral(D(2024, 6, 20)).WithInitialConference(D(2024, 7, 1)).Id;
        var e = r.AChild().WithReferral(D(2025, 3, 18)).WithSection47(D(2025, 3, 20)).WithInitialConference(D(2025, 4, 3)).Id;
        return (r, a, b, c, d, e);
    }

    [Fact]
    public void Section_47_enquiries_started_in_the_period()
    {
        var (r, a, b, c, _, e) = Enquiries();

        Result(Compute(r, "s47_started", Year2024To25), 4, null, 4, [a, b, c, e]);
    }

    [Fact]
    public void Conference_on_working_day_15_is_in_time_and_16_is_not()
    {
        var (r, a, b, c, d, _) = Enquiries();

        Result(Compute(r, "icpc_15wd", Year2024To25), 2, 4, 50m, [a, c], [a, b, c, d]);
    }

    /// <summary>
    /// Plans: A 1 Apr 2023 – 31 Mar 2025 (a day short of two years); B 15 Mar 2023 – 15 Mar 2025 (exactly two years);
    /// C earlier plan 1 Jan – 1 Jun 2022, then 1 May – 1 Nov 2024 (a repeat plan); D starts 31 Mar 2025 (open on the day);
    /// E 31 Mar 2023, open (exactly two years at 31 March 2025); F 1 Apr 2023, open (a day short); G 1 Jun 2024 – 31 Mar 2025 (not open on the day).
    /// </summary>
    private static (TestRecords Records, Dictionary<char, long> Ids) Plans()
    {
        var r = new TestRecords();
        var ids = new Dictionary<char, long>
        {
            ['A'] = r.AChild().WithChildProtectionPlan(D(2023, 4, 1), D(2025, 3, 31)).Id,
            ['B'] = r.AChild().WithChildProtectionPlan(D(2023, 3, 15), D(2025, 3, 15)).Id,
            ['C'] = r.AChild().WithChildProtectionPlan(D(2022, 1, 1), D(2022, 6, 1)).WithChildProtectionPlan(D(2024, 5, 1), D(2024, 11, 1)).Id,
            ['D'] = r.AChild().WithChildProtectionPlan(D(2025, 3, 31)).Id,
            ['E'] = r.AChild().WithChildProtectionPlan(D(2023, 3, 31)).Id,
            ['F'] = r.AChild().WithChildProtectionPlan(D(2023, 4, 1)).Id,
            ['G'] = r.AChild().WithChildProtectionPlan(D(2024, 6, 1), D(2025, 3, 31)).Id,
        };
        return (r, ids);
    }

    [Fact]
    public void Plans_started_in_the_period()
    {
        var (r, ids) = Plans();

        Result(Compute(r, "cpp_started", Year2024To25), 3, null, 3, [ids['C'], ids['D'], ids['G']]);
    }

    [Fact]
    public void Repeat_plan_when_the_child_had_any_earlier_plan()
    {
        var (r, ids) = Plans();

        Result(Compute(r, "cpp_repeat", Year2024To25), 1, 3, 100m / 3, [ids['C']], [ids['C'], ids['D'], ids['G']]);
    }

    [Fact]
    public void A_plan_ending_exactly_two_years_after_it_started_lasted_two_years()
    {
        var (r, ids) = Plans();

        Result(Compute(r, "cpp_ended_2y", Year2024To25), 1, 4, 25m, [ids['B']], [ids['A'], ids['B'], ids['C'], ids['G']]);
    }

    [Fact]
    public void Open_plans_of_two_years_or_more_at_the_date()
    {
        var (r, ids) = Plans();

        Result(Compute(r, "cpp_open_2y", Year2024To25), 1, 3, 100m / 3, [ids['E']], [ids['D'], ids['E'], ids['F']]);
    }

    [Fact]
    public void Children_on_plans_and_their_rate_per_10000()
    {
        var (r, ids) = Plans();
        var settings = IndicatorSettings.Default with { ChildPopulation = 12000 };
        var open = new[] { ids['D'], ids['E'], ids['F'] };

        Result(Compute(r, "cpp_at_date", Year2024To25), 3, null, 3, open);
        Result(Compute(r, "cpp_rate_10k", Year2024To25, settings), 3, 12000, 2.5m, open);
        Result(Compute(r, "cpp_rate_10k", Year2024To25), 3, null, null, open);
    }

    [Fact]
    public void Children_in_need_at_the_date_and_their_rate()
    {
        // A open; B closed on the date (still in need on it); C NFA on the date (never open); D closed the day before; E two open referrals (one child).
        var r = new TestRecords();
        var a = r.AChild().WithReferral(D(2024, 1, 1)).Id;
        var b = r.AChild().WithReferral(D(2024, 6, 1), YearEnd).Id;
        r.AChild().WithReferral(YearEnd, noFurtherAction: true);
        r.AChild().WithReferral(D(2024, 6, 1), D(2025, 3, 30));
        var e = r.AChild().WithReferral(D(2024, 5, 1)).WithReferral(D(2025, 2, 1)).Id;
        var settings = IndicatorSettings.Default with { ChildPopulation = 12000 };

        Result(Compute(r, "cin_at_date", Year2024To25), 3, null, 3, [a, b, e]);
        Result(Compute(r, "cin_rate_10k", Year2024To25, settings), 3, 12000, 2.5m, [a, b, e]);
    }

    [Fact]
    public void Child_protection_visits_within_10_working_days_of_the_date()
    {
        // At Mon 31 Mar 2025: P1 seen Mon 17 Mar (10 working days), P2 seen Fri 14 Mar (11; a visit on 28 Mar did not see the child),
        // P3 plan started Thu 20 Mar with no visit yet (7, not yet due), P4 plan from January never visited.
        var r = new TestRecords();
        var p1 = r.AChild().WithChildProtectionPlan(D(2025, 1, 6)).WithChildProtectionVisit(D(2025, 3, 17)).Id;
        var p2 = r.AChild().WithChildProtectionPlan(D(2025, 1, 6)).WithChildProtectionVisit(D(2025, 3, 14)).WithChildProtectionVisit(D(2025, 3, 28), childSeen: false).Id;
        var p3 = r.AChild().WithChildProtectionPlan(D(2025, 3, 20)).Id;
        var p4 = r.AChild().WithChildProtectionPlan(D(2025, 1, 6)).Id;

        Result(Compute(r, "cp_visits_10wd", ReportingPeriod.AsAt(YearEnd)), 2, 4, 50m, [p1, p3], [p1, p2, p3, p4]);
    }

    [Fact]
    public void Child_protection_reviews_due_3_months_after_the_start_then_every_6_months()
    {
        // At 31 Mar 2025: R1 from 1 Jan 2025 (due 1 Apr), R2 from 31 Dec 2024 (due 31 Mar: not overdue), R3 from 30 Dec 2024 (due 30 Mar: overdue),
        // R4 last reviewed 30 Sep 2024 (due 30 Mar: overdue), R5 last reviewed 1 Oct 2024 (due 1 Apr).
        var r = new TestRecords();
        var r1 = r.AChild().WithChildProtectionPlan(D(2025, 1, 1)).Id;
        var r2 = r.AChild().WithChildProtectionPlan(D(2024, 12, 31)).Id;
        var r3 = r.AChild().WithChildProtectionPlan(D(2024, 12, 30)).Id;
        var r4 = r.AChild().WithChildProtectionPlan(D(2024, 1, 1)).WithChildProtectionReview(D(2024, 3, 25)).WithChildProtectionReview(D(2024, 9, 30)).Id;
        var r5 = r.AChild().WithChildProtectionPlan(D(2024, 1, 1)).WithChildProtectionReview(D(2024, 3, 25)).WithChildProtectionReview(D(2024, 10, 1)).Id;

        Result(Compute(r, "cp_reviews_in_timescale", ReportingPeriod.Month(2025, 3)), 3, 5, 60m, [r1, r2, r5], [r1, r2, r3, r4, r5]);
    }
}
