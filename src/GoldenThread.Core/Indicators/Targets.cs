namespace GoldenThread.Core.Indicators;

public enum Rag
{
    Red,
    Amber,
    Green,
}

/// <summary>
/// A target for an indicator with a tolerance in the indicator's own unit (percentage points for a percentage). With higher-is-better:
/// Green at or above the target, Amber below it by no more than the tolerance, Red further below; lower-is-better mirrors it. Neutral
/// indicators have no direction, so they are not rated.
/// </summary>
public sealed record IndicatorTarget
{
    public IndicatorTarget(string indicatorId, decimal target, decimal tolerance)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indicatorId);
        ArgumentOutOfRangeException.ThrowIfNegative(tolerance);
        IndicatorId = indicatorId;
        Target = target;
        Tolerance = tolerance;
    }

    public string IndicatorId { get; }

    public decimal Target { get; }

    public decimal Tolerance { get; }

    /// <summary>Red, Amber or Green for a value; null when there is no value or the polarity is neutral.</summary>
    public Rag? Rate(decimal? value, Polarity polarity) => (value, polarity) switch
    {
        (null, _) or (_, Polarity.Neutral) => null,
        ({ } v, Polarity.HigherIsBetter) => v >= Target ? Rag.Green : v >= Target - Tolerance ? Rag.Amber : Rag.Red,
        ({ } v, _) => v <= Target ? Rag.Green : v <= Target + Tolerance ? Rag.Amber : Rag.Red,
    };

    /// <summary>Rates a result of this target's indicator with the indicator's own polarity.</summary>
    public Rag? Rate(IndicatorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!string.Equals(result.Indicator.Id, IndicatorId, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The target is for {IndicatorId}, not {result.Indicator.Id}.", nameof(result));
        }

        return Rate(result.Value, result.Indicator.Polarity);
    }
}
