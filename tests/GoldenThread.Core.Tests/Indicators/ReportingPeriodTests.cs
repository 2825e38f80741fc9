using GoldenThread.Core.Indicators;
using static GoldenThread.Core.Tests.Indicators.IndicatorAssert;

namespace GoldenThread.Core.Tests.Indicators;

public sealed class ReportingPeriodTests
{
    [Fact]
    public void Months_are_cut_to_the_dates_asked_for()
    {
        var months = ReportingPeriod.Split(D(2024, 4, 15), D(2024, 6, 10), PeriodKind.Month);

        Assert.Equal([(D(2024, 4, 15), D(2024, 4, 30)), (D(2024, 5, 1), D(2024, 5, 31)), (D(2024, 6, 1), D(2024, 6, 10))], months.Select(p => (p.Start, p.End)));
    }

    [Fact]
    public void Quarters_and_years_follow_the_financial_year()
    {
        var quarters = ReportingPeriod.Split(D(2024, 4, 1), D(2025, 3, 31), PeriodKind.Quarter);
        var years = ReportingPeriod.Split(D(2023, 4, 1), D(2025, 3, 31), PeriodKind.FinancialYear);

        Assert.Equal([D(2024, 4, 1), D(2024, 7, 1), D(2024, 10, 1), D(2025, 1, 1)], quarters.Select(q => q.Start));
        Assert.Equal(D(2024, 6, 30), quarters[0].End);
        Assert.Equal([ReportingPeriod.FinancialYear(2023), ReportingPeriod.FinancialYear(2024)], years);
        Assert.Equal(ReportingPeriod.FinancialYear(2024), ReportingPeriod.FinancialYearContaining(D(2025, 3, 31)));
    }

    [Fact]
    public void Rolling_twelve_months_custom_and_a_single_date()
    {
        Assert.Equal((D(2024, 4, 1), D(2025, 3, 31)), (ReportingPeriod.RollingTwelveMonths(D(2025, 3, 31)).Start, ReportingPeriod.RollingTwelveMonths(D(2025, 3, 31)).End));
        Assert.Equal(D(2023, 3, 1), ReportingPeriod.RollingTwelveMonths(D(2024, 2, 29)).Start);
        Assert.Single(ReportingPeriod.Split(D(2024, 4, 1), D(2025, 3, 31), PeriodKind.Custom));
        Assert.Equal(1, ReportingPeriod.AsAt(D(2025, 3, 31)).Days);
        Assert.Throws<ArgumentException>(() => ReportingPeriod.Custom(D(2025, 3, 31), D(2025, 3, 30)));
    }
}
