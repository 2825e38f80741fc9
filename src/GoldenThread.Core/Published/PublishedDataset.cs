namespace GoldenThread.Core.Published;

public enum PublishedFileKind
{
    /// <summary>The explore-education-statistics layout: common columns, filter columns, value columns.</summary>
    Statistics = 1,

    /// <summary>A statistical neighbour model: one row per LA with its 10 neighbours in order.</summary>
    StatisticalNeighbours = 2,
}

/// <summary>
/// A published file GoldenThread knows, recognised by its columns (never by its file name). Statistics files have the common
/// columns (<see cref="PublishedDatasets.CommonColumns"/>, in any order), then <see cref="FilterColumns"/> and
/// <see cref="ValueColumns"/>; neighbour files have <see cref="Columns"/>.
/// </summary>
public sealed record PublishedDataset
{
    /// <summary>Stable id, e.g. cin_c1: what statistics rows carry and what <see cref="PublishedMeasure"/> refers to.</summary>
    public required string Id { get; init; }

    /// <summary>
    /// At most 10 characters: the <c>DataLoad.Slice</c> of its loads, so a newer file of the same dataset replaces the older one.
    /// </summary>
    public required string Slice { get; init; }

    public required string Title { get; init; }

    /// <summary>Publisher, publication and table.</summary>
    public required string Source { get; init; }

    /// <summary>What a time period means, e.g. "year ending 31 March".</summary>
    public required string PeriodBasis { get; init; }

    public required PublishedFileKind Kind { get; init; }

    /// <summary>The name of the copy shipped in <c>ReferenceData/Published</c>.</summary>
    public required string ShippedFileName { get; init; }

    public IReadOnlyList<string> FilterColumns { get; init; } = [];

    public IReadOnlyList<string> ValueColumns { get; init; } = [];

    /// <summary>
    /// Where two datasets share a column set (care leavers' activity and accommodation): the filter column whose values tell
    /// them apart, read from the first data row.
    /// </summary>
    public string? DistinguishingFilterColumn { get; init; }

    /// <summary>The values of <see cref="DistinguishingFilterColumn"/> that belong to this dataset.</summary>
    public IReadOnlyList<string> DistinguishingFilterValues { get; init; } = [];

    /// <summary>The header of a neighbour file, in order (statistics files: the common, filter and value columns).</summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>For a neighbour model, its year (2025, 2021): the model a load of it holds.</summary>
    public int? ModelYear { get; init; }
}
