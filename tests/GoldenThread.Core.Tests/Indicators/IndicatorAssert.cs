using GoldenThread.Core.Calendar;
using GoldenThread.Core.Indicators;
using GoldenThread.Testing;

namespace GoldenThread.Core.Tests.Indicators;

/// <summary>Shared helpers: a calculator over hand-built records, and one assertion for a whole result.</summary>
internal static class IndicatorAssert
{
    public static readonly ReportingPeriod Year2024To25 = ReportingPeriod.FinancialYear(2024);

    public static DateOnly D(int y, int m, int d) => new(y, m, d);

    public static IndicatorCalculator Calculator(TestRecords records, IndicatorSettings? settings = null) =>
        new(records.IndicatorInput(), WorkingDayCalendar.EnglandAndWales, settings);

    public static IndicatorResult Compute(TestRecords records, string indicatorId, ReportingPeriod period, IndicatorSettings? settings = null) =>
        Calculator(records, settings).Compute(indicatorId, period);

    /// <summary>Numerator, denominator, value and the children behind the numerator and denominator, exactly.</summary>
    public static void Result(
        IndicatorResult result,
        decimal numerator,
        decimal? denominator,
        decimal? value,
        IEnumerable<long> numeratorChildren,
        IEnumerable<long>? denominatorChildren = null)
    {
        Assert.Equal(numerator, result.Numerator);
        Assert.Equal(denominator, result.Denominator);
        Assert.Equal(value, result.Value);
        Assert.Equal(numeratorChildren.Order(), result.NumeratorChildIds);
        Assert.Equal((denominatorChildren ?? []).Order(), result.DenominatorChildIds);
    }
}
