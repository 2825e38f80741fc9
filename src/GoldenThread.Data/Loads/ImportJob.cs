namespace GoldenThread.Data.Loads;

/// <summary>
/// One upload through the web app and how far its load has got, kept in the database so that every web server shows the same
/// progress (docs/adr/0017-upload-progress-in-the-database.md). The server that took the upload holds its files and loads them;
/// it writes the state here as it goes, and every server's progress page reads it from here.
/// </summary>
public sealed class ImportJob
{
    public long Id { get; set; }

    /// <summary>The id in the progress page's address (<c>/data/upload/{id}</c>): random, so an upload cannot be found by guessing.</summary>
    public Guid PublicId { get; set; }

    /// <summary>The uploaded files' names, for the progress page only: never logged (a file name can name a child).</summary>
    public required string FileName { get; set; }

    /// <summary>The collection year asked for on the upload form, if any (otherwise the file's own).</summary>
    public string? CollectionYear { get; set; }

    /// <summary>The format the files were recognised as (<c>DataLoadFormats</c>), once it is known.</summary>
    public string? Format { get; set; }

    public ImportJobState State { get; set; }

    /// <summary>Records written so far.</summary>
    public int RecordsDone { get; set; }

    /// <summary>Records to write, once the files have been read (0 until then).</summary>
    public int RecordsTotal { get; set; }

    /// <summary>Problems found while reading that did not stop the load (kept as data-quality findings).</summary>
    public int ProblemCount { get; set; }

    /// <summary>What happened, in words for the person who uploaded the files: set when the job finishes.</summary>
    public string? Message { get; set; }

    /// <summary>The uploader's user id: with data management roles, who may see the job.</summary>
    public required string UploadedByUserId { get; set; }

    /// <summary>The uploader's user name, recorded as who loaded the data.</summary>
    public required string UploadedBy { get; set; }

    /// <summary>When the upload was accepted, in UTC.</summary>
    public DateTime StartedAt { get; set; }

    /// <summary>When the server loading it last wrote its progress (at least once a minute while it holds the job), in UTC.</summary>
    public DateTime UpdatedAt { get; set; }

    /// <summary>When it finished (loaded, refused or failed), in UTC; null while it is waiting or loading.</summary>
    public DateTime? FinishedAt { get; set; }

    /// <summary>The load it made, or the earlier load that already held the same files.</summary>
    public long? LoadId { get; set; }
}

/// <summary>Where an upload has got. Stored by name.</summary>
public enum ImportJobState
{
    /// <summary>Accepted, waiting for the server's loader (one upload at a time per server).</summary>
    Queued,

    /// <summary>Recognising the format and reading the records.</summary>
    Reading,

    /// <summary>Checking the records read (identifier limits) and hashing the files, to recognise files loaded before.</summary>
    Validating,

    /// <summary>Writing the records in the load's one transaction.</summary>
    Writing,

    Loaded,

    /// <summary>The same files were loaded before; nothing changed.</summary>
    AlreadyLoaded,

    /// <summary>The files could not be read as a return (the message says where and why); nothing changed.</summary>
    Refused,

    /// <summary>The load failed, or the server stopped while it was loading; nothing changed.</summary>
    Failed,
}

public static class ImportJobStates
{
    /// <summary>The states of a job not yet finished: a server holds it, and writes its progress while it does.</summary>
    public static IReadOnlyList<ImportJobState> Running { get; } =
        [ImportJobState.Queued, ImportJobState.Reading, ImportJobState.Validating, ImportJobState.Writing];

    public static bool IsFinished(this ImportJobState state) => !Running.Contains(state);
}
