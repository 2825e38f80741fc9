using System.Globalization;
using System.Net;
using GoldenThread.Core.Model;
using GoldenThread.Data.Loads;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Tests.Uploads;

/// <summary>
/// An upload's progress is kept in the database (docs/adr/0017-upload-progress-in-the-database.md): with two web servers on
/// one database, the progress page shows the same on either; a job left running by a server that stopped is marked failed
/// when a server starts; only the uploader and those who manage data see a job. SQLite and PostgreSQL.
/// </summary>
public abstract class UploadProgressTests<TServers>(TServers servers) : IClassFixture<TServers>
    where TServers : TwoServers
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private GoldenThreadWebFactory First => servers.First;

    private GoldenThreadWebFactory Second => servers.Second;

    private Task<string> UserIdAsync(string email) => servers.UserIdAsync(email);

    [Fact]
    public async Task An_upload_taken_by_one_server_shows_the_same_progress_on_the_other_and_ends_loaded_with_its_records()
    {
        var onFirst = await SignedInClient.SignInAsync(First, "analyst@demo.local");
        var onSecond = await SignedInClient.SignInAsync(Second, "analyst@demo.local");
        var status = await UploadForm.UploadAsync(onFirst, "synthetic-census-2024-25.xml", UploadForm.SyntheticCensus, "application/xml");

        // Every refresh goes to the other server, as a load balancer may send it.
        var (second, states) = await UploadForm.WaitUntilFinishedAsync(onSecond, status);
        var order = new[] { "Waiting", "Reading the files", "Checking the records", "Writing records", "Loaded" };
        var steps = states.Select(s => Array.FindIndex(order, o => s.StartsWith(o, StringComparison.Ordinal))).ToList();
        Assert.DoesNotContain(-1, steps);
        Assert.Equal(steps.Order(), steps);

        var (first, refreshes) = await UploadForm.ReadAsync(onFirst, status);
        Assert.False(refreshes);
        foreach (var page in new[] { first, second })
        {
            Assert.Equal("Load finished", page.QuerySelector("h1")!.TextContent.Trim());
            Assert.Equal("Loaded", UploadForm.State(page));
            Assert.Equal("synthetic-census-2024-25.xml", UploadForm.Text(page, "files"));
            Assert.Equal("CIN census (XML)", UploadForm.Text(page, "format"));
        }

        foreach (var part in new[] { "state", "message", "records", "uploaded", "finished", "load" })
        {
            Assert.Equal(UploadForm.Text(first, part), UploadForm.Text(second, part));
        }

        await using var db = First.CreateContext();
        var id = Guid.Parse(status["/data/upload/".Length..]);
        var job = await db.ImportJobs.AsNoTracking().SingleAsync(j => j.PublicId == id);
        var load = await db.DataLoads.AsNoTracking().SingleAsync(l => l.Id == job.LoadId);
        Assert.Equal((ImportJobState.Loaded, DataLoadFormats.CinCensusXml, DataLoadStatus.Committed), (job.State, job.Format, load.Status));
        Assert.True(load.RecordCount > 0);
        Assert.Equal(load.RecordCount, job.RecordsDone);
        Assert.Equal(load.RecordCount, job.RecordsTotal);
        var records = load.RecordCount.ToString("N0", English);
        Assert.Equal($"{records} of {records}", UploadForm.Text(second, "records"));
        Assert.StartsWith($"Loaded {records} records for {load.ChildCount.ToString("N0", English)} children;", UploadForm.Text(second, "message"), StringComparison.Ordinal);
        Assert.Equal(load.Id.ToString(CultureInfo.InvariantCulture), UploadForm.Text(second, "load"));
        Assert.Equal("analyst@demo.local", job.UploadedBy);
        Assert.Equal(await UserIdAsync("analyst@demo.local"), job.UploadedByUserId);
        Assert.NotNull(job.FinishedAt);
    }

    [Fact]
    public async Task A_refused_upload_shows_why_on_the_other_server()
    {
        var onFirst = await SignedInClient.SignInAsync(First, "admin@demo.local");
        var onSecond = await SignedInClient.SignInAsync(Second, "admin@demo.local");
        var status = await UploadForm.UploadAsync(onFirst, "notes.txt", "just some notes\n"u8.ToArray(), "text/plain");

        var (page, _) = await UploadForm.WaitUntilFinishedAsync(onSecond, status);
        Assert.Equal("Not loaded", UploadForm.State(page));
        Assert.Equal(
            "notes.txt, line 1: the format was not recognised: expected a CIN census XML file, SSDA903 tables (CSV or XML) or an Ofsted Annex A workbook",
            UploadForm.Text(page, "message"));
        await using var db = First.CreateContext();
        var id = Guid.Parse(status["/data/upload/".Length..]);
        var job = await db.ImportJobs.AsNoTracking().SingleAsync(j => j.PublicId == id);
        Assert.Equal((ImportJobState.Refused, (long?)null), (job.State, job.LoadId));
    }

    [Fact]
    public async Task A_load_in_progress_shows_the_same_state_and_counts_on_every_server()
    {
        var job = await AddJobAsync(ImportJobState.Writing, TimeSpan.Zero, "analyst@demo.local", done: 1_200, total: 5_000);
        foreach (var server in new[] { First, Second })
        {
            var client = await SignedInClient.SignInAsync(server, "analyst@demo.local");
            var (page, refreshes) = await UploadForm.ReadAsync(client, $"/data/upload/{job.PublicId}");
            Assert.True(refreshes);
            Assert.Equal("Loading", page.QuerySelector("h1")!.TextContent.Trim());
            Assert.Equal("Writing records: 24%", UploadForm.State(page));
            Assert.Equal("1,200 of 5,000", UploadForm.Text(page, "records"));
            Assert.Equal("SSDA903 tables (CSV)", UploadForm.Text(page, "format"));
            Assert.Null(UploadForm.Text(page, "finished"));
        }
    }

    [Fact]
    public async Task Jobs_left_running_by_a_server_that_stopped_are_marked_failed_when_a_server_starts_and_recent_ones_are_not()
    {
        var stale = await AddJobAsync(ImportJobState.Reading, TimeSpan.FromMinutes(11), "analyst@demo.local");
        var waiting = await AddJobAsync(ImportJobState.Queued, TimeSpan.FromMinutes(30), "admin@demo.local");
        var sevenMinutes = await AddJobAsync(ImportJobState.Writing, TimeSpan.FromMinutes(7), "analyst@demo.local", done: 10, total: 100);
        var recent = await AddJobAsync(ImportJobState.Writing, TimeSpan.FromMinutes(2), "analyst@demo.local", done: 10, total: 100);
        var finished = await AddJobAsync(ImportJobState.Loaded, TimeSpan.FromMinutes(60), "analyst@demo.local", done: 100, total: 100);

        // A server starting with the default: no progress for 10 minutes.
        var third = new SharedDatabaseWebFactory(First);
        try
        {
            await third.InitializeAsync();
            var now = third.Clock.GetUtcNow().UtcDateTime;
            await using var db = First.CreateContext();
            var jobs = await db.ImportJobs.AsNoTracking().Where(j => new[] { stale.Id, waiting.Id, sevenMinutes.Id, recent.Id, finished.Id }.Contains(j.Id)).ToDictionaryAsync(j => j.Id);
            foreach (var failed in new[] { stale, waiting })
            {
                Assert.Equal(ImportJobState.Failed, jobs[failed.Id].State);
                Assert.Equal("The server stopped while this file was loading; nothing from it was kept. Upload it again.", jobs[failed.Id].Message);
                Assert.Equal(now, jobs[failed.Id].FinishedAt);
            }

            foreach (var untouched in new[] { sevenMinutes, recent, finished })
            {
                Assert.Equal((untouched.State, untouched.Message, untouched.FinishedAt, untouched.UpdatedAt), (jobs[untouched.Id].State, jobs[untouched.Id].Message, jobs[untouched.Id].FinishedAt, jobs[untouched.Id].UpdatedAt));
            }

            var client = await SignedInClient.SignInAsync(Second, "analyst@demo.local");
            var (page, refreshes) = await UploadForm.ReadAsync(client, $"/data/upload/{stale.PublicId}");
            Assert.False(refreshes);
            Assert.Equal("Not loaded", UploadForm.State(page));
            Assert.Equal("The server stopped while this file was loading; nothing from it was kept. Upload it again.", UploadForm.Text(page, "message"));
        }
        finally
        {
            await ((IAsyncLifetime)third).DisposeAsync();
        }

        // The stale time is a setting (Imports:StaleAfterMinutes).
        var fourth = new SharedDatabaseWebFactory(First, staleAfterMinutes: 5);
        try
        {
            await fourth.InitializeAsync();
            await using var db = First.CreateContext();
            Assert.Equal(ImportJobState.Failed, (await db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == sevenMinutes.Id)).State);
            Assert.Equal(ImportJobState.Writing, (await db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == recent.Id)).State);
        }
        finally
        {
            await ((IAsyncLifetime)fourth).DisposeAsync();
        }
    }

    [Fact]
    public async Task Administrators_and_analysts_see_any_upload_and_others_nothing()
    {
        var job = await AddJobAsync(ImportJobState.Loaded, TimeSpan.Zero, "analyst@demo.local", done: 40, total: 40);
        var path = $"/data/upload/{job.PublicId}";

        var admin = await SignedInClient.SignInAsync(Second, "admin@demo.local");
        Assert.Equal("Loaded", UploadForm.State((await UploadForm.ReadAsync(admin, path)).Page));
        var analyst = await SignedInClient.SignInAsync(First, "analyst@demo.local");
        Assert.Equal("Loaded", UploadForm.State((await UploadForm.ReadAsync(analyst, path)).Page));
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync($"/data/upload/{Guid.NewGuid()}")).StatusCode);

        // The rest of the data area's rule: people who do not manage data are sent to the access-denied page, job or no job.
        foreach (var email in new[] { "director@demo.local", "leadmember@demo.local", "servicemanager@demo.local", "teammanager@demo.local", "socialworker@demo.local", "auditor@demo.local" })
        {
            var other = await SignedInClient.SignInAsync(Second, email);
            var response = await other.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/account/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await SignedInClient.Anonymous(First).GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_job_is_found_for_its_uploader_and_for_those_who_manage_data_and_for_nobody_else()
    {
        var job = await AddJobAsync(ImportJobState.Loaded, TimeSpan.Zero, "socialworker@demo.local", done: 1, total: 1);
        var uploader = await UserIdAsync("socialworker@demo.local");
        var someoneElse = await UserIdAsync("teammanager@demo.local");
        await using var db = First.CreateContext();
        var store = new ImportJobStore(db);
        Assert.Equal(job.Id, (await store.FindAsync(job.PublicId, uploader, viewerManagesData: false))?.Id);
        Assert.Equal(job.Id, (await store.FindAsync(job.PublicId, someoneElse, viewerManagesData: true))?.Id);
        Assert.Null(await store.FindAsync(job.PublicId, someoneElse, viewerManagesData: false));
        Assert.Null(await store.FindAsync(Guid.NewGuid(), uploader, viewerManagesData: true));
    }

    /// <summary>A job row as a server would have left it, last written <paramref name="age"/> before the servers' clock.</summary>
    private async Task<ImportJob> AddJobAsync(ImportJobState state, TimeSpan age, string uploadedBy, int done = 0, int total = 0)
    {
        var written = First.Clock.GetUtcNow().UtcDateTime - age;
        var job = new ImportJob
        {
            PublicId = Guid.NewGuid(),
            FileName = "synthetic-903-header.csv, synthetic-903-episodes.csv",
            Format = DataLoadFormats.Ssda903Csv,
            State = state,
            RecordsDone = done,
            RecordsTotal = total,
            UploadedByUserId = await UserIdAsync(uploadedBy),
            UploadedBy = uploadedBy,
            StartedAt = written - TimeSpan.FromMinutes(1),
            UpdatedAt = written,
            FinishedAt = state.IsFinished() ? written : null,
            Message = state.IsFinished() ? "Synthetic outcome." : null,
        };
        await using var db = First.CreateContext();
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync();
        return job;
    }
}

public sealed class SqliteUploadProgressTests(SqliteTwoServers servers) : UploadProgressTests<SqliteTwoServers>(servers);

public sealed class PostgreSqlUploadProgressTests(PostgreSqlTwoServers servers) : UploadProgressTests<PostgreSqlTwoServers>(servers);
