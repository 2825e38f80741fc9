using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using GoldenThread.Core.Model;
using GoldenThread.Core.Returns;
using GoldenThread.Data;
using GoldenThread.Data.Loads;
using GoldenThread.Web.Infrastructure;

namespace GoldenThread.Web.Imports;

/// <summary>
/// An upload this server holds: its files, in a temporary folder of this server, and how far its load has got. The job's row
/// in the database (<see cref="ImportJob"/>, by <see cref="JobId"/>) is what every server's progress page shows; the
/// <see cref="ImportWorker"/> writes this progress there.
/// </summary>
public sealed class ImportRun(long jobId, Guid publicId, IReadOnlyList<ReturnFile> files, DirectoryInfo? folder, string? collectionYear, string userName)
{
    private readonly Lock _gate = new();
    private ImportJobProgress _progress = new(ImportJobState.Queued, null, 0, 0, 0);
    private int _version;

    public long JobId { get; } = jobId;

    public Guid PublicId { get; } = publicId;

    public IReadOnlyList<ReturnFile> Files { get; } = files;

    /// <summary>The temporary folder holding the files, removed when the run ends.</summary>
    public DirectoryInfo? Folder { get; } = folder;

    public string? CollectionYear { get; } = collectionYear;

    public string UserName { get; } = userName;

    public ImportJobProgress Progress
    {
        get
        {
            lock (_gate)
            {
                return _progress;
            }
        }
    }

    /// <summary>The version of the progress last written to the database (only the worker's writes touch it).</summary>
    internal int WrittenVersion { get; set; } = -1;

    public void Update(Func<ImportJobProgress, ImportJobProgress> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            _progress = change(_progress);
            _version++;
        }
    }

    internal (ImportJobProgress Progress, int Version) Snapshot()
    {
        lock (_gate)
        {
            return (_progress, _version);
        }
    }
}

/// <summary>Uploads this server accepted wait here for its background loader, one at a time.</summary>
public sealed class ImportJobQueue
{
    private readonly Channel<ImportRun> _channel = Channel.CreateUnbounded<ImportRun>();
    private readonly ConcurrentDictionary<long, ImportRun> _held = new();

    public void Enqueue(ImportRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        _held[run.JobId] = run;
        _channel.Writer.TryWrite(run);
    }

    /// <summary>The uploads this server holds, waiting or loading: it writes their rows, so no other server takes them for stale.</summary>
    public IReadOnlyList<ImportRun> Held => [.. _held.Values];

    /// <summary>The run has ended and its row says how.</summary>
    public void Release(ImportRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        _held.TryRemove(run.JobId, out _);
    }

    public IAsyncEnumerable<ImportRun> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}

/// <summary>
/// Reads and loads queued uploads one at a time, in the background, each as one all-or-nothing load, and keeps each upload's
/// row in the database up to date (docs/adr/0017-upload-progress-in-the-database.md): the state at every step, the records
/// written at most every <see cref="ProgressInterval"/>, and every held job at least once a minute. On start and then every
/// minute, running jobs that no server has written for <c>Imports:StaleAfterMinutes</c> (default 10) are marked failed: the
/// server that held them stopped.
/// </summary>
public sealed partial class ImportWorker(
    ImportJobQueue queue,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    GoldenThreadMetrics metrics,
    IConfiguration configuration,
    ILogger<ImportWorker> logger) : BackgroundService
{
    /// <summary>The most often the progress of a load is written to the database.</summary>
    public static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(500);

    private readonly SemaphoreSlim _writes = new(1, 1);

    public TimeSpan StaleAfter => configuration.GetValue<double?>("Imports:StaleAfterMinutes") is { } minutes and > 0
        ? TimeSpan.FromMinutes(minutes)
        : ImportJobStore.DefaultStaleAfter;

    /// <summary>Marks failed the jobs left running by a server that stopped, before this server takes uploads.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await SweepAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    /// <summary>Stops loading; a load cut short and the uploads still waiting are marked failed, as nothing from them was kept.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        var left = queue.Held;
        if (left.Count == 0)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = new ImportJobStore(scope.ServiceProvider.GetRequiredService<GoldenThreadDbContext>());
            await store.FailStoppedAsync([.. left.Select(r => r.JobId)], clock.GetUtcNow(), cancellationToken);
        }
