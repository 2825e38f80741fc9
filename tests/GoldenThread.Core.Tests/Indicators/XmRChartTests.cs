using GoldenThread.Core.Indicators;

namespace GoldenThread.Core.Tests.Indicators;

public sealed class XmRChartTests
{
    /// <summary>
    /// Baseline 10, 12, 11, 13, 12, 14, 10, 12: mean 94 / 8 = 11.75; moving ranges 2, 1, 2, 1, 2, 4, 2, mean 14 / 7 = 2;
    /// limits 11.75 ± 2.66 × 2 = 6.43 and 17.07; outer thirds beyond 11.75 ± 3.546… (15.296… and 8.203…).
    /// </summary>
    private static readonly decimal[] Baseline = [10, 12, 11, 13, 12, 14, 10, 12];

    private static XmRChart Chart(Polarity polarity, params decimal[] after) => XmRChart.Build([.. Baseline, .. after], polarity, baselinePoints: Baseline.Length);

    [Fact]
    public void Mean_moving_ranges_and_process_limits()
    {
        var chart = XmRChart.Build(Baseline, Polarity.HigherIsBetter);

        Assert.Equal(11.75m, chart.Mean);
        Assert.Equal(2m, chart.MeanMovingRange);
        Assert.Equal(17.07m, chart.UpperProcessLimit);
        Assert.Equal(6.43m, chart.LowerProcessLimit);
        Assert.Equal(11.75m + (10.64m / 3), chart.UpperOuterThird);
        Assert.Equal([null, 2m, 1m, 2m, 1m, 2m, 4m, 2m], chart.Points.Select(p => p.MovingRange));
        Assert.All(chart.Points, p => Assert.Equal(SpcSignal.None, p.Signals));
        Assert.Equal(SpcVariation.CommonCause, chart.LatestVariation);
    }

    [Fact]
    public void A_point_above_the_upper_limit_reads_with_the_polarity()
    {
        var higher = Chart(Polarity.HigherIsBetter, 17.08m);
        var lower = Chart(Polarity.LowerIsBetter, 17.08m);
        var neutral = Chart(Polarity.Neutral, 17.08m);
        var onTheLimit = Chart(Polarity.HigherIsBetter, 17.07m);

        Assert.Equal(SpcSignal.OutsideLimits, higher.Points[8].Signals & SpcSignal.OutsideLimits);
        Assert.Equal(SpcDirection.High, higher.Points[8].Direction);
        Assert.Equal(SpcVariation.Improving, higher.LatestVariation);
        Assert.Equal(SpcVariation.Concerning, lower.LatestVariation);
        Assert.Equal(SpcVariation.SpecialCauseHigh, neutral.LatestVariation);
        Assert.Equal(SpcSignal.None, onTheLimit.Points[8].Signals & SpcSignal.OutsideLimits);
    }

    [Fact]
    public void A_point_below_the_lower_limit()
    {
        var chart = Chart(Polarity.HigherIsBetter, 6.42m);

        Assert.Equal(SpcSignal.OutsideLimits, chart.Points[8].Signals & SpcSignal.OutsideLimits);
        Assert.Equal(SpcVariation.Concerning, chart.LatestVariation);
        Assert.Equal(SpcVariation.Improving, Chart(Polarity.LowerIsBetter, 6.42m).LatestVariation);
    }

    [Fact]
    public void Seven_points_on_one_side_of_the_mean_is_a_shift_and_six_is_not()
    {
        // Index 7 (12) is above the mean already, so six more points above make a run of seven.
        var seven = Chart(Polarity.LowerIsBetter, 13, 13, 13, 13, 13, 13);
        var six = Chart(Polarity.LowerIsBetter, 11, 13, 13, 13, 13, 13, 13);

        Assert.All(seven.Points.Skip(7), p => Assert.True(p.Signals.HasFlag(SpcSignal.Shift)));
        Assert.False(seven.Points[6].Signals.HasFlag(SpcSignal.Shift));
        Assert.Equal(SpcVariation.Concerning, seven.LatestVariation);
        Assert.All(six.Points, p => Assert.False(p.Signals.HasFlag(SpcSignal.Shift)));
        Assert.Equal(SpcVariation.CommonCause, six.LatestVariation);
    }

    [Fact]
    public void A_point_on_the_mean_breaks_a_run()
    {
        var chart = Chart(Polarity.HigherIsBetter, 13, 13, 11.75m, 13, 13, 13, 13);

        Assert.All(chart.Points, p => Assert.False(p.Signals.HasFlag(SpcSignal.Shift)));
    }

