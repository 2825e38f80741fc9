namespace GoldenThread.Core.Indicators.Snapshots;

/// <summary>
/// An indicator's figure frozen when a month closed: for the authority (no org unit) or one service or team, for the month itself
/// or the twelve months to its end. Never changed after it is written; later data shows as a restatement beside it.
/// </summary>
public sealed class IndicatorSnapshot
{
    public long Id { get; set; }

    public required string IndicatorId { get; set; }

    /// <summary>The service or team; null for the whole authority.</summary>
    public long? OrgUnitId { get; set; }

    /// <summary>The last day of the month that closed.</summary>
    public DateOnly MonthEnd { get; set; }

    /// <summary><see cref="PeriodKind.Month"/> or <see cref="PeriodKind.RollingTwelveMonths"/>.</summary>
    public PeriodKind PeriodKind { get; set; }

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    public decimal? Numerator { get; set; }

    public decimal? Denominator { get; set; }

    public decimal? Value { get; set; }

    public DateTimeOffset FrozenAt { get; set; }

    /// <summary>The committed loads the figure was computed from (see DataVersion), so a restatement can say what changed.</summary>
    public required string DataVersion { get; set; }

    /// <summary>Decimal places kept: the database column's scale, so SQLite and PostgreSQL hold the same figure.</summary>
    public const int Decimals = 6;

    public ReportingPeriod Period => new(PeriodStart, PeriodEnd, PeriodKind);

    /// <summary>A figure as a snapshot stores it.</summary>
    public static decimal? Stored(decimal? value) => value is { } v ? Math.Round(v, Decimals, MidpointRounding.AwayFromZero) : null;

    /// <summary>A snapshot of a computed figure.</summary>
    public static IndicatorSnapshot Of(IndicatorResult result, long? orgUnitId, DateOnly monthEnd, DateTimeOffset frozenAt, string dataVersion)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new IndicatorSnapshot
        {
            IndicatorId = result.Indicator.Id,
            OrgUnitId = orgUnitId,
            MonthEnd = monthEnd,
            PeriodKind = result.Period.Kind,
            PeriodStart = result.Period.Start,
            PeriodEnd = result.Period.End,
            Numerator = Stored(result.Numerator),
            Denominator = Stored(result.Denominator),
            Value = Stored(result.Value),
            FrozenAt = frozenAt,
            DataVersion = dataVersion,
        };
    }
}

/// <summary>When months close and which figures are frozen for each.</summary>
public static class MonthClose
{
    /// <summary>Days after a month ends that data entry may still catch up before the month closes (a setting; this is its default).</summary>
    public const int DefaultCloseAfterDays = 5;

    /// <summary>How many closed months are frozen when snapshots start on an existing database.</summary>
    public const int DefaultBackfillMonths = 24;

    /// <summary>
    /// The last day of the latest month that has closed on <paramref name="today"/>: a month closes once <paramref name="closeAfterDays"/>
    /// whole days have passed after its last day (with 5, October closes on 6 November).
    /// </summary>
    public static DateOnly LatestClosedMonthEnd(DateOnly today, int closeAfterDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(closeAfterDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(closeAfterDays, 27);
        var end = new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        return end.AddDays(closeAfterDays) < today ? end : new DateOnly(end.Year, end.Month, 1).AddDays(-1);
    }

    /// <summary>The ends of the closed months to freeze, oldest first: at most <paramref name="backfillMonths"/>, ending with the latest closed.</summary>
    public static IReadOnlyList<DateOnly> ClosedMonthEnds(DateOnly today, int closeAfterDays, int backfillMonths)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(backfillMonths);
        var latest = LatestClosedMonthEnd(today, closeAfterDays);
        var first = new DateOnly(latest.Year, latest.Month, 1);
        return [.. Enumerable.Range(0, backfillMonths).Reverse().Select(i => first.AddMonths(-i).AddMonths(1).AddDays(-1))];
    }

    /// <summary>The periods frozen at a month end: the month, and the twelve months to its end.</summary>
    public static IReadOnlyList<ReportingPeriod> FrozenPeriods(DateOnly monthEnd) =>
        [ReportingPeriod.Month(monthEnd.Year, monthEnd.Month), ReportingPeriod.RollingTwelveMonths(monthEnd)];
}

/// <summary>A frozen month-end figure beside the same figure computed from today's data.</summary>
public sealed record Restatement(IndicatorSnapshot Frozen, IndicatorResult Current)
{
    /// <summary>True when the value, numerator or denominator computed now differs from the frozen one.</summary>
    public bool IsRestated =>
        Frozen.Value != IndicatorSnapshot.Stored(Current.Value)
        || Frozen.Numerator != IndicatorSnapshot.Stored(Current.Numerator)
        || Frozen.Denominator != IndicatorSnapshot.Stored(Current.Denominator);

    /// <summary>Now minus frozen, in the indicator's unit; null when either has no value.</summary>
    public decimal? Difference => Frozen.Value is { } frozen && IndicatorSnapshot.Stored(Current.Value) is { } now ? now - frozen : null;
}
