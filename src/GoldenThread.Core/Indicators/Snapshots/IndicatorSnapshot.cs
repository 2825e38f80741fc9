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

    /// <summary>
    /// The children in the numerator when the month was frozen, ascending. Kept for month figures only: null for the twelve months
    /// to date (to keep the size sensible) and for figures frozen before ids were kept. Stored with <see cref="SortedIdEncoding"/>.
    /// </summary>
    public IReadOnlyList<long>? NumeratorChildIds { get; set; }

    /// <summary>The children in the denominator when the month was frozen (see <see cref="NumeratorChildIds"/>).</summary>
    public IReadOnlyList<long>? DenominatorChildIds { get; set; }

    /// <summary>The workers in the numerator of a workforce measure when the month was frozen (see <see cref="NumeratorChildIds"/>).</summary>
    public IReadOnlyList<long>? NumeratorWorkerIds { get; set; }

    /// <summary>The workers in the denominator of a workforce measure when the month was frozen (see <see cref="NumeratorChildIds"/>).</summary>
    public IReadOnlyList<long>? DenominatorWorkerIds { get; set; }

    /// <summary>True when the ids behind the figure were kept: a month figure frozen since they are.</summary>
    public bool KeepsIds => NumeratorChildIds is not null && DenominatorChildIds is not null;

    /// <summary>
    /// The newest load the figure was computed from (the highest id in <see cref="DataVersion"/>), or null when none was committed.
    /// Load ids only grow, so a record inserted by a load after this one did not exist when the month was frozen.
    /// </summary>
    public long? NewestLoadId =>
        DataVersion.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(id => long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : (long?)null)
            .Max();

    /// <summary>Decimal places kept: the database column's scale, so SQLite and PostgreSQL hold the same figure.</summary>
    public const int Decimals = 6;

    public ReportingPeriod Period => new(PeriodStart, PeriodEnd, PeriodKind);

    /// <summary>A figure as a snapshot stores it.</summary>
    public static decimal? Stored(decimal? value) => value is { } v ? Math.Round(v, Decimals, MidpointRounding.AwayFromZero) : null;

    /// <summary>A snapshot of a computed figure, with the ids behind it when it is a month's figure.</summary>
    public static IndicatorSnapshot Of(IndicatorResult result, long? orgUnitId, DateOnly monthEnd, DateTimeOffset frozenAt, string dataVersion)
    {
        ArgumentNullException.ThrowIfNull(result);
        var month = result.Period.Kind == PeriodKind.Month;
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
            NumeratorChildIds = month ? result.NumeratorChildIds : null,
            DenominatorChildIds = month ? result.DenominatorChildIds : null,
            NumeratorWorkerIds = month ? result.NumeratorWorkerIds : null,
            DenominatorWorkerIds = month ? result.DenominatorWorkerIds : null,
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
