namespace GoldenThread.Data.Indicators;

/// <summary>
/// A target and tolerance set for an indicator, for the whole authority (<see cref="OrgUnitId"/> null: the default) or for one
/// service or team (overriding the default). Who set it and when are kept with it.
/// </summary>
public sealed class IndicatorTargetSetting
{
    public long Id { get; set; }

    public required string IndicatorId { get; set; }

    public long? OrgUnitId { get; set; }

    /// <summary>The target in the indicator's own unit (a percentage 0 to 100, a rate, days).</summary>
    public decimal Target { get; set; }

    /// <summary>How far the wrong side of the target is still Amber, in the indicator's unit (percentage points for a percentage).</summary>
    public decimal Tolerance { get; set; }

    public required string ChangedBy { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
