namespace GoldenThread.Data.Loads;

/// <summary>
/// What a load did to a child's identity row: inserted it, or changed its characteristics (with the values before),
/// so rolling the load back restores the child exactly.
/// </summary>
public sealed class ChildRevision
{
    public long Id { get; set; }

    public long LoadId { get; set; }

    public long ChildId { get; set; }

    public bool Inserted { get; set; }

    /// <summary>JSON of the child's characteristics before the load changed them; null when the load inserted the child.</summary>
    public string? PreviousValues { get; set; }
}
