using GoldenThread.Core.Indicators;

namespace GoldenThread.Core.Tests.Indicators;

/// <summary>Secondary suppression across a breakdown (the authority and its teams), hand-worked.</summary>
public sealed class SecondarySuppressionTests
{
    private static readonly ReportingPeriod Period = ReportingPeriod.FinancialYear(2025);

    private static IndicatorResult Result(string id, decimal numerator, decimal? denominator)
    {
        var indicator = IndicatorCatalogue.Get(id);
        decimal? value = indicator.Unit switch
        {
            IndicatorUnit.Count => numerator,
            IndicatorUnit.Percentage => denominator > 0 ? 100m * numerator / denominator : null,
            _ => denominator > 0 ? numerator / denominator : null,
        };
        return new IndicatorResult(indicator, Period, IndicatorScope.Authority, numerator, denominator, value, [], [], [], []);
    }

    [Fact]
    public void A_suppressed_team_count_takes_the_next_smallest_row_with_it_so_it_cannot_be_subtracted_from_the_total()
    {
        // Team A 4, team B 12, not allocated 9, authority 25. 4 is primary; the column "4 + 12 + 9 = 25" would give it away, so the
        // next smallest, 9 (not allocated), is suppressed too. The total and team B stay.
        var published = SmallNumberSuppression.PublishBreakdown(Result("referrals", 25, null), [Result("referrals", 4, null), Result("referrals", 12, null)]);

        Assert.Equal(["c", "12"], published.Parts.Select(p => p.Numerator));
        Assert.Equal(9m, published.Remainder.Result.Numerator);
        Assert.Equal("c", published.Remainder.Numerator);
        Assert.Equal(("25", "25.0"), (published.Total.Numerator, published.Total.Value()));
        Assert.Equal("c", published.Parts[0].Value());
    }

    [Fact]
    public void With_no_remainder_the_zero_row_is_the_next_smallest()
    {
        // 3 + 12 + 0 = 15: the zero remainder is suppressed with the 3, or 15 - 12 would show it.
        var published = SmallNumberSuppression.PublishBreakdown(Result("referrals", 15, null), [Result("referrals", 3, null), Result("referrals", 12, null)]);

        Assert.Equal(["c", "12"], published.Parts.Select(p => p.Numerator));
        Assert.True(published.Remainder.NumeratorSuppressed);
        Assert.False(published.Total.NumeratorSuppressed);
    }

    [Fact]
    public void A_percentage_breakdown_suppresses_across_rows_and_the_in_and_out_columns()
    {
        //               in   out | denominator
        // Team A         3p   7s |  10
        // Team B        20s   2p |  22
        // Not allocated  7s   1p |   8
        // Authority     30   10  |  40
        // Primary: 3, 2, 1. Each row then has one hidden cell, so its other cell goes too (7, 20, 7). Every column now has 3 hidden
        // cells, every row 2, the denominators stay: no numerator is shown for a team, the authority's 30 of 40 is.
        var published = SmallNumberSuppression.PublishBreakdown(Result("cpp_repeat", 30, 40), [Result("cpp_repeat", 3, 10), Result("cpp_repeat", 20, 22)]);

        Assert.Equal([("c", "10", "c"), ("c", "22", "c")], published.Parts.Select(p => (p.Numerator, p.Denominator, p.Value())));
        Assert.Equal(("c", "8"), (published.Remainder.Numerator, published.Remainder.Denominator));
        Assert.Equal(("30", "40", "75.0"), (published.Total.Numerator, published.Total.Denominator, published.Total.Value()));
    }

    [Fact]
    public void A_percentage_breakdown_with_only_large_numbers_is_published_whole()
    {
        // 10 of 20, 12 of 30, and 8 of 20 not allocated: 30 of 70. Every cell (in and out) is 6 or more.
        var published = SmallNumberSuppression.PublishBreakdown(Result("cpp_repeat", 30, 70), [Result("cpp_repeat", 10, 20), Result("cpp_repeat", 12, 30)]);

        Assert.Equal([("10", "20", "50.0"), ("12", "30", "40.0")], published.Parts.Select(p => (p.Numerator, p.Denominator, p.Value())));
        Assert.Equal(("8", "20", "40.0"), (published.Remainder.Numerator, published.Remainder.Denominator, published.Remainder.Value()));
    }

    [Fact]
    public void A_small_team_denominator_hides_its_average_and_the_next_smallest_denominator()
    {
        // Adoption A1 (days): denominators 4 (team A), 10 (team B), 6 (not allocated), 20 in all. 4 is primary; 6 is the next smallest.
        var published = SmallNumberSuppression.PublishBreakdown(Result("adoption_a1_days", 9000, 20), [Result("adoption_a1_days", 2000, 4), Result("adoption_a1_days", 4000, 10)]);

        Assert.Equal([true, false], published.Parts.Select(p => p.ValueSuppressed));
        Assert.True(published.Remainder.ValueSuppressed);
        Assert.Equal("450.0", published.Total.Value());
    }

    [Fact]
    public void Parts_that_add_up_to_more_than_the_total_are_refused()
    {
        Assert.Throws<ArgumentException>(() => SmallNumberSuppression.PublishBreakdown(Result("referrals", 10, null), [Result("referrals", 8, null), Result("referrals", 8, null)]));
    }
}
