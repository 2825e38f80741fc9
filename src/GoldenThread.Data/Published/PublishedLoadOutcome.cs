using GoldenThread.Core.Model;
using GoldenThread.Core.Published;

namespace GoldenThread.Data.Published;

public enum PublishedLoadResult
{
    /// <summary>The file was loaded (and replaced the dataset's earlier load, if any).</summary>
    Loaded = 1,

    /// <summary>The same bytes are already loaded (current or superseded): nothing changed.</summary>
    SameFileAlreadyLoaded = 2,

    /// <summary>Shipped files only: the dataset already has a load of the same or a later year, which is kept.</summary>
    LaterFileAlreadyLoaded = 3,
}

/// <summary>What a load of a published file did.</summary>
/// <param name="Load">The new load; or the existing one that made the load unnecessary.</param>
/// <param name="RowsWritten">Statistics (or neighbour rows) written.</param>
/// <param name="ReplacedLoadId">The dataset's earlier load that this one superseded.</param>
public sealed record PublishedLoadOutcome(DataLoad Load, PublishedDataset Dataset, PublishedLoadResult Result, int RowsWritten, long? ReplacedLoadId);
