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

/// <summary>A stored target: for the whole authority (<see cref="OrgUnitId"/> null) or for one org unit.</summary>
public sealed record TargetSetting(IndicatorTarget Target, long? OrgUnitId);

/// <summary>
/// The targets in force. A unit's own target overrides the one above it: a team without its own target takes its service's, and a
/// service without one the authority-wide default. Neutral indicators are never rated.
/// </summary>
public sealed class TargetBook
{
    private readonly Dictionary<(string Indicator, long? Unit), IndicatorTarget> _targets = [];
    private readonly Dictionary<long, long?> _parents;

    public TargetBook(IEnumerable<TargetSetting> settings, IEnumerable<Model.OrgUnit> units)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(units);
        foreach (var s in settings)
        {
            _targets[(s.Target.IndicatorId.ToLowerInvariant(), s.OrgUnitId)] = s.Target;
        }

        _parents = units.GroupBy(u => u.Id).ToDictionary(g => g.Key, g => g.First().ParentId);
    }

    public static TargetBook Empty { get; } = new([], []);

    /// <summary>The target for the indicator in the scope: the unit's own, the nearest unit above it with one, or the authority's.</summary>
    public IndicatorTarget? For(string indicatorId, IndicatorScope scope)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indicatorId);
        ArgumentNullException.ThrowIfNull(scope);
        var id = indicatorId.ToLowerInvariant();
        if (scope.Kind == IndicatorScopeKind.OrgUnit && scope.Id is { } unit)
        {
            var seen = new HashSet<long>();
            for (long? u = unit; u is { } current && seen.Add(current); u = _parents.GetValueOrDefault(current))
            {
                if (_targets.TryGetValue((id, current), out var own))
                {
                    return own;
                }
            }
        }

        return _targets.GetValueOrDefault((id, null));
    }

    /// <summary>The unit's own target only (no inheritance), for the page that edits it.</summary>
    public IndicatorTarget? Own(string indicatorId, long? orgUnitId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indicatorId);
        return _targets.GetValueOrDefault((indicatorId.ToLowerInvariant(), orgUnitId));
    }

    /// <summary>The RAG of a result against the target in force for its scope; null without a target, a value or a direction.</summary>
    public Rag? Rate(IndicatorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return For(result.Indicator.Id, result.Scope)?.Rate(result);
    }
}
