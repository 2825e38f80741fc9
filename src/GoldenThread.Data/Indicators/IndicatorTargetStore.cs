using GoldenThread.Core.Indicators;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Indicators;

/// <summary>
/// Targets and tolerances as stored. Every change, setting or clearing, goes through <see cref="SetAsync"/>, the one place a change
/// is made, so the audit trail can be recorded there.
/// </summary>
public sealed class IndicatorTargetStore(GoldenThreadDbContext db)
{
    /// <summary>The targets in force, resolved against the org structure.</summary>
    public async Task<TargetBook> BookAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<IndicatorTargetSetting>().AsNoTracking().ToListAsync(cancellationToken);
        var units = await db.OrgUnits.AsNoTracking().ToListAsync(cancellationToken);
        return new TargetBook(rows.Select(ToSetting), units);
    }

    public Task<IndicatorTargetSetting?> FindAsync(string indicatorId, long? orgUnitId, CancellationToken cancellationToken = default) =>
        db.Set<IndicatorTargetSetting>().AsNoTracking().SingleOrDefaultAsync(t => t.IndicatorId == indicatorId && t.OrgUnitId == orgUnitId, cancellationToken);

    /// <summary>
    /// Sets the indicator's target for the unit (null: the authority-wide default), or clears it when <paramref name="target"/> is null.
    /// Returns true when something changed.
    /// </summary>
    public async Task<bool> SetAsync(string indicatorId, long? orgUnitId, IndicatorTarget? target, string changedBy, DateTimeOffset changedAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        var indicator = IndicatorCatalogue.Get(indicatorId);
        if (target is not null && !string.Equals(target.IndicatorId, indicator.Id, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The target is for {target.IndicatorId}, not {indicator.Id}.", nameof(target));
        }

        var existing = await db.Set<IndicatorTargetSetting>().SingleOrDefaultAsync(t => t.IndicatorId == indicator.Id && t.OrgUnitId == orgUnitId, cancellationToken);
        if (target is null)
        {
            if (existing is null)
            {
                return false;
            }

            db.Remove(existing);
        }
        else if (existing is null)
        {
            db.Add(new IndicatorTargetSetting
            {
                IndicatorId = indicator.Id,
                OrgUnitId = orgUnitId,
                Target = target.Target,
                Tolerance = target.Tolerance,
                ChangedBy = changedBy,
                ChangedAt = changedAt,
            });
        }
        else
        {
            if (existing.Target == target.Target && existing.Tolerance == target.Tolerance)
            {
                return false;
            }

            existing.Target = target.Target;
            existing.Tolerance = target.Tolerance;
            existing.ChangedBy = changedBy;
            existing.ChangedAt = changedAt;
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Authority-wide targets for the demo authority's national indicators, near England's published figures; only when no target
    /// has been set yet, so a council's own targets are never overwritten.
    /// </summary>
    public async Task SeedDemoTargetsAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        if (await db.Set<IndicatorTargetSetting>().AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var (id, value, tolerance) in DemoTargets)
        {
            await SetAsync(id, null, new IndicatorTarget(id, value, tolerance), "demo seed", at, cancellationToken);
        }
    }

    /// <summary>Demo targets: indicator, target, tolerance (England 2024-25 in DOMAIN.md as the guide).</summary>
    public static IReadOnlyList<(string IndicatorId, decimal Target, decimal Tolerance)> DemoTargets { get; } =
    [
        ("rereferral_12m", 20m, 2.5m),
        ("assessment_45wd", 85m, 5m),
        ("icpc_15wd", 80m, 5m),
        ("cpp_repeat", 22m, 3m),
        ("cpp_ended_2y", 4m, 1.5m),
        ("cpp_open_2y", 2.5m, 1m),
        ("cla_3plus_placements", 10m, 2m),
        ("cla_long_term_stability", 70m, 5m),
        ("cla_missing", 10m, 2m),
        ("care_leavers_eet_19_21", 55m, 5m),
        ("care_leavers_suitable_accom_19_21", 90m, 5m),
        ("adoption_a1_days", 450m, 60m),
        ("adoption_a2_days", 150m, 30m),
        ("caseload_per_fte", 17m, 2m),
        ("agency_worker_rate", 15m, 3m),
    ];

    private static TargetSetting ToSetting(IndicatorTargetSetting row) => new(new IndicatorTarget(row.IndicatorId, row.Target, row.Tolerance), row.OrgUnitId);
}
