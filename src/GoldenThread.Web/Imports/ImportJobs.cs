using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using GoldenThread.Core.Model;
using GoldenThread.Core.Returns;
using GoldenThread.Data;
using GoldenThread.Data.Loads;
using GoldenThread.Web.Infrastructure;

namespace GoldenThread.Web.Imports;

public enum ImportJobState
{
    Queued,
    Reading,
    Writing,
    Loaded,
    AlreadyLoaded,
    Failed,
}

/// <summary>One upload being loaded in the background, with its progress for the status page.</summary>
public sealed class ImportJob(Guid id, IReadOnlyList<ReturnFile> files, string? collectionYear, string userName)
{
    public Guid Id { get; } = id;

    public IReadOnlyList<ReturnFile> Files { get; } = files;

    public string? CollectionYear { get; } = collectionYear;

    public string UserName { get; } = userName;

    public ImportJobState State { get; set; } = ImportJobState.Queued;

    public int Done { get; set; }

    public int Total { get; set; }

    public string? Message { get; set; }

    public long? LoadId { get; set; }

    public int ProblemCount { get; set; }

    public bool Finished => State is ImportJobState.Loaded or ImportJobState.AlreadyLoaded or ImportJobState.Failed;

    public string FileNames => string.Join(", ", Files.Select(f => f.FileName));
}

/// <summary>Uploads wait here for the background loader; the status page reads their progress.</summary>
public sealed class ImportJobQueue
{
    private readonly Channel<ImportJob> _channel = Channel.CreateUnbounded<ImportJob>();
    private readonly ConcurrentDictionary<Guid, ImportJob> _jobs = new();

    public ImportJob Enqueue(IReadOnlyList<ReturnFile> files, string? collectionYear, string userName)
    {
        var job = new ImportJob(Guid.NewGuid(), files, collectionYear, userName);
        _jobs[job.Id] = job;
        _channel.Writer.TryWrite(job);
        return job;
    }

    public ImportJob? Find(Guid id) => _jobs.GetValueOrDefault(id);

    public IAsyncEnumerable<ImportJob> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}

/// <summary>Reads and loads queued uploads one at a time, in the background, each as one all-or-nothing load.</summary>
public sealed partial class ImportWorker(ImportJobQueue queue, IServiceScopeFactory scopes, TimeProvider clock, GoldenThreadMetrics metrics, ILogger<ImportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in queue.ReadAllAsync(stoppingToken))
        {
            await RunAsync(job, stoppingToken);
        }
    }

    public async Task RunAsync(ImportJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var started = Stopwatch.GetTimestamp();
        var (format, outcome, records) = (ImportOutcomes.UnknownFormat, ImportOutcomes.Cancelled, 0L);
        try
        {
            job.State = ImportJobState.Reading;
            if (job.Files.Count == 1 && IsPublishedStatistics(job.Files[0]))
            {
                format = DataLoadFormats.PublishedStatistics;
                (outcome, records) = await LoadPublishedAsync(job, cancellationToken);
                return;
            }

            var parsed = await Task.Run(() => ReturnReader.Read(job.Files, job.CollectionYear), cancellationToken);
            format = parsed.Format;
            job.ProblemCount = parsed.Data.Problems.Count;
            job.State = ImportJobState.Writing;
            job.Total = parsed.Data.RecordCount;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GoldenThreadDbContext>();
            var request = new LoadRequest(parsed.FileName, parsed.ComputeSha256(), parsed.Format, job.UserName, clock.GetUtcNow());
            var written = await new LoadWriter(db).LoadAsync(parsed.Data, request, new JobProgress(job), cancellationToken);
            job.LoadId = written.Load.Id;
            job.State = written.AlreadyLoaded ? ImportJobState.AlreadyLoaded : ImportJobState.Loaded;
            job.Message = written.AlreadyLoaded
                ? $"These files were already loaded as load {written.Load.Id}. Nothing was changed."
                : $"Loaded {written.RecordsWritten:N0} records for {written.Load.ChildCount:N0} children; {written.RecordsSuperseded:N0} earlier records replaced.";
            (outcome, records) = written.AlreadyLoaded ? (ImportOutcomes.AlreadyLoaded, 0) : (ImportOutcomes.Loaded, written.RecordsWritten);
            LogLoaded(logger, job.Id, written.Load.Id, format);
        }
        catch (ReturnFormatException ex)
        {
            outcome = ImportOutcomes.Refused;
            job.State = ImportJobState.Failed;
            job.Message = ex.Message;
            LogRefused(logger, job.Id);
        }
#pragma warning disable CA1031 // A failed upload must show a message to its owner, whatever the cause; nothing was written.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            outcome = ImportOutcomes.Failed;
            job.State = ImportJobState.Failed;
            job.Message = "The load failed and nothing was changed. The problem has been recorded for the administrator.";
            LogFailed(logger, ex, job.Id);
        }
        finally
        {
            metrics.ImportFinished(format, outcome, Stopwatch.GetElapsedTime(started), records);
        }
    }

    private static bool IsPublishedStatistics(ReturnFile file)
    {
        using var stream = file.Open();
        return Core.Published.PublishedFileReader.Recognises(stream, file.FileName);
    }

    /// <summary>DfE or ONS published statistics go to the benchmark store, as one load.</summary>
    private async Task<(string Outcome, long Rows)> LoadPublishedAsync(ImportJob job, CancellationToken cancellationToken)
    {
        job.State = ImportJobState.Writing;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoldenThreadDbContext>();
        await using var stream = job.Files[0].Open();
        var outcome = await GoldenThread.Data.Published.PublishedStatisticsLoader.LoadAsync(db, job.Files[0].FileName, stream, job.UserName, clock.GetUtcNow(), cancellationToken);
        var loaded = outcome.Result == GoldenThread.Data.Published.PublishedLoadResult.Loaded;
        job.LoadId = outcome.Load.Id;
        job.State = loaded ? ImportJobState.Loaded : ImportJobState.AlreadyLoaded;
        job.Message = loaded
            ? $"Loaded {outcome.RowsWritten:N0} published figures ({outcome.Dataset}) into the benchmark store."
            : $"These published statistics, or a later edition of them, are already loaded (load {outcome.Load.Id}). Nothing was changed.";
        LogLoaded(logger, job.Id, outcome.Load.Id, DataLoadFormats.PublishedStatistics);
        return loaded ? (ImportOutcomes.Loaded, outcome.RowsWritten) : (ImportOutcomes.AlreadyLoaded, 0);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import job {JobId} finished as load {LoadId} ({Format})")]
    private static partial void LogLoaded(ILogger logger, Guid jobId, long loadId, string format);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import job {JobId} refused a file that could not be read")]
    private static partial void LogRefused(ILogger logger, Guid jobId);

    // The exception's stack trace helps the administrator; file contents never reach it (format problems are refused above, unlogged).
    [LoggerMessage(Level = LogLevel.Error, Message = "Import job {JobId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId);

    private sealed class JobProgress(ImportJob job) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => (job.Done, job.Total) = value;
    }
}