    [Fact]
    public void Seven_rising_points_is_a_trend_even_below_the_mean_and_a_tie_breaks_it()
    {
        // 9.5 … 12.5 rise for seven points; five of them are below the mean.
        var trend = Chart(Polarity.HigherIsBetter, 9.5m, 10, 10.5m, 11, 11.5m, 12, 12.5m);
        var tie = Chart(Polarity.HigherIsBetter, 9.5m, 10, 10.5m, 10.5m, 11, 11.5m, 12);

        Assert.All(trend.Points.Skip(8), p => Assert.True(p.Signals.HasFlag(SpcSignal.Trend)));
        Assert.False(trend.Points[7].Signals.HasFlag(SpcSignal.Trend));
        Assert.All(trend.Points.Skip(8), p => Assert.Equal(SpcDirection.High, p.Direction));
        Assert.Equal(SpcVariation.Improving, trend.LatestVariation);
        Assert.All(tie.Points, p => Assert.False(p.Signals.HasFlag(SpcSignal.Trend)));
    }

    [Fact]
    public void Seven_falling_points_is_a_downward_trend()
    {
        var chart = Chart(Polarity.LowerIsBetter, 14, 13.5m, 13, 12.5m, 12, 11.5m, 11);

        Assert.All(chart.Points.Skip(8), p => Assert.True(p.Signals.HasFlag(SpcSignal.Trend)));
        Assert.Equal(SpcDirection.Low, chart.Points[^1].Direction);
        Assert.Equal(SpcVariation.Improving, chart.LatestVariation);
    }

    [Fact]
    public void Two_of_three_points_in_the_outer_third()
    {
        // Upper outer third starts at 15.296…: 16 and 15.5 are in it, 12 between them is not.
        var chart = Chart(Polarity.HigherIsBetter, 16, 12, 15.5m);
        var one = Chart(Polarity.HigherIsBetter, 16, 12, 12);

        Assert.True(chart.Points[8].Signals.HasFlag(SpcSignal.TwoOfThreeNearLimit));
        Assert.False(chart.Points[9].Signals.HasFlag(SpcSignal.TwoOfThreeNearLimit));
        Assert.True(chart.Points[10].Signals.HasFlag(SpcSignal.TwoOfThreeNearLimit));
        Assert.Equal(SpcVariation.Improving, chart.LatestVariation);
        Assert.All(one.Points, p => Assert.False(p.Signals.HasFlag(SpcSignal.TwoOfThreeNearLimit)));
    }

    [Fact]
    public void Target_assurance_from_the_limits()
    {
        var higher = XmRChart.Build(Baseline, Polarity.HigherIsBetter);
        var lower = XmRChart.Build(Baseline, Polarity.LowerIsBetter);

        Assert.Equal(TargetAssurance.ConsistentlyPasses, higher.Assurance(6));
        Assert.Equal(TargetAssurance.ConsistentlyFails, higher.Assurance(18));
        Assert.Equal(TargetAssurance.HitAndMiss, higher.Assurance(12));
        Assert.Equal(TargetAssurance.ConsistentlyPasses, lower.Assurance(18));
        Assert.Equal(TargetAssurance.ConsistentlyFails, lower.Assurance(6));
        Assert.Null(XmRChart.Build(Baseline, Polarity.Neutral).Assurance(12));
    }

    [Fact]
    public void A_chart_needs_two_points()
    {
        Assert.Throws<ArgumentException>(() => XmRChart.Build([1m], Polarity.Neutral));
        Assert.Throws<ArgumentException>(() => XmRChart.Build(Baseline, Polarity.Neutral, baselinePoints: 9));
    }

    [Fact]
    public void A_chart_of_monthly_results_takes_the_indicators_polarity()
    {
        // One new child referred each month from April to October 2024 (and two more in June and July): no re-referrals. In November
        // the June and July children are referred again: 2 re-referrals of 2.
        var r = new GoldenThread.Testing.TestRecords();
        for (var month = 4; month <= 10; month++)
        {
            r.AChild().WithReferral(new DateOnly(2024, month, 10));
        }

        r.AChild().WithReferral(new DateOnly(2024, 6, 1)).WithReferral(new DateOnly(2024, 11, 5));
        r.AChild().WithReferral(new DateOnly(2024, 7, 1)).WithReferral(new DateOnly(2024, 11, 20));
        var calculator = IndicatorAssert.Calculator(r);
        var months = ReportingPeriod.Split(new DateOnly(2024, 4, 1), new DateOnly(2024, 11, 30), PeriodKind.Month);
        var results = months.Select(m => calculator.Compute("rereferral_12m", m)).ToList();

        var chart = XmRChart.Build(results);

        // Values 0, 0, 0, 0, 0, 0, 0, 100: mean 12.5, mean moving range 100 / 7, upper limit 12.5 + 2.66 × 100 / 7 = 50.5: November is outside.
        Assert.Equal([0m, 0m, 0m, 0m, 0m, 0m, 0m, 100m], chart.Points.Select(p => p.Value));
        Assert.Equal(12.5m, chart.Mean);
        Assert.Equal(100m / 7, chart.MeanMovingRange);
        Assert.Equal(Polarity.LowerIsBetter, chart.Polarity);
        Assert.Equal(SpcVariation.Concerning, chart.LatestVariation);
        Assert.True(chart.Points[^1].Signals.HasFlag(SpcSignal.OutsideLimits));
        Assert.Throws<ArgumentException>(() => XmRChart.Build([calculator.Compute("rereferral_12m", ReportingPeriod.Month(2025, 1))]));
    }
}
