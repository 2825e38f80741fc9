using GoldenThread.Core.Indicators;
using GoldenThread.Core.Indicators.Snapshots;

namespace GoldenThread.Core.Tests.Indicators;

public sealed class MonthCloseTests
{
    [Theory]
    [InlineData("2025-11-05", 5, "2025-09-30")] // 31 Oct + 5 days = 5 Nov: October is still open on 5 November
    [InlineData("2025-11-06", 5, "2025-10-31")] // and closed on the 6th
    [InlineData("2025-11-01", 0, "2025-10-31")] // with no grace, a month closes the day after it ends
    [InlineData("2025-10-31", 0, "2025-09-30")] // ... and not on its own last day
    [InlineData("2024-03-03", 2, "2024-02-29")] // leap February: 29 Feb + 2 = 2 March < 3 March
    [InlineData("2024-03-02", 2, "2024-01-31")]
    [InlineData("2026-01-10", 5, "2025-12-31")] // across a year end
    public void The_latest_closed_month_ends_on_the_last_day_of_the_month(string today, int closeAfterDays, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), MonthClose.LatestClosedMonthEnd(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), closeAfterDays));

    [Fact]
    public void Closed_months_are_listed_oldest_first_up_to_the_backfill()
    {
        var ends = MonthClose.ClosedMonthEnds(new DateOnly(2025, 3, 10), 5, 4);
        Assert.Equal([new DateOnly(2024, 11, 30), new DateOnly(2024, 12, 31), new DateOnly(2025, 1, 31), new DateOnly(2025, 2, 28)], ends);
    }

    [Fact]
    public void A_grace_longer_than_the_shortest_month_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MonthClose.LatestClosedMonthEnd(new DateOnly(2025, 3, 10), 28));

    [Fact]
    public void Each_month_end_freezes_the_month_and_the_twelve_months_to_it()
    {
        var periods = MonthClose.FrozenPeriods(new DateOnly(2024, 2, 29));
        Assert.Equal((new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29), PeriodKind.Month), (periods[0].Start, periods[0].End, periods[0].Kind));
        Assert.Equal((new DateOnly(2023, 3, 1), new DateOnly(2024, 2, 29), PeriodKind.RollingTwelveMonths), (periods[1].Start, periods[1].End, periods[1].Kind));
    }

    [Fact]
    public void A_figure_is_restated_only_when_it_differs_beyond_the_stored_decimals()
    {
        var indicator = IndicatorCatalogue.Get("assessment_45wd");
        var period = ReportingPeriod.Month(2025, 10);
        IndicatorResult Result(decimal numerator, decimal denominator) =>
            new(indicator, period, IndicatorScope.Authority, numerator, denominator, 100m * numerator / denominator, [], [], [], []);

        var frozen = IndicatorSnapshot.Of(Result(2, 3), null, period.End, DateTimeOffset.UnixEpoch, "1");
        Assert.Equal(66.666667m, frozen.Value); // 2 of 3 = 66.6666…%, kept to six places

        var same = new Restatement(frozen, Result(2, 3));
        Assert.False(same.IsRestated);
        Assert.Equal(0m, same.Difference);

        var later = new Restatement(frozen, Result(3, 4)); // a late assessment: 3 of 4 = 75%
        Assert.True(later.IsRestated);
        Assert.Equal(8.333333m, later.Difference); // 75 − 66.666667
    }
}
