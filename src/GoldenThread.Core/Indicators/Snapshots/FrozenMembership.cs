namespace GoldenThread.Core.Indicators.Snapshots;

/// <summary>
/// The ids behind one part of a frozen month figure beside the same part computed from today's data: which frozen ids still name
/// the record they named then, how many no longer do (a rollback removed the record), and who was counted then and not now, or
/// now and not then. The last two explain a restatement.
/// </summary>
/// <remarks>
/// An id no longer held is counted then and not now even when today's figure holds the same number: ids are given out again after
/// a rollback, so the number may now name a record loaded since, which is counted now and not then.
/// </remarks>
public sealed class FrozenMembership
{
    private FrozenMembership(IReadOnlyList<long> held, int noLongerHeld, IReadOnlyList<long> thenNotNow, IReadOnlyList<long> nowNotThen)
    {
        Held = held;
        NoLongerHeld = noLongerHeld;
        ThenNotNow = thenNotNow;
        NowNotThen = nowNotThen;
    }

    /// <summary>The frozen ids that still name the same record, ascending.</summary>
    public IReadOnlyList<long> Held { get; }

    /// <summary>How many frozen ids no longer name the record they named when the month was frozen.</summary>
    public int NoLongerHeld { get; }

    /// <summary>Held ids counted when the month was frozen and not in today's figure, ascending (those no longer held are only counted).</summary>
    public IReadOnlyList<long> ThenNotNow { get; }

    /// <summary>Ids in today's figure that were not counted when the month was frozen, ascending.</summary>
    public IReadOnlyList<long> NowNotThen { get; }

    /// <summary>Everyone counted then and not now: those still held and listed, and those no longer held.</summary>
    public int ThenNotNowCount => ThenNotNow.Count + NoLongerHeld;

    /// <param name="frozen">The ids kept when the month was frozen.</param>
    /// <param name="now">The ids behind the same part of the figure computed from today's data.</param>
    /// <param name="held">The frozen ids that still name the same record: neither removed by a rollback nor given to a record loaded since.</param>
    public static FrozenMembership Compare(IReadOnlyList<long> frozen, IReadOnlyList<long> now, IReadOnlySet<long> held)
    {
        ArgumentNullException.ThrowIfNull(frozen);
        ArgumentNullException.ThrowIfNull(now);
        ArgumentNullException.ThrowIfNull(held);
        var stillHeld = frozen.Where(held.Contains).Distinct().Order().ToList();
        var heldSet = stillHeld.ToHashSet();
        var nowSet = now.ToHashSet();
        return new FrozenMembership(
            stillHeld,
            frozen.Distinct().Count() - stillHeld.Count,
            [.. stillHeld.Where(id => !nowSet.Contains(id))],
            [.. nowSet.Where(id => !heldSet.Contains(id)).Order()]);
    }
}
