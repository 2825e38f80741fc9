namespace GoldenThread.Core.Model;

/// <summary>A child-level record that keeps the load it came from, so every figure can be traced back to a file.</summary>
public abstract class SourcedRecord
{
    public long Id { get; set; }

    /// <summary>The <see cref="DataLoad"/> this record came from.</summary>
    public long SourceLoadId { get; set; }
}

/// <summary>A record that belongs to one child.</summary>
public abstract class ChildRecord : SourcedRecord
{
    public long ChildId { get; set; }

    /// <summary>
    /// The later load that replaced this record (the same return loaded again, or the same record in a newer return).
    /// Null while the record is current. Kept, not deleted, so rolling the later load back restores it exactly.
    /// </summary>
    public long? SupersededByLoadId { get; set; }
}
