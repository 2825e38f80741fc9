namespace GoldenThread.Core.Model;

/// <summary>One load of data into GoldenThread: a file imported, or the synthetic demo authority generated.</summary>
public sealed class DataLoad
{
    public long Id { get; set; }

    public required string FileName { get; set; }

    /// <summary>SHA-256 of the file's bytes, lower-case hex; for generated data, of the generator's parameters.</summary>
    public required string Sha256 { get; set; }

    public required string Format { get; set; }

    /// <summary>Collection year such as 2024-25, where the format has one.</summary>
    public string? CollectionYear { get; set; }

    public DateTimeOffset LoadedAt { get; set; }

    public required string LoadedBy { get; set; }

    public DataLoadStatus Status { get; set; }

    public int ChildCount { get; set; }

    public int RecordCount { get; set; }

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
