using System.Globalization;
using GoldenThread.Core.Indicators;

namespace GoldenThread.Web.Indicators;

/// <summary>How figures are written on pages: percentages to one decimal place, rates and ratios to one, counts and days whole.</summary>
public static class IndicatorFormat
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Value(Indicator indicator, decimal? value)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (value is not { } v)
        {
            return "–";
        }

        return indicator.Unit switch
        {
            IndicatorUnit.Percentage => v.ToString("0.0", EnGb) + "%",
            IndicatorUnit.RatePer10000 => v.ToString("0.0", EnGb),
            IndicatorUnit.Count => v.ToString("N0", EnGb),
            IndicatorUnit.Days => v.ToString("N0", EnGb) + " days",
            _ => v.ToString("0.0", EnGb),
        };
    }

    /// <summary>"1 child", "2 children", "1,234 children".</summary>
    public static string Children(int count) => count == 1 ? "1 child" : $"{count.ToString("N0", EnGb)} children";

    public static string Number(decimal? value) => value is { } v ? v.ToString("#,##0.##", EnGb) : "–";

    public static string Polarity(Polarity polarity) => polarity switch
    {
        Core.Indicators.Polarity.HigherIsBetter => "Higher is better",
        Core.Indicators.Polarity.LowerIsBetter => "Lower is better",
        _ => "Neither higher nor lower is better",
    };

    public static string Variation(SpcVariation variation) => variation switch
    {
        SpcVariation.Improving => "Improving: special cause variation",
        SpcVariation.Concerning => "Concerning: special cause variation",
        SpcVariation.CommonCause => "Common cause variation: no significant change",
        SpcVariation.SpecialCauseHigh => "Special cause variation, high",
        _ => "Special cause variation, low",
    };

    public static string VariationTag(SpcVariation variation) => variation switch
    {
        SpcVariation.Improving => "govuk-tag--blue",
        SpcVariation.Concerning => "govuk-tag--orange",
        SpcVariation.CommonCause => "govuk-tag--grey",
        _ => "govuk-tag--purple",
    };

    /// <summary>An indicator's polarity in the terms of DfE's published statistics, for benchmarking.</summary>
    public static Core.Published.Polarity PublishedPolarity(Polarity polarity) => polarity switch
    {
        Core.Indicators.Polarity.HigherIsBetter => Core.Published.Polarity.HigherIsBetter,
        Core.Indicators.Polarity.LowerIsBetter => Core.Published.Polarity.LowerIsBetter,
        _ => Core.Published.Polarity.NoPolarity,
    };
}
