using GoldenThread.Core.Indicators;
using GoldenThread.Testing;
using static GoldenThread.Core.Tests.Indicators.IndicatorAssert;

namespace GoldenThread.Core.Tests.Indicators;

public sealed class FrontDoorIndicatorTests
{
    /// <summary>
    /// Referrals in 2024-25 (1 April 2024 to 31 March 2025):
    /// A 1 Apr 2024, earlier referral 1 Apr 2023 (exactly 12 months before: a re-referral);
    /// B 31 Mar 2025, earlier referral 30 Mar 2024 (12 months and a day before: not a re-referral);
    /// C 10 Jun 2024 NFA, then 1 Sep 2024 (a re-referral: the NFA referral counts as a referral);
    /// D 1 May 2024, earlier referral 1 Jan 2022 (long before);
    /// E 1 Apr 2025, after the period. In the period: A, B, C×2, D = 5 referrals, 2 re-referrals, 1 NFA.
    /// </summary>
    private static (TestRecords Records, long A, long B, long C, long D) Referrals()
    {
        var r = new TestRecords();
        var a = r.AChild().WithReferral(D(2023, 4, 1), D(2023, 5, 1)).WithReferral(D(2024, 4, 1)).Id;
        var b = r.AChild().WithReferral(D(2024, 3, 30), D(2024, 3, 30), noFurtherAction: true).WithReferral(D(2025, 3, 31)).Id;
        var c = r.AChild().WithReferral(D(2024, 6, 10), noFurtherAction: true).WithReferral(D(2024, 9, 1)).Id;
        var d = r.AChild().WithReferral(D(2022, 1, 1), D(2022, 6, 1)).WithReferral(D(2024, 5, 1)).Id;
        r.AChild().WithReferral(D(2025, 4, 1));
        return (r, a, b, c, d);
    }

    [Fact]
    public void Referrals_count_every_referral_dated_in_the_period_including_NFA()
    {
        var (r, a, b, c, d) = Referrals();

        Result(Compute(r, "referrals", Year2024To25), 5, null, 5, [a, b, c, d]);
    }

    [Fact]
    public void Re_referral_within_12_months_includes_exactly_12_months_and_excludes_a_day_more()
    {
        var (r, a, b, c, d) = Referrals();

        Result(Compute(r, "rereferral_12m", Year2024To25), 2, 5, 40m, [a, c], [a, b, c, d]);
    }

    [Fact]
    public void Re_referral_compares_referral_dates_not_closure_dates()
    {
        // The earlier referral was dated 14 months before and closed 2 months before: not a re-referral.
        var r = new TestRecords();
        var child = r.AChild().WithReferral(D(2023, 2, 1), D(2024, 2, 1)).WithReferral(D(2024, 4, 1)).Id;

        Result(Compute(r, "rereferral_12m", Year2024To25), 0, 1, 0m, [], [child]);
    }

    [Fact]
    public void Referral_NFA_share_counts_NFA_referrals_in_the_period()
    {
        var (r, a, b, c, d) = Referrals();

        Result(Compute(r, "referral_nfa", Year2024To25), 1, 5, 20m, [c], [a, b, c, d]);
    }

    /// <summary>
    /// Assessments authorised in April to June 2025:
    /// A started Mon 17 Mar 2025, authorised Thu 22 May 2025: day 45 (Good Friday, Easter Monday and 5 May are not working days), in time;
    /// B started 17 Mar 2025, authorised Fri 23 May 2025: day 46, late;
    /// C started and authorised Thu 10 Apr 2025: day 0, in time;
    /// D authorised 1 Jul 2025 (next quarter), E not authorised, F authorised 31 Mar 2025 (previous quarter): none of them count.
    /// A started in March and was authorised in May: it counts in May's quarter.
    /// </summary>
    private static (TestRecords Records, long A, long B, long C) Assessments()
    {
        var r = new TestRecords();
        var a = r.AChild().WithReferral(D(2025, 3, 10)).WithAssessment(D(2025, 3, 17), D(2025, 5, 22), childSeen: true).Id;
        var b = r.AChild().WithReferral(D(2025, 3, 17)).WithAssessment(D(2025, 3, 17), D(2025, 5, 23), childSeen: false).Id;
        var c = r.AChild().WithReferral(D(2025, 4, 9)).WithAssessment(D(2025, 4, 10), D(2025, 4, 10), childSeen: true).Id;
        r.AChild().WithReferral(D(2025, 6, 19)).WithAssessment(D(2025, 6, 20), D(2025, 7, 1), childSeen: true);
        r.AChild().WithReferral(D(2025, 6, 1)).WithAssessment(D(2025, 6, 2), null);
        r.AChild().WithReferral(D(2025, 3, 1)).WithAssessment(D(2025, 3, 3), D(2025, 3, 31), childSeen: true);
        return (r, a, b, c);
    }

    private static readonly ReportingPeriod Quarter1 = ReportingPeriod.QuarterContaining(D(2025, 4, 1));

    [Fact]
    public void Assessments_completed_counts_authorisations_in_the_period()
    {
        var (r, a, b, c) = Assessments();

        Result(Compute(r, "assessments_completed", Quarter1), 3, null, 3, [a, b, c]);
    }

    [Fact]
    public void Day_45_is_in_time_and_day_46_is_not_with_bank_holidays_excluded_and_same_day_is_day_0()
    {
        var (r, a, b, c) = Assessments();

        Result(Compute(r, "assessment_45wd", Quarter1), 2, 3, 200m / 3, [a, c], [a, b, c]);
    }

    [Fact]
    public void The_45_day_clock_can_start_at_the_referral()
    {
        // From the referral: A 10 Mar → 22 May is 50 working days (late), B 17 Mar → 23 May is 46 (late), C 9 Apr → 10 Apr is 1 (in time).
        var (r, a, b, c) = Assessments();
        var settings = IndicatorSettings.Default with { AssessmentClock = AssessmentClockStart.Referral };

        Result(Compute(r, "assessment_45wd", Quarter1, settings), 1, 3, 100m / 3, [c], [a, b, c]);
    }

    [Fact]
    public void An_authorisation_before_the_start_is_not_in_time()
    {
        var r = new TestRecords();
        var child = r.AChild().WithReferral(D(2025, 4, 1)).WithAssessment(D(2025, 4, 10), D(2025, 4, 9)).Id;

        Result(Compute(r, "assessment_45wd", Quarter1), 0, 1, 0m, [], [child]);
    }

    [Fact]
    public void Child_seen_during_assessment_counts_recorded_sightings_only()
    {
        var (r, a, b, c) = Assessments();

        Result(Compute(r, "child_seen_assessment", Quarter1), 2, 3, 200m / 3, [a, c], [a, b, c]);
    }

    [Fact]
    public void An_empty_period_has_no_percentage()
    {
        var (r, _, _, _) = Assessments();

        Result(Compute(r, "assessment_45wd", ReportingPeriod.Month(2025, 9)), 0, 0, null, []);
    }
}
