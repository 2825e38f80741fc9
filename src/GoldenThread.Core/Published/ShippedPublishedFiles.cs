using System.Reflection;

namespace GoldenThread.Core.Published;

/// <summary>
/// The copies of the DfE/ONS files shipped inside GoldenThread (<c>ReferenceData/Published</c>, embedded; sources and
/// licence in <c>ReferenceData/SOURCES.md</c>), so benchmarks work before anyone loads a file.
/// </summary>
public static class ShippedPublishedFiles
{
    private const string Prefix = "GoldenThread.Core.ReferenceData.Published.";

    /// <summary>The shipped file of every dataset, in <see cref="PublishedDatasets.All"/> order.</summary>
    public static IReadOnlyList<string> FileNames { get; } = [.. PublishedDatasets.All.Select(d => d.ShippedFileName)];

    /// <summary>Opens a shipped file (the caller disposes the stream).</summary>
    public static Stream Open(string fileName) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + fileName)
        ?? throw new ArgumentOutOfRangeException(nameof(fileName), fileName, "GoldenThread does not ship this file.");

    /// <summary>Reads every statistic of a shipped statistics file.</summary>
    public static IReadOnlyList<PublishedStatistic> ReadStatistics(PublishedDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        using var stream = Open(dataset.ShippedFileName);
        return PublishedFileReader.ReadAllStatistics(stream, dataset.ShippedFileName);
    }

    /// <summary>Reads a shipped neighbour model (by default the 2025 model).</summary>
    public static StatisticalNeighbours ReadNeighbours(PublishedDataset? dataset = null)
    {
        var model = dataset ?? PublishedDatasets.NeighboursModel2025;
        using var stream = Open(model.ShippedFileName);
        return PublishedFileReader.ReadAllNeighbours(stream, model.ShippedFileName);
    }
}
