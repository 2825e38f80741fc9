using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Loads;

/// <summary>Where a running upload has got, as the server loading it writes it.</summary>
public sealed record ImportJobProgress(ImportJobState State, string? Format, int RecordsDone, int RecordsTotal, int ProblemCount);

/// <summary>
/// Upload jobs in the database: added when an upload is accepted, written by the server that loads it, read by every server's
/// progress page. A job is running while <see cref="ImportJob.FinishedAt"/> is null; the server holding it writes it at least
/// every <see cref="HeartbeatFor"/>, so a running job nobody has written for <c>Imports:StaleAfterMinutes</c> belonged to a
/// server that stopped, and <see cref="FailStaleAsync"/> says so.
/// </summary>
public sealed class ImportJobStore(GoldenThreadDbContext db)
{
    public const int MaxFileNameLength = 4000;

    public const int MaxMessageLength = 4000;

    /// <summary>What a job left running by a server that stopped says. Loads are all-or-nothing, so nothing from it was kept.</summary>
    public const string ServerStoppedMessage = "The server stopped while this file was loading; nothing from it was kept. Upload it again.";

    /// <summary>How long a running job may go unwritten before it is taken to belong to a server that stopped (Imports:StaleAfterMinutes).</summary>
    public static readonly TimeSpan DefaultStaleAfter = TimeSpan.FromMinutes(10);

    /// <summary>How often a server writes the jobs it holds, whether or not they moved: a minute, or a quarter of the stale time if less.</summary>
    public static TimeSpan HeartbeatFor(TimeSpan staleAfter) =>
        TimeSpan.FromTicks(Math.Clamp(staleAfter.Ticks / 4, TimeSpan.FromSeconds(1).Ticks, TimeSpan.FromMinutes(1).Ticks));

    /// <summary>Adds a job for an upload just accepted, waiting for the loader.</summary>
    public async Task<ImportJob> AddAsync(string fileName, string? collectionYear, string userId, string userName, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var job = new ImportJob
        {
            PublicId = Guid.NewGuid(),
            FileName = Shorten(fileName, MaxFileNameLength),
            CollectionYear = collectionYear,
            State = ImportJobState.Queued,
            UploadedByUserId = userId,
            UploadedBy = userName,
            StartedAt = now.UtcDateTime,
            UpdatedAt = now.UtcDateTime,
        };
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        return job;
    }

    /// <summary>
    /// The job with this public id, if the viewer may see it: the person who uploaded it, and everyone who manages data
    /// (Administrators and Analysts). Anyone else is told nothing, as if there were no such job.
    /// </summary>
    public Task<ImportJob?> FindAsync(Guid publicId, string viewerUserId, bool viewerManagesData, CancellationToken cancellationToken = default) =>
        db.ImportJobs.AsNoTracking()
            .Where(j => j.PublicId == publicId && (viewerManagesData || j.UploadedByUserId == viewerUserId))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Writes a running job's progress. Does nothing once the job has finished.</summary>
    public Task<int> SaveProgressAsync(long id, ImportJobProgress progress, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var at = now.UtcDateTime;
        return db.ImportJobs.Where(j => j.Id == id && j.FinishedAt == null).ExecuteUpdateAsync(
            s => s.SetProperty(j => j.State, progress.State)
                .SetProperty(j => j.Format, progress.Format)
                .SetProperty(j => j.RecordsDone, progress.RecordsDone)
                .SetProperty(j => j.RecordsTotal, progress.RecordsTotal)
                .SetProperty(j => j.ProblemCount, progress.ProblemCount)
                .SetProperty(j => j.UpdatedAt, at),
            cancellationToken);
    }

    /// <summary>
    /// Writes how a job ended. Written even over a job already marked failed as stale: if its server was only cut off from the
    /// database for a while, what it actually did (a committed load, say) is the truth.
    /// </summary>
    public Task<int> FinishAsync(long id, ImportJobProgress progress, string message, long? loadId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(message);
        if (!progress.State.IsFinished())
        {
            throw new ArgumentException($"{progress.State} is not a finished state.", nameof(progress));
        }

        var at = now.UtcDateTime;
        var text = Shorten(message, MaxMessageLength);
        return db.ImportJobs.Where(j => j.Id == id).ExecuteUpdateAsync(
            s => s.SetProperty(j => j.State, progress.State)
                .SetProperty(j => j.Format, progress.Format)
                .SetProperty(j => j.RecordsDone, progress.RecordsDone)
                .SetProperty(j => j.RecordsTotal, progress.RecordsTotal)
                .SetProperty(j => j.ProblemCount, progress.ProblemCount)
                .SetProperty(j => j.Message, text)
                .SetProperty(j => j.LoadId, loadId)
                .SetProperty(j => j.UpdatedAt, at)
                .SetProperty(j => j.FinishedAt, (DateTime?)at),
            cancellationToken);
    }

    /// <summary>Marks the running jobs with these ids as written now: their server holds them and is alive.</summary>
    public async Task<int> TouchAsync(IReadOnlyCollection<long> ids, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return 0;
        }

        var at = now.UtcDateTime;
        return await db.ImportJobs.Where(j => ids.Contains(j.Id) && j.FinishedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.UpdatedAt, at), cancellationToken);
    }

    /// <summary>
    /// Marks failed, with <see cref="ServerStoppedMessage"/>, the running jobs that nobody has written for
    /// <paramref name="staleAfter"/>: their server stopped (a job's server writes it at least every <see cref="HeartbeatFor"/>).
    /// Jobs the calling server holds itself (<paramref name="held"/>) are left alone. Returns how many were marked.
    /// </summary>
    public async Task<int> FailStaleAsync(DateTimeOffset now, TimeSpan staleAfter, IReadOnlyCollection<long> held, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(held);
        var at = now.UtcDateTime;
        var cutoff = at - staleAfter;
        var stale = await db.ImportJobs.AsNoTracking()
            .Where(j => j.FinishedAt == null && j.UpdatedAt < cutoff)
            .Select(j => j.Id)
            .ToListAsync(cancellationToken);
        stale.RemoveAll(held.Contains);
        if (stale.Count == 0)
        {
            return 0;
        }

        // The conditions again: a job written since it was read above is alive after all.
        return await MarkServerStoppedAsync(db.ImportJobs.Where(j => stale.Contains(j.Id) && j.FinishedAt == null && j.UpdatedAt < cutoff), at, cancellationToken);
    }

    /// <summary>Marks failed, with <see cref="ServerStoppedMessage"/>, running jobs this server holds as it stops.</summary>
    public async Task<int> FailStoppedAsync(IReadOnlyCollection<long> ids, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return 0;
        }

        return await MarkServerStoppedAsync(db.ImportJobs.Where(j => ids.Contains(j.Id) && j.FinishedAt == null), now.UtcDateTime, cancellationToken);
    }

    /// <summary>Marks these jobs failed with <see cref="ServerStoppedMessage"/>, finished at <paramref name="at"/>.</summary>
    private static Task<int> MarkServerStoppedAsync(IQueryable<ImportJob> jobs, DateTime at, CancellationToken cancellationToken) =>
        jobs.ExecuteUpdateAsync(
            s => s.SetProperty(j => j.State, ImportJobState.Failed)
                .SetProperty(j => j.Message, ServerStoppedMessage)
                .SetProperty(j => j.UpdatedAt, at)
                .SetProperty(j => j.FinishedAt, (DateTime?)at),
            cancellationToken);

    private static string Shorten(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");
}
