using GoldenThread.Core.Indicators;

namespace GoldenThread.Web.Indicators;

/// <summary>
/// One indicator's figure as the indicator index and the dashboards show it: the result, its published (suppressed) form, the target
/// in force, the RAG and, where asked, the SPC reading of the last 24 months.
/// </summary>
public sealed record IndicatorRow(IndicatorResult Result, PublishedFigure Published, IndicatorTarget? Target, SpcVariation? Variation, bool Suppress)
{
    public Indicator Indicator => Result.Indicator;

    /// <summary>Not rated when the figure is suppressed: a band around a target would narrow down a small number.</summary>
    public Rag? Rag => Suppress && Published.ValueSuppressed ? null : Target?.Rate(Result);

    /// <summary>The value as shown: "c" when suppressed for this person; a count is its number.</summary>
    public string Value => Suppress && Published.ValueSuppressed
        ? SmallNumberSuppression.Symbol
        : IndicatorFormat.Value(Indicator, Result.Value);

    public string Numerator => Suppress && Published.NumeratorSuppressed ? SmallNumberSuppression.Symbol : IndicatorFormat.Number(Result.Numerator);

    public string Denominator => Result.Denominator is null ? "–" : Suppress && Published.DenominatorSuppressed ? SmallNumberSuppression.Symbol : IndicatorFormat.Number(Result.Denominator);

    /// <summary>What the value is made of, in words: "1,581 of 1,833"; for days, the number of children averaged.</summary>
    public string Fraction => Result.Denominator is null
        ? "–"
        : Indicator.Unit == IndicatorUnit.Days ? $"average of {Denominator} {(Result.Denominator == 1 ? "child" : "children")}" : $"{Numerator} of {Denominator}";

    /// <summary>The value for an export: a number rounded to one place, or "c" when suppressed, empty when there is none.</summary>
    public object? ExportValue => Suppress && Published.ValueSuppressed
        ? SmallNumberSuppression.Symbol
        : Result.Value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero) : null;

    public object? ExportNumerator => Suppress && Published.NumeratorSuppressed ? SmallNumberSuppression.Symbol : Result.Numerator;

    public object? ExportDenominator => Result.Denominator is not { } d ? null : Suppress && Published.DenominatorSuppressed ? SmallNumberSuppression.Symbol : d;

    /// <summary>The financial year to date: 1 April to today.</summary>
    public static ReportingPeriod YearToDate(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        return ReportingPeriod.Custom(ReportingPeriod.FinancialYearContaining(today).Start, today);
    }

    public static IndicatorRow Compute(IndicatorCalculator calculator, Indicator indicator, ReportingPeriod period, IndicatorScope scope, TargetBook targets, bool suppress, bool withSpc = false)
    {
        ArgumentNullException.ThrowIfNull(calculator);
        ArgumentNullException.ThrowIfNull(targets);
        var result = calculator.Compute(indicator, period, scope);
        SpcVariation? variation = null;
        if (withSpc)
        {
            var first = new DateOnly(period.End.Year, period.End.Month, 1);
            var trend = Enumerable.Range(0, 24)
                .Select(i => first.AddMonths(i - 23))
                .Select(m => calculator.Compute(indicator, ReportingPeriod.Month(m.Year, m.Month), scope))
                .Where(r => r.Value is not null)
                .ToList();
            if (trend.Count >= 12)
            {
                variation = XmRChart.Build(trend).LatestVariation;
            }
        }

        return new IndicatorRow(result, SmallNumberSuppression.Publish(result), targets.For(indicator.Id, scope), variation, suppress);
    }
}
