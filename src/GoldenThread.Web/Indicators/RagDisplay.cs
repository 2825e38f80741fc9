using GoldenThread.Core.Indicators;

namespace GoldenThread.Web.Indicators;

/// <summary>RAG as a GOV.UK tag: the word (Red, Amber, Green) is always shown, so colour is never the only signal.</summary>
public static class RagDisplay
{
    public static string Text(Rag rag) => rag switch
    {
        Rag.Red => "Red",
        Rag.Amber => "Amber",
        _ => "Green",
    };

    /// <summary>What the rating means, for tables and exports.</summary>
    public static string Meaning(Rag? rag) => rag switch
    {
        Rag.Red => "Red: outside tolerance",
        Rag.Amber => "Amber: within tolerance",
        Rag.Green => "Green: target met",
        _ => "Not rated",
    };

    public static string TagClass(Rag rag) => rag switch
    {
        Rag.Red => "govuk-tag--red",
        Rag.Amber => "govuk-tag--yellow",
        _ => "govuk-tag--green",
    };

    /// <summary>The target and tolerance in the indicator's unit, e.g. "85.0% (amber within 5 points)".</summary>
    public static string Target(Indicator indicator, IndicatorTarget? target)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (target is null)
        {
            return "No target";
        }

        var tolerance = indicator.Unit == IndicatorUnit.Percentage
            ? $"{IndicatorFormat.Number(target.Tolerance)} percentage points"
            : IndicatorFormat.Value(indicator, target.Tolerance);
        var side = indicator.Polarity == Polarity.LowerIsBetter ? "at most" : "at least";
        return $"{side} {IndicatorFormat.Value(indicator, target.Target)} (amber within {tolerance})";
    }
}
