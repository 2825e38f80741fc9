using System.Globalization;
using System.Security.Cryptography;
using GoldenThread.Core.Model;
using GoldenThread.Core.Published;
using GoldenThread.Data.Loads;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Published;

/// <summary>
/// Loads a DfE/ONS published statistics file or a statistical neighbour file as one <see cref="DataLoad"/> (collection
/// dfe-published, format <see cref="DataLoadFormats.PublishedStatistics"/>, slice = the dataset's
/// <see cref="PublishedDataset.Slice"/>, collection year = the file's latest time period or the model's year), in one
/// transaction, rows written with <see cref="BulkWriter"/>.
/// <list type="bullet">
/// <item>A file that does not read (<see cref="Core.Returns.ReturnFormatException"/>) changes nothing.</item>
/// <item>The same bytes (SHA-256) as a committed or superseded load: nothing happens and that load is reported.</item>
/// <item>A later load of the same dataset replaces the current one: the older load becomes Superseded and its rows stay in
/// the tables but are hidden (the query filter reads only committed loads' rows). Nothing is deleted, so rolling the newer
/// load back (<see cref="LoadRollback"/>, which makes the replaced load committed again) brings the older figures back.</item>
/// </list>
/// </summary>
public static class PublishedStatisticsLoader
{
    public const string Collection = LoadRollback.PublishedStatisticsCollection;

    public static async Task<PublishedLoadOutcome> LoadAsync(
        GoldenThreadDbContext db, string fileName, Stream content, string loadedBy, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(loadedBy);

        FileStream? buffer = null;
        try
        {
            var source = content;
            if (!content.CanSeek)
            {
                buffer = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
                await content.CopyToAsync(buffer, cancellationToken);
                buffer.Position = 0;
                source = buffer;
            }

            var start = source.Position;
            var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(source, cancellationToken));
            source.Position = start;

            // Recognise the file before touching the database: a file of unknown columns changes nothing.
            PublishedDataset dataset;
            using (var probe = PublishedFileReader.Open(source, fileName, leaveOpen: true))
            {
                dataset = probe.Dataset;
            }

            var same = await db.DataLoads.AsNoTracking()
                .Where(l => l.Collection == Collection && l.Sha256 == sha256 && (l.Status == DataLoadStatus.Committed || l.Status == DataLoadStatus.Superseded))
                .OrderByDescending(l => l.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (same is not null)
            {
                return new PublishedLoadOutcome(same, dataset, PublishedLoadResult.SameFileAlreadyLoaded, 0, null);
            }

            PublishedLoadOutcome? outcome = null;
            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                source.Position = start;
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var load = new DataLoad
                {
                    FileName = fileName,
                    Sha256 = sha256,
                    Format = DataLoadFormats.PublishedStatistics,
                    Collection = Collection,
                    Slice = dataset.Slice,
                    LoadedAt = now,
                    LoadedBy = loadedBy,
                    Status = DataLoadStatus.Committed,
                };
                db.DataLoads.Add(load);
                await db.SaveChangesAsync(cancellationToken);

                var written = await WriteRowsAsync(db, source, fileName, load, cancellationToken);

                var replaced = await db.DataLoads
                    .Where(l => l.Id != load.Id && l.Collection == Collection && l.Slice == dataset.Slice && l.Status == DataLoadStatus.Committed)
                    .ToListAsync(cancellationToken);
                foreach (var older in replaced)
                {
                    older.Status = DataLoadStatus.Superseded;
                }

                load.ReplacedLoadId = replaced.Count == 0 ? null : replaced.Max(l => l.Id);
                load.SupersededCount = replaced.Sum(l => l.RecordCount);
                load.RecordCount = written;
                await db.SaveChangesAsync(cancellationToken);
                await new BulkWriter(db).ResetKeySequencesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                outcome = new PublishedLoadOutcome(load, dataset, PublishedLoadResult.Loaded, written, load.ReplacedLoadId);
            });
            return outcome!;
        }
        finally
        {
            if (buffer is not null)
            {
                await buffer.DisposeAsync();
            }
        }
    }

    private static async Task<int> WriteRowsAsync(GoldenThreadDbContext db, Stream source, string fileName, DataLoad load, CancellationToken cancellationToken)
    {
        using var reader = PublishedFileReader.Open(source, fileName, leaveOpen: true);
        var writer = new BulkWriter(db);
        if (reader.Dataset.Kind == PublishedFileKind.StatisticalNeighbours)
        {
            var model = reader.ReadNeighbours();
            var first = await db.Set<StatisticalNeighbourRow>().IgnoreQueryFilters().MaxAsync(r => (long?)r.Id, cancellationToken) ?? 0;
            load.CollectionYear = reader.Dataset.ModelYear?.ToString(CultureInfo.InvariantCulture);
            return await writer.WriteAsync(StatisticalNeighbourRow.From(model, first + 1, load.Id), cancellationToken);
        }

        var next = (await db.PublishedStatistics.IgnoreQueryFilters().MaxAsync(r => (long?)r.Id, cancellationToken) ?? 0) + 1;
        var written = await writer.WriteAsync(reader.ReadStatistics().Select(s => PublishedStatisticRow.From(s, next++, load.Id)), cancellationToken);
        load.CollectionYear = reader.LatestTimePeriod?.ToString(CultureInfo.InvariantCulture);
        return written;
    }
}