#pragma warning disable CA1031 // Stopping goes on whatever the database says; the jobs will be found stale by the next server to start.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogNotWritten(logger, ex);
        }

        foreach (var run in left)
        {
            queue.Release(run);
            RemoveFiles(run);
        }
    }

    public override void Dispose()
    {
        _writes.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var tracking = TrackAsync(stoppingToken);
        try
        {
            await foreach (var run in queue.ReadAllAsync(stoppingToken))
            {
                await RunAsync(run, stoppingToken);
            }
        }
        finally
        {
            await tracking;
        }
    }

    public async Task RunAsync(ImportRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var started = Stopwatch.GetTimestamp();
        var (format, outcome, records) = (ImportOutcomes.UnknownFormat, ImportOutcomes.Cancelled, 0L);
        var (state, message, loadId) = (ImportJobState.Failed, ImportJobStore.ServerStoppedMessage, (long?)null);
        try
        {
            run.Update(p => p with { State = ImportJobState.Reading });
            await WriteProgressAsync(run, cancellationToken);
            if (run.Files.Count == 1 && IsPublishedStatistics(run.Files[0]))
            {
                format = DataLoadFormats.PublishedStatistics;
                (state, message, loadId, outcome, records) = await LoadPublishedAsync(run, cancellationToken);
                return;
            }

            var parsed = await Task.Run(() => ReturnReader.Read(run.Files, run.CollectionYear, progress: new ReadProgress(run)), cancellationToken);
            format = parsed.Format;
            var data = parsed.Data;
            run.Update(p => p with
            {
                State = ImportJobState.Validating,
                Format = parsed.Format,
                RecordsTotal = data.RecordCount - data.Children.Count - data.Workers.Count,
                ProblemCount = data.Problems.Count,
            });
            await WriteProgressAsync(run, cancellationToken);
            var sha256 = await Task.Run(parsed.ComputeSha256, cancellationToken);

            run.Update(p => p with { State = ImportJobState.Writing });
            await WriteProgressAsync(run, cancellationToken);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GoldenThreadDbContext>();
            var request = new LoadRequest(parsed.FileName, sha256, parsed.Format, run.UserName, clock.GetUtcNow());
            var written = await new LoadWriter(db).LoadAsync(data, request, new WriteProgress(run), cancellationToken);
            loadId = written.Load.Id;
            if (written.AlreadyLoaded)
            {
                state = ImportJobState.AlreadyLoaded;
                message = $"These files were already loaded as load {written.Load.Id}. Nothing was changed.";
                (outcome, records) = (ImportOutcomes.AlreadyLoaded, 0);
            }
            else
            {
                state = ImportJobState.Loaded;
                message = $"Loaded {written.RecordsWritten:N0} records for {written.Load.ChildCount:N0} children; {written.RecordsSuperseded:N0} earlier records replaced.";
                (outcome, records) = (ImportOutcomes.Loaded, written.RecordsWritten);
                run.Update(p => p with { RecordsDone = written.RecordsWritten, ProblemCount = written.Load.ProblemCount });
            }

            LogLoaded(logger, run.PublicId, written.Load.Id, format);
        }
        catch (ReturnFormatException ex)
        {
            outcome = ImportOutcomes.Refused;
            (state, message) = (ImportJobState.Refused, ex.Message);
            LogRefused(logger, run.PublicId);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The server is stopping: the load's transaction was not committed, so nothing was kept.
            (state, message) = (ImportJobState.Failed, ImportJobStore.ServerStoppedMessage);
        }
#pragma warning disable CA1031 // A failed upload must show a message to its owner, whatever the cause; nothing was written.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            outcome = ImportOutcomes.Failed;
            (state, message) = (ImportJobState.Failed, "The load failed and nothing was changed. The problem has been recorded for the administrator.");
            LogFailed(logger, ex, run.PublicId);
        }
        finally
        {
            metrics.ImportFinished(format, outcome, Stopwatch.GetElapsedTime(started), records);
            // Written even while the server stops: the person who uploaded the files should not wait for the stale sweep.
            await FinishAsync(run, state, message, loadId);
            queue.Release(run);
            RemoveFiles(run);
        }
    }

    private static bool IsPublishedStatistics(ReturnFile file)
    {
        using var stream = file.Open();
        return Core.Published.PublishedFileReader.Recognises(stream, file.FileName);
    }

    /// <summary>DfE or ONS published statistics go to the benchmark store, as one load.</summary>
    private async Task<(ImportJobState State, string Message, long LoadId, string Outcome, long Rows)> LoadPublishedAsync(ImportRun run, CancellationToken cancellationToken)
    {
        run.Update(p => p with { State = ImportJobState.Writing, Format = DataLoadFormats.PublishedStatistics });
        await WriteProgressAsync(run, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoldenThreadDbContext>();
        await using var stream = run.Files[0].Open();
        var outcome = await GoldenThread.Data.Published.PublishedStatisticsLoader.LoadAsync(db, run.Files[0].FileName, stream, run.UserName, clock.GetUtcNow(), cancellationToken);
        LogLoaded(logger, run.PublicId, outcome.Load.Id, DataLoadFormats.PublishedStatistics);
        if (outcome.Result != GoldenThread.Data.Published.PublishedLoadResult.Loaded)
        {
            return (ImportJobState.AlreadyLoaded, $"These published statistics, or a later edition of them, are already loaded (load {outcome.Load.Id}). Nothing was changed.", outcome.Load.Id, ImportOutcomes.AlreadyLoaded, 0);
        }

        var rows = (int)Math.Min(outcome.RowsWritten, int.MaxValue);
        run.Update(p => p with { RecordsDone = rows, RecordsTotal = rows });
        return (ImportJobState.Loaded, $"Loaded {outcome.RowsWritten:N0} published figures ({outcome.Dataset}) into the benchmark store.", outcome.Load.Id, ImportOutcomes.Loaded, outcome.RowsWritten);
    }

    /// <summary>
    /// Every <see cref="ProgressInterval"/>, writes the progress of the held uploads that moved; every heartbeat (a minute, or
    /// less with a short stale time), marks every held upload as alive and fails the stale ones of servers that stopped.
    /// </summary>
    private async Task TrackAsync(CancellationToken stoppingToken)
    {
        var heartbeat = ImportJobStore.HeartbeatFor(StaleAfter);
        var nextBeat = clock.GetUtcNow() + heartbeat;
        using var timer = new PeriodicTimer(ProgressInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                foreach (var run in queue.Held)
                {
                    await WriteProgressAsync(run, stoppingToken);
                }

                if (clock.GetUtcNow() >= nextBeat)
                {
                    nextBeat = clock.GetUtcNow() + heartbeat;
                    await TouchHeldAsync(stoppingToken);
                    await SweepAsync(stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>Writes the run's progress if it moved since last written. Best effort: a failure is logged and tried again later.</summary>
    private async Task WriteProgressAsync(ImportRun run, CancellationToken cancellationToken)
    {
        try
        {
            await WriteAsync(
                async store =>
                {
                    var (progress, version) = run.Snapshot();
                    if (version != run.WrittenVersion)
                    {
                        await store.SaveProgressAsync(run.JobId, progress, clock.GetUtcNow(), cancellationToken);
                        run.WrittenVersion = version;
                    }
                },
                cancellationToken);
        }
#pragma warning disable CA1031 // Progress is best effort: on SQLite a write waits while a load's transaction holds the database.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogNotWritten(logger, ex);
        }
    }

    private async Task FinishAsync(ImportRun run, ImportJobState state, string message, long? loadId)
    {
        try
        {
            await WriteAsync(store => store.FinishAsync(run.JobId, run.Progress with { State = state }, message, loadId, clock.GetUtcNow(), CancellationToken.None), CancellationToken.None);
        }
#pragma warning disable CA1031 // The loader goes on to the next upload; this one's row is found stale and marked failed later.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFinishNotWritten(logger, ex, run.PublicId);
        }
    }

    private async Task TouchHeldAsync(CancellationToken cancellationToken)
    {
        var held = queue.Held;
        if (held.Count == 0)
        {
            return;
        }

        try
        {
            await WriteAsync(store => store.TouchAsync([.. held.Select(r => r.JobId)], clock.GetUtcNow(), cancellationToken), cancellationToken);
        }
#pragma warning disable CA1031 // Best effort, tried again at the next heartbeat.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogNotWritten(logger, ex);
        }
    }

    /// <summary>One write to the job rows at a time from this server, so an older progress never lands after a newer one.</summary>
    private async Task WriteAsync(Func<ImportJobStore, Task> write, CancellationToken cancellationToken)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await write(new ImportJobStore(scope.ServiceProvider.GetRequiredService<GoldenThreadDbContext>()));
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>Marks failed the running jobs nobody has written for <see cref="StaleAfter"/>, except this server's own.</summary>
    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = new ImportJobStore(scope.ServiceProvider.GetRequiredService<GoldenThreadDbContext>());
            var failed = await store.FailStaleAsync(clock.GetUtcNow(), StaleAfter, [.. queue.Held.Select(r => r.JobId)], cancellationToken);
            if (failed > 0)
            {
                LogStaleFailed(logger, failed);
            }
        }
#pragma warning disable CA1031 // Best effort, tried again at the next heartbeat; at start, the server still starts.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogNotWritten(logger, ex);
        }
    }

    private void RemoveFiles(ImportRun run)
    {
        try
        {
            run.Folder?.Delete(recursive: true);
        }
        catch (IOException ex)
        {
            LogFilesNotRemoved(logger, ex, run.PublicId);
        }
        catch (UnauthorizedAccessException ex)
        {
            LogFilesNotRemoved(logger, ex, run.PublicId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import job {JobId} finished as load {LoadId} ({Format})")]
    private static partial void LogLoaded(ILogger logger, Guid jobId, long loadId, string format);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import job {JobId} refused a file that could not be read")]
    private static partial void LogRefused(ILogger logger, Guid jobId);

    // The exception's stack trace helps the administrator; file contents never reach it (format problems are refused above, unlogged).
    [LoggerMessage(Level = LogLevel.Error, Message = "Import job {JobId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Upload progress could not be written to the database; it is written again at the next step")]
    private static partial void LogNotWritten(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import job {JobId} ended but its outcome could not be written to the database")]
    private static partial void LogFinishNotWritten(ILogger logger, Exception exception, Guid jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} uploads left running by a server that stopped were marked failed")]
    private static partial void LogStaleFailed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The temporary files of import job {JobId} could not be removed")]
    private static partial void LogFilesNotRemoved(ILogger logger, Exception exception, Guid jobId);

    /// <summary>Reading's steps: the format once recognised, then checking the records read.</summary>
    private sealed class ReadProgress(ImportRun run) : IProgress<ReturnReadProgress>
    {
        public void Report(ReturnReadProgress value) => run.Update(p => p with
        {
            State = value.Stage == ReturnReadStage.Checking ? ImportJobState.Validating : ImportJobState.Reading,
            Format = value.Format,
        });
    }

    /// <summary>Records written so far: kept here, and written to the database by <see cref="TrackAsync"/> at most every half second.</summary>
    private sealed class WriteProgress(ImportRun run) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => run.Update(p => p with { RecordsDone = value.Done, RecordsTotal = value.Total });
    }
}
