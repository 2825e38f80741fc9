using GoldenThread.Core.Model;

namespace GoldenThread.Core.Quality;

/// <summary>A stretch without supervision: from a supervision (or the worker's start) to the next one, or to the date.</summary>
public sealed record SupervisionGap(DateOnly From, DateOnly To, bool IsOpen)
{
    public int Days => To.DayNumber - From.DayNumber;
}

/// <summary>One worker's supervision over the period.</summary>
/// <param name="LastSupervision">The latest supervision on or before the date, or null when none since the worker started.</param>
/// <param name="DaysSinceLast">Days from the last supervision (or from the start date when none) to the date.</param>
/// <param name="InDate">Supervised within the interval: <paramref name="DaysSinceLast"/> is no more than the interval.</param>
public sealed record WorkerSupervision(
    Worker Worker,
    DateOnly? LastSupervision,
    int DaysSinceLast,
    bool InDate,
    int SupervisionsInPeriod,
    IReadOnlyList<SupervisionGap> Gaps,
    int LateGaps,
    int LongestGapDays);

public sealed record SupervisionComplianceResult(
    DateOnly From,
    DateOnly To,
    int IntervalDays,
    IReadOnlyList<WorkerSupervision> Workers,
    Proportion WorkersInDate,
    Proportion GapsWithinInterval);

/// <summary>
/// Compliance of supervision with the interval setting (default every 6 weeks = 42 days), for the indicator
/// catalogue and the pages. The rule (docs/adr/0011-quality-assurance.md):
/// <list type="bullet">
/// <item>workers counted: case-holding workers in post at the date (started on or before it, not left before it);</item>
/// <item>each worker's points in time are their start date and each distinct supervision date from the start date to the date;</item>
/// <item>gaps are the days between consecutive points, and from the last point to the date (the open gap);
/// a gap counts in the period when it ends on or after the period's first day; a gap is late when it is longer than the interval;</item>
/// <item>a worker is in date when the open gap is no longer than the interval (a new starter is in date for the interval's length);</item>
/// <item>totals: workers in date ÷ workers counted; gaps in the period not late ÷ gaps in the period.</item>
/// </list>
/// </summary>
public static class SupervisionCompliance
{
    public const int DefaultIntervalDays = 42;

    /// <summary>Over the year to the date: the period starts on the day after the same date a year before.</summary>
    public static SupervisionComplianceResult Compute(IEnumerable<Worker> workers, IEnumerable<SupervisionRecord> supervisions, DateOnly date, int intervalDays = DefaultIntervalDays) =>
        Compute(workers, supervisions, date.AddYears(-1).AddDays(1), date, intervalDays);

    public static SupervisionComplianceResult Compute(IEnumerable<Worker> workers, IEnumerable<SupervisionRecord> supervisions, DateOnly from, DateOnly to, int intervalDays = DefaultIntervalDays)
    {
        ArgumentNullException.ThrowIfNull(workers);
        ArgumentNullException.ThrowIfNull(supervisions);
        ArgumentOutOfRangeException.ThrowIfLessThan(intervalDays, 1);
        if (from > to)
        {
            throw new ArgumentException("The period must start on or before the date.", nameof(from));
        }

        var byWorker = supervisions.ToLookup(s => s.WorkerId, s => s.SupervisionDate);
        var rows = new List<WorkerSupervision>();
        foreach (var worker in workers.Where(w => w.IsCaseHolding && w.StartDate <= to && (w.LeavingDate is null || w.LeavingDate >= to)).OrderBy(w => w.Id))
        {
            var dates = byWorker[worker.Id].Where(d => d >= worker.StartDate && d <= to).Distinct().Order().ToList();
            var points = new List<DateOnly> { worker.StartDate };
            points.AddRange(dates.Where(d => d != worker.StartDate));
            var gaps = new List<SupervisionGap>();
            for (var i = 1; i < points.Count; i++)
            {
                gaps.Add(new SupervisionGap(points[i - 1], points[i], false));
            }

            gaps.Add(new SupervisionGap(points[^1], to, true));
            var inPeriod = gaps.Where(g => g.To >= from).ToList();
            var open = gaps[^1];
            rows.Add(new WorkerSupervision(
                worker,
                dates.Count > 0 ? dates[^1] : null,
                open.Days,
                open.Days <= intervalDays,
                dates.Count(d => d >= from),
                inPeriod,
                inPeriod.Count(g => g.Days > intervalDays),
                inPeriod.Max(g => g.Days)));
        }

        var allGaps = rows.SelectMany(r => r.Gaps).ToList();
        return new SupervisionComplianceResult(
            from,
            to,
            intervalDays,
            rows,
            new Proportion(rows.Count(r => r.InDate), rows.Count),
            new Proportion(allGaps.Count(g => g.Days <= intervalDays), allGaps.Count));
    }
}

/// <summary>One child's latest management oversight: a decision on their record, or a discussion in supervision.</summary>
public sealed record ChildOversight(long ChildId, DateOnly? LastOversight, bool InDate);

public sealed record OversightCoverageResult(DateOnly Date, int IntervalDays, IReadOnlyList<ChildOversight> Children, Proportion InDate);

/// <summary>
/// Management oversight of open cases: a child has oversight in date when a manager recorded a decision on their record,
/// or their case was discussed in a worker's supervision, in the interval before the date (default 90 days: the
/// decision or discussion is on or before the date and no more than 90 days before it).
/// </summary>
public static class ManagementOversight
{
    public const int DefaultIntervalDays = 90;

    public static OversightCoverageResult Compute(
        IEnumerable<long> childIds,
        IEnumerable<ManagementOversightDecision> decisions,
        IEnumerable<SupervisionRecord> supervisions,
        DateOnly date,
        int intervalDays = DefaultIntervalDays)
    {
        ArgumentNullException.ThrowIfNull(childIds);
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(supervisions);
        var latest = new Dictionary<long, DateOnly>();
        void Note(long child, DateOnly on)
        {
            if (on <= date && (!latest.TryGetValue(child, out var known) || on > known))
            {
                latest[child] = on;
            }
        }

        foreach (var decision in decisions)
        {
            Note(decision.ChildId, decision.DecisionDate);
        }

        foreach (var supervision in supervisions)
        {
            foreach (var child in supervision.ChildrenDiscussed)
            {
                Note(child, supervision.SupervisionDate);
            }
        }

        var rows = childIds.Distinct().Order().Select(id => latest.TryGetValue(id, out var last)
            ? new ChildOversight(id, last, date.DayNumber - last.DayNumber <= intervalDays)
            : new ChildOversight(id, null, false)).ToList();
        return new OversightCoverageResult(date, intervalDays, rows, new Proportion(rows.Count(r => r.InDate), rows.Count));
    }
}
