using GoldenThread.Core.Indicators;
using GoldenThread.Testing;
using static GoldenThread.Core.Tests.Indicators.IndicatorAssert;

namespace GoldenThread.Core.Tests.Indicators;

public sealed class SuppressionAndTargetTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "c")]
    [InlineData(5, "c")]
    [InlineData(6, "6")]
    public void Counts_of_1_to_5_become_c(long count, string shown) => Assert.Equal(shown, SmallNumberSuppression.Format(count));

    [Fact]
    public void Secondary_suppression_hides_the_next_smallest_cell_in_each_row_and_column()
    {
        // 3 10 20 | 33        c  c 20 | 33
        // 8 12  7 | 27   →    c  c  7 | 27
        // 11 22 27 | 60      11 22 27 | 60
        // 3 is primary; row 0 then hides 10; column 0 hides 8; column 1 hides 12. Every line now has 0 or 2+ hidden cells.
        var table = SmallNumberSuppression.Suppress([[3, 10, 20], [8, 12, 7]]);

        Assert.Equal(SuppressionReason.Primary, table.Cell(0, 0).Reason);
        Assert.Equal(SuppressionReason.Secondary, table.Cell(0, 1).Reason);
        Assert.Equal(SuppressionReason.Secondary, table.Cell(1, 0).Reason);
        Assert.Equal(SuppressionReason.Secondary, table.Cell(1, 1).Reason);
        Assert.Equal(["c", "c", "20", "c", "c", "7"], new[] { (0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2) }.Select(rc => table.Cell(rc.Item1, rc.Item2).Display));
        Assert.Equal(["33", "27"], new[] { table.RowTotal(0).Display, table.RowTotal(1).Display });
        Assert.Equal(["11", "22", "27", "60"], new[] { table.ColumnTotal(0).Display, table.ColumnTotal(1).Display, table.ColumnTotal(2).Display, table.GrandTotal.Display });
    }

    [Fact]
    public void A_small_total_is_suppressed_and_a_zero_can_be_the_next_smallest()
    {
        var smallTotal = SmallNumberSuppression.Suppress([[1, 2]], columnTotals: false);
        var zero = SmallNumberSuppression.Suppress([[2, 0, 9]], columnTotals: false);

        Assert.Equal(["c", "c", "c"], new[] { smallTotal.Cell(0, 0).Display, smallTotal.Cell(0, 1).Display, smallTotal.RowTotal(0).Display });
        Assert.Equal(["c", "c", "9", "11"], new[] { zero.Cell(0, 0).Display, zero.Cell(0, 1).Display, zero.Cell(0, 2).Display, zero.RowTotal(0).Display });
    }

    [Fact]
    public void With_no_small_numbers_nothing_is_suppressed()
    {
        var table = SmallNumberSuppression.Suppress([[6, 0], [10, 12]]);

        var cells = new[] { table.Cell(0, 0), table.Cell(0, 1), table.Cell(1, 0), table.Cell(1, 1), table.GrandTotal };

        Assert.All(cells, c => Assert.Equal(SuppressionReason.None, c.Reason));
    }

    private static IndicatorResult Percentage(int inNumerator, int outOfDenominator)
    {
        var r = new TestRecords();
        for (var i = 0; i < outOfDenominator; i++)
        {
            r.AChild().WithChildProtectionPlan(D(2024, 6, 1), i < inNumerator ? D(2026, 6, 1) : D(2024, 12, 1));
        }

        // All plans end in the period 1 Jun 2024 – 1 Jun 2026; those ending 1 Jun 2026 lasted two years.
        return Compute(r, "cpp_ended_2y", ReportingPeriod.Custom(D(2024, 6, 1), D(2026, 6, 30)));
    }

    [Fact]
    public void A_percentage_is_suppressed_when_either_part_or_the_denominator_is_small()
    {
        var shown = SmallNumberSuppression.Publish(Percentage(10, 20));
        var complementSmall = SmallNumberSuppression.Publish(Percentage(18, 20));
        var denominatorSmall = SmallNumberSuppression.Publish(Percentage(0, 3));

        Assert.Equal(("10", "20", "50.0"), (shown.Numerator, shown.Denominator, shown.Value()));
        Assert.Equal(("c", "20", "c"), (complementSmall.Numerator, complementSmall.Denominator, complementSmall.Value()));
        Assert.Equal(("c", "c", "c"), (denominatorSmall.Numerator, denominatorSmall.Denominator, denominatorSmall.Value()));
    }

    [Fact]
    public void A_small_count_is_suppressed_and_a_count_has_no_denominator()
    {
        var r = new TestRecords();
        for (var i = 0; i < 4; i++)
        {
            r.AChild().WithReferral(D(2024, 6, 1));
        }

        var published = SmallNumberSuppression.Publish(Compute(r, "referrals", Year2024To25));

        Assert.Equal(("c", "z", "c"), (published.Numerator, published.Denominator, published.Value()));
    }

    [Theory]
    [InlineData(80.0, "Green")]
    [InlineData(75.0, "Amber")]
    [InlineData(74.9, "Red")]
    public void Higher_is_better_RAG(double value, string rag) =>
        Assert.Equal(Enum.Parse<Rag>(rag), new IndicatorTarget("assessment_45wd", 80m, 5m).Rate((decimal)value, Polarity.HigherIsBetter));

    [Theory]
    [InlineData(20.0, "Green")]
    [InlineData(22.0, "Amber")]
    [InlineData(22.1, "Red")]
    [InlineData(3.0, "Green")]
    public void Lower_is_better_RAG(double value, string rag) =>
        Assert.Equal(Enum.Parse<Rag>(rag), new IndicatorTarget("rereferral_12m", 20m, 2m).Rate((decimal)value, Polarity.LowerIsBetter));

    [Fact]
    public void Neutral_indicators_and_missing_values_are_not_rated()
    {
        var target = new IndicatorTarget("referrals", 100m, 10m);

        Assert.Null(target.Rate(100m, Polarity.Neutral));
        Assert.Null(target.Rate(null, Polarity.HigherIsBetter));
        Assert.Throws<ArgumentOutOfRangeException>(() => new IndicatorTarget("referrals", 100m, -1m));
    }

    [Fact]
    public void A_target_rates_a_result_with_its_indicators_polarity()
    {
        // 10 of 20 plans lasted two years: 50%, lower is better; target 40 ± 5 → Red.
        var result = Percentage(10, 20);

        Assert.Equal(Rag.Red, new IndicatorTarget("cpp_ended_2y", 40m, 5m).Rate(result));
        Assert.Equal(Rag.Amber, new IndicatorTarget("cpp_ended_2y", 45m, 5m).Rate(result));
        Assert.Throws<ArgumentException>(() => new IndicatorTarget("referrals", 1m, 0m).Rate(result));
    }
}
