using GoldenThread.Core.Indicators;
using GoldenThread.Core.Indicators.Snapshots;
using GoldenThread.Core.Model;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Indicators;

/// <summary>The settings for closing months: how many days after a month ends it closes, and how far back to freeze at first.</summary>
public sealed record MonthCloseSettings(int CloseAfterDays, int BackfillMonths)
{
    public static MonthCloseSettings Default { get; } = new(MonthClose.DefaultCloseAfterDays, MonthClose.DefaultBackfillMonths);
}

/// <summary>
/// Freezes month-end figures and reads them back. A month is frozen once, for every indicator, for the authority and every service
/// and team, for the month and for the twelve months to its end; frozen rows are never updated (docs/adr/0013-month-end-snapshots.md).
/// </summary>
public sealed class IndicatorSnapshotStore(GoldenThreadDbContext db)
{
    /// <summary>Freezes every closed month not yet frozen; returns the month ends frozen now, oldest first.</summary>
    public async Task<IReadOnlyList<DateOnly>> FreezeClosedMonthsAsync(
        IndicatorCalculator calculator, DateOnly today, MonthCloseSettings settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(calculator);
        ArgumentNullException.ThrowIfNull(settings);
        var frozen = (await db.IndicatorSnapshots.AsNoTracking().Select(s => s.MonthEnd).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var done = new List<DateOnly>();
        foreach (var monthEnd in MonthClose.ClosedMonthEnds(today, settings.CloseAfterDays, settings.BackfillMonths))
        {
            if (!frozen.Contains(monthEnd) && await FreezeAsync(calculator, monthEnd, now, cancellationToken) > 0)
            {
                done.Add(monthEnd);
            }
        }

        return done;
    }

    /// <summary>Freezes one month end in one transaction; returns the number of figures written (0 when it was frozen already).</summary>
    public async Task<int> FreezeAsync(IndicatorCalculator calculator, DateOnly monthEnd, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(calculator);
        if (monthEnd.AddDays(1).Day != 1)
        {
            throw new ArgumentException($"{monthEnd:yyyy-MM-dd} is not the last day of a month.", nameof(monthEnd));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.IndicatorSnapshots.AnyAsync(s => s.MonthEnd == monthEnd, cancellationToken))
        {
            return 0;
        }

        var version = await DataVersion.CurrentAsync(db, cancellationToken);
        var units = calculator.OrgUnits.Where(u => u.Kind != OrgUnitKind.Authority).Select(u => u.Id).ToList();
        var rows = new List<IndicatorSnapshot>();
        foreach (var breakdown in calculator.ComputeAll(IndicatorCatalogue.All, MonthClose.FrozenPeriods(monthEnd)))
        {
            rows.Add(IndicatorSnapshot.Of(breakdown.Authority, null, monthEnd, now, version));
            rows.AddRange(units.Where(breakdown.OrgUnits.ContainsKey).Select(u => IndicatorSnapshot.Of(breakdown.OrgUnits[u], u, monthEnd, now, version)));
        }

        var tracking = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            db.IndicatorSnapshots.AddRange(rows);
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = tracking;
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(cancellationToken);
        return rows.Count;
    }

    /// <summary>
    /// The frozen figures of one indicator for the authority (null) or one unit, for one kind of period, oldest first: the figures
    /// only, without the ids behind them (<see cref="FigureAsync"/> reads those for one month).
    /// </summary>
    public async Task<IReadOnlyList<IndicatorSnapshot>> SeriesAsync(string indicatorId, long? orgUnitId, PeriodKind kind, CancellationToken cancellationToken)
    {
        var rows = await db.IndicatorSnapshots.AsNoTracking()
            .Where(s => s.IndicatorId == indicatorId && s.OrgUnitId == orgUnitId && s.PeriodKind == kind)
            .Select(s => new IndicatorSnapshot
            {
                Id = s.Id,
                IndicatorId = s.IndicatorId,
                OrgUnitId = s.OrgUnitId,
                MonthEnd = s.MonthEnd,
                PeriodKind = s.PeriodKind,
                PeriodStart = s.PeriodStart,
                PeriodEnd = s.PeriodEnd,
                Numerator = s.Numerator,
                Denominator = s.Denominator,
                Value = s.Value,
                FrozenAt = s.FrozenAt,
                DataVersion = s.DataVersion,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(s => s.MonthEnd)];
    }

    /// <summary>The month ends whose month figure for the indicator and unit kept the ids behind it.</summary>
    public async Task<IReadOnlySet<DateOnly>> MonthEndsWithIdsAsync(string indicatorId, long? orgUnitId, CancellationToken cancellationToken) =>
        (await db.IndicatorSnapshots.AsNoTracking()
            .Where(s => s.IndicatorId == indicatorId && s.OrgUnitId == orgUnitId && s.PeriodKind == PeriodKind.Month && s.NumeratorChildIds != null)
            .Select(s => s.MonthEnd)
            .ToListAsync(cancellationToken)).ToHashSet();

    /// <summary>One frozen month figure with the ids behind it, or null when the month was not frozen for the indicator and unit.</summary>
    public Task<IndicatorSnapshot?> FigureAsync(string indicatorId, long? orgUnitId, DateOnly monthEnd, CancellationToken cancellationToken) =>
        db.IndicatorSnapshots.AsNoTracking()
            .Where(s => s.IndicatorId == indicatorId && s.OrgUnitId == orgUnitId && s.PeriodKind == PeriodKind.Month && s.MonthEnd == monthEnd)
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Of a frozen figure's child ids, those that still name the child they named when it was frozen: the child is held, and was
    /// inserted by a load no later than the newest the figure was computed from. A rollback removes a load's children, and a later
    /// load may be given the same ids for other children; neither is held.
    /// </summary>
    public Task<IReadOnlySet<long>> ChildrenStillHeldAsync(IndicatorSnapshot snapshot, IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        StillHeldAsync(db.Children, snapshot, ids, cancellationToken);

    /// <summary>Of a frozen figure's worker ids, those that still name the worker they named then (as <see cref="ChildrenStillHeldAsync"/>).</summary>
    public Task<IReadOnlySet<long>> WorkersStillHeldAsync(IndicatorSnapshot snapshot, IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        StillHeldAsync(db.Workers, snapshot, ids, cancellationToken);

    private static async Task<IReadOnlySet<long>> StillHeldAsync<T>(IQueryable<T> records, IndicatorSnapshot snapshot, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
        where T : SourcedRecord
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0 || snapshot.NewestLoadId is not { } newest)
        {
            return new HashSet<long>();
        }

        var list = ids.ToList();
        return (await records.AsNoTracking().Where(r => list.Contains(r.Id) && r.SourceLoadId <= newest).Select(r => r.Id).ToListAsync(cancellationToken)).ToHashSet();
    }

    /// <summary>Every frozen authority-wide figure for the twelve months to a month end, by indicator id, for the months up to a date.</summary>
    public async Task<ILookup<string, IndicatorSnapshot>> AuthorityRollingSeriesAsync(DateOnly upTo, CancellationToken cancellationToken)
    {
        var rows = await db.IndicatorSnapshots.AsNoTracking()
            .Where(s => s.OrgUnitId == null && s.PeriodKind == PeriodKind.RollingTwelveMonths && s.MonthEnd <= upTo)
            .ToListAsync(cancellationToken);
        return rows.OrderBy(s => s.MonthEnd).ToLookup(s => s.IndicatorId, StringComparer.Ordinal);
    }

    /// <summary>The latest month end frozen, or null when none is.</summary>
    public async Task<DateOnly?> LatestMonthEndAsync(CancellationToken cancellationToken) =>
        await db.IndicatorSnapshots.AsNoTracking().OrderByDescending(s => s.MonthEnd).Select(s => (DateOnly?)s.MonthEnd).FirstOrDefaultAsync(cancellationToken);
}
