using System.Globalization;
using System.Security.Cryptography;
using GoldenThread.Core.Model;
using GoldenThread.Core.Published;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Published;

/// <summary>
/// Loads the DfE/ONS files shipped with GoldenThread (<see cref="ShippedPublishedFiles"/>) so benchmarks work out of the box.
/// Safe to call on every start: for each dataset it loads the shipped copy only when
/// <list type="bullet">
/// <item>no load of the same bytes exists in any state (so a shipped file an administrator rolled back stays rolled back), and</item>
/// <item>the dataset has no committed load of the same or a later year (a council's own newer or revised file is kept).</item>
/// </list>
/// A newer GoldenThread release that ships a later year's file therefore replaces the older shipped copy.
/// </summary>
public static class ShippedPublishedStatistics
{
    public static async Task<IReadOnlyList<PublishedLoadOutcome>> LoadAllAsync(
        GoldenThreadDbContext db, string loadedBy, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var outcomes = new List<PublishedLoadOutcome>();
        foreach (var dataset in PublishedDatasets.All)
        {
            await using var stream = ShippedPublishedFiles.Open(dataset.ShippedFileName);
            var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
            stream.Position = 0;

            var same = await db.DataLoads.AsNoTracking()
                .Where(l => l.Collection == PublishedStatisticsLoader.Collection && l.Sha256 == sha256)
                .OrderByDescending(l => l.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (same is not null)
            {
                outcomes.Add(new PublishedLoadOutcome(same, dataset, PublishedLoadResult.SameFileAlreadyLoaded, 0, null));
                continue;
            }

            var current = await db.DataLoads.AsNoTracking()
                .Where(l => l.Collection == PublishedStatisticsLoader.Collection && l.Slice == dataset.Slice && l.Status == DataLoadStatus.Committed)
                .OrderByDescending(l => l.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (current is not null && Year(current) >= ShippedYear(dataset, stream))
            {
                outcomes.Add(new PublishedLoadOutcome(current, dataset, PublishedLoadResult.LaterFileAlreadyLoaded, 0, null));
                continue;
            }

            stream.Position = 0;
            outcomes.Add(await PublishedStatisticsLoader.LoadAsync(db, dataset.ShippedFileName, stream, loadedBy, now, cancellationToken));
        }

        return outcomes;
    }

    private static int Year(DataLoad load) =>
        int.TryParse(load.CollectionYear, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : 0;

    /// <summary>The shipped file's year: its latest time period, or the neighbour model's year.</summary>
    private static int ShippedYear(PublishedDataset dataset, Stream stream)
    {
        if (dataset.ModelYear is { } modelYear)
        {
            return modelYear;
        }

        stream.Position = 0;
        using var reader = PublishedFileReader.Open(stream, dataset.ShippedFileName, leaveOpen: true);
        foreach (var statistic in reader.ReadStatistics())
        {
            _ = statistic;
        }

        return reader.LatestTimePeriod ?? 0;
    }
}
