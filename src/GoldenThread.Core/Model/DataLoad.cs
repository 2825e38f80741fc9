namespace GoldenThread.Core.Model;

/// <summary>One load of data into GoldenThread: a file imported, or the synthetic demo authority generated.</summary>
public sealed class DataLoad
{
    public long Id { get; set; }

    public required string FileName { get; set; }

    /// <summary>SHA-256 of the file's bytes, lower-case hex; for generated data, of the generator's parameters.</summary>
    public required string Sha256 { get; set; }

    public required string Format { get; set; }

    /// <summary>The collection: cin, 903, annex-a, demo or dfe-published.</summary>
    public string Collection { get; set; } = string.Empty;

    /// <summary>Collection year such as 2024-25, where the format has one.</summary>
    public string? CollectionYear { get; set; }

    /// <summary>
    /// What a newer load of the same collection replaces whole: the collection year, or the Annex A "as at" date.
    /// </summary>
    public string? Slice { get; set; }

    /// <summary>The earlier load of the same collection and slice that this load replaced, if any.</summary>
    public long? ReplacedLoadId { get; set; }

    /// <summary>Problems found while reading that did not stop the load (kept as findings).</summary>
    public int ProblemCount { get; set; }

    public DateTimeOffset LoadedAt { get; set; }

    public required string LoadedBy { get; set; }

    public DataLoadStatus Status { get; set; }

    public int ChildCount { get; set; }

    public int RecordCount { get; set; }

    /// <summary>Records of earlier loads this load replaced.</summary>
    public int SupersededCount { get; set; }

    public DateTimeOffset? RolledBackAt { get; set; }

    public string? RolledBackBy { get; set; }

    /// <summary>True for the synthetic demo authority: shown as synthetic wherever its data appears.</summary>
    public bool IsSynthetic { get; set; }
}

public enum DataLoadStatus
{
    Committed = 1,
    Superseded = 2,
    RolledBack = 3,
}

public static class DataLoadFormats
{
    public const string SyntheticDemo = "synthetic-demo";
    public const string CinCensusXml = "cin-census-xml";
    public const string Ssda903Csv = "ssda903-csv";
    public const string Ssda903Xml = "ssda903-xml";
    public const string AnnexAWorkbook = "annex-a-xlsx";
    public const string PublishedStatistics = "dfe-published-csv";
}
