using System.Collections.Concurrent;
using System.Threading.Channels;
using GoldenThread.Core.Returns;
using GoldenThread.Data;
using GoldenThread.Data.Loads;

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
public sealed class ImportWorker(ImportJobQueue queue, IServiceScopeFactory scopes, TimeProvider clock, ILogger<ImportWorker> logger) : BackgroundService
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
        try
        {
            job.State = ImportJobState.Reading;
            if (job.Files.Count == 1 && IsPublishedStatistics(job.Files[0]))
            {
                await LoadPublishedAsync(job, cancellationToken);
                return;
            }

            var parsed = await Task.Run(() => ReturnReader.Read(job.Files, job.CollectionYear), cancellationToken);
            job.ProblemCount = parsed.Data.Problems.Count;
            job.State = ImportJobState.Writing;
            job.Total = parsed.Data.RecordCount;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GoldenThreadDbContext>();
            var request = new LoadRequest(parsed.FileName, parsed.ComputeSha256(), parsed.Format, job.UserName, clock.GetUtcNow());
            var outcome = await new LoadWriter(db).LoadAsync(parsed.Data, request, new JobProgress(job), cancellationToken);
            job.LoadId = outcome.Load.Id;
            job.State = outcome.AlreadyLoaded ? ImportJobState.AlreadyLoaded : ImportJobState.Loaded;
            job.Message = outcome.AlreadyLoaded
                ? $"These files were already loaded as load {outcome.Load.Id}. Nothing was changed."
                : $"Loaded {outcome.RecordsWritten:N0} records for {outcome.Load.ChildCount:N0} children; {outcome.RecordsSuperseded:N0} earlier records replaced.";
            logger.LogInformation("Import job {JobId} finished as load {LoadId}", job.Id, outcome.Load.Id);
        }
        catch (ReturnFormatException ex)
        {
            job.State = ImportJobState.Failed;
            job.Message = ex.Message;
            logger.LogInformation("Import job {JobId} refused a file that could not be read", job.Id);
        }
#pragma warning disable CA1031 // A failed upload must show a message to its owner, whatever the cause; nothing was written.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            job.State = ImportJobState.Failed;
            job.Message = "The load failed and nothing was changed. The problem has been recorded for the administrator.";
            logger.LogError(ex, "Import job {JobId} failed", job.Id);
        }
    }

    private static bool IsPublishedStatistics(ReturnFile file)
    {
        using var stream = file.Open();
        return Core.Published.PublishedFileReader.Recognises(stream, file.FileName);
    }

    /// <summary>DfE or ONS published statistics go to the benchmark store, as one load.</summary>
    private async Task LoadPublishedAsync(ImportJob job, CancellationToken cancellationToken)
    {
        job.State = ImportJobState.Writing;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoldenThreadDbContext>();
        await using var stream = job.Files[0].Open();
        var outcome = await GoldenThread.Data.Published.PublishedStatisticsLoader.LoadAsync(db, job.Files[0].FileName, stream, job.UserName, clock.GetUtcNow(), cancellationToken);
        job.LoadId = outcome.Load.Id;
        job.State = outcome.Result == GoldenThread.Data.Published.PublishedLoadResult.Loaded ? ImportJobState.Loaded : ImportJobState.AlreadyLoaded;
        job.Message = outcome.Result == GoldenThread.Data.Published.PublishedLoadResult.Loaded
            ? $"Loaded {outcome.RowsWritten:N0} published figures ({outcome.Dataset}) into the benchmark store."
            : $"These published statistics, or a later edition of them, are already loaded (load {outcome.Load.Id}). Nothing was changed.";
    }

    private sealed class JobProgress(ImportJob job) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => (job.Done, job.Total) = value;
    }
}
