using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using GoldenThread.Core.Caseload;
using GoldenThread.Core.Model;
using GoldenThread.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Tests.Operations;

/// <summary>What the people running GoldenThread see: logs with no personal data, metrics for loads, validation and pages, health.</summary>
[Collection(ObservedOperations.Name)]
public sealed partial class OperationsTests(ObservedWebFactory factory) : IClassFixture<ObservedWebFactory>
{
    private const string QueryMarker = "query-secret-7731";
    private const string UploadName = "referral-for-Synthetic-Loggable-Childname.txt";
    private const string ChildIdInFile = "SYNTHLOG0001";

    [Fact]
    public async Task No_log_record_carries_an_email_a_child_or_a_query_string()
    {
        // A failed sign-in with an unknown address, then a real one.
        var anonymous = SignedInClient.Anonymous(factory);
        var refused = await SignedInClient.PostSignInAsync(anonymous, "nobody.synthetic@example.test", "Not-The-Password-1");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var manager = await SignedInClient.SignInAsync(factory, "teammanager@demo.local");

        // A child's page, with a query string, and a child that does not exist.
        await using var db = factory.CreateContext();
        var team = (await db.Users.SingleAsync(u => u.Email == "teammanager@demo.local")).OrgUnitId!.Value;
        var childId = await db.Allocations.Where(CaseloadRules.AllocationCurrentAt(GoldenThreadWebFactory.Today)).Where(a => a.TeamId == team).Select(a => a.ChildId).FirstAsync();
        var child = await db.Children.SingleAsync(c => c.Id == childId);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/children/{childId}?from=overview&note={QueryMarker}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/children/999999999?note={QueryMarker}")).StatusCode);

        // An upload refused with an error message naming the file.
        var admin = await SignedInClient.SignInAsync(factory, "admin@demo.local");
        var message = (await UploadAsync(admin, UploadName, System.Text.Encoding.UTF8.GetBytes($"LAchildID {ChildIdInFile}, {child.DisplayName}\n"))).QuerySelector("[data-testid=message]")!.TextContent;
        Assert.Contains(UploadName, message, StringComparison.Ordinal);

        var records = factory.Logs.Records;
        Assert.Contains(records, r => r.Message.StartsWith("GET /children/{id:long} responded 200 in ", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Message.StartsWith("GET /children/{id:long} responded 404 in ", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Message.StartsWith("POST /account/sign-in responded 302 in ", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Message.StartsWith("POST /data/upload responded 302 in ", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Category == typeof(Imports.ImportWorker).FullName && r.Message.EndsWith("refused a file that could not be read", StringComparison.Ordinal));

        string[] forbidden = [child.DisplayName, child.LaChildId, $"/children/{childId}", "999999999", QueryMarker, "from=overview", "?note=", UploadName, ChildIdInFile, "Loggable"];
        foreach (var record in records)
        {
            Assert.False(EmailAddress().IsMatch(record.Everything), $"A log record holds an email address: {record.Everything}");
            foreach (var value in forbidden)
            {
                Assert.False(record.Everything.Contains(value, StringComparison.OrdinalIgnoreCase), $"A log record holds '{value}': {record.Everything}");
            }
        }
    }

    [Fact]
    public async Task An_upload_records_its_duration_by_format_and_outcome_and_the_records_it_wrote()
    {
        factory.ListenToOwnMeters();
        var before = factory.Measurements.Count;
        var analyst = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        await UploadAsync(analyst, "notes.txt", "just some notes\n"u8.ToArray());
        var published = Path.Combine(Directory.GetCurrentDirectory(), "..", "..", "..", "..", "..", "..", "shared", "reference", "dfe-published", "d3_cpps_subsequent_plan_2013_to_2025.csv");
        var page = await UploadAsync(analyst, "d3_cpps_subsequent_plan_2013_to_2025.csv", await File.ReadAllBytesAsync(published));
        Assert.Equal("Loaded", page.QuerySelector("[data-testid=state]")!.TextContent.Trim());

        var measured = factory.Measurements.Skip(before).ToList();
        var imports = measured.Where(m => m.Instrument == GoldenThreadMetrics.ImportDuration).ToList();
        Assert.Equal(2, imports.Count);
        Assert.Equal(("unknown", "refused"), (imports[0].Tags["format"], imports[0].Tags["outcome"]));
        Assert.Equal((DataLoadFormats.PublishedStatistics, "loaded"), (imports[1].Tags["format"], imports[1].Tags["outcome"]));
        Assert.All(imports, m => Assert.InRange(m.Value, 0, 120));
        var written = Assert.Single(measured, m => m.Instrument == GoldenThreadMetrics.RecordsImported);
        Assert.Equal(DataLoadFormats.PublishedStatistics, written.Tags["format"]);
        var shown = LoadedCount().Match(page.QuerySelector("[data-testid=message]")!.TextContent.Trim());
        Assert.True(shown.Success, "The status page says how many figures were loaded.");
        Assert.Equal(int.Parse(shown.Groups[1].Value, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.GetCultureInfo("en-GB")), (int)written.Value);

        // The exporter runs on its own thread: flush until the export arrives (a busy machine can take more than one flush).
        var exported = new List<OpenTelemetry.Metrics.MetricPoint>();
        for (var attempt = 0; attempt < 30 && !exported.Any(IsLoadedImport); attempt++)
        {
            factory.FlushMetrics();
            exported = [.. factory.Exported.ToList().Where(m => m.Name == GoldenThreadMetrics.ImportDuration).SelectMany(m => m.MetricPoints)];
            if (!exported.Any(IsLoadedImport))
            {
                await Task.Delay(500);
            }
        }

        Assert.Contains(exported, IsLoadedImport);
        static bool IsLoadedImport(OpenTelemetry.Metrics.MetricPoint p) => Tag(p, "format") == DataLoadFormats.PublishedStatistics && Tag(p, "outcome") == "loaded" && p.GetHistogramCount() >= 1;
    }

    [Fact]
    public async Task Validation_runs_record_their_duration_and_findings_by_collection()
    {
        factory.ListenToOwnMeters();
        var before = factory.Measurements.Count;
        var manager = await SignedInClient.SignInAsync(factory, "teammanager@demo.local");
        // A year no other test asks for, so the findings are not already kept from an earlier run.
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/data-quality?year=2024-25")).StatusCode);

        var measured = factory.Measurements.Skip(before).ToList();
        var runs = measured.Where(m => m.Instrument == GoldenThreadMetrics.ValidationDuration).ToList();
        Assert.Equal(["cin-census", "ssda903"], runs.Select(r => r.Tags["collection"]).Order(StringComparer.Ordinal));
        var findings = measured.Where(m => m.Instrument == GoldenThreadMetrics.ValidationFindings).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Contains(f.Tags["severity"], new[] { "error", "query" }));
        Assert.All(runs.Concat(findings), m => Assert.Equal("2024-25", m.Tags["collection_year"]));
    }

    [Fact]
    public async Task A_page_request_records_its_server_time_under_its_route_template()
    {
        factory.ListenToOwnMeters();
        var before = factory.Measurements.Count;
        var manager = await SignedInClient.SignInAsync(factory, "teammanager@demo.local");
        await manager.GetDocumentAsync("/overview");

        var timings = factory.Measurements.Skip(before).Where(m => m.Instrument == "http.server.request.duration").ToList();
        var overview = Assert.Single(timings, m => m.Tags.GetValueOrDefault("http.route") == "overview");
        Assert.Equal("GET", overview.Tags["http.request.method"]);
        Assert.Equal("200", overview.Tags["http.response.status_code"]);
        Assert.DoesNotContain(timings, m => m.Tags.Values.Any(v => v?.Contains('@', StringComparison.Ordinal) == true));

        factory.FlushMetrics();
        Assert.Contains(factory.Exported, m => m.Name == "http.server.request.duration" && m.MetricPoints.Any(p => Tag(p, "http.route") == "overview"));
    }

    [Fact]
    public async Task Metrics_are_served_only_to_this_machine_directly_or_to_allowed_networks()
    {
        var anonymous = SignedInClient.Anonymous(factory);
        await anonymous.GetAsync(new Uri("/account/sign-in", UriKind.Relative));

        var direct = await ScrapeAsync(IPAddress.Loopback, forwarded: false);
        Assert.Equal(StatusCodes.Status200OK, direct.Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, (await ScrapeAsync(IPAddress.Parse("192.0.2.10"), forwarded: false)).Response.StatusCode);
        Assert.Equal(StatusCodes.Status404NotFound, (await ScrapeAsync(IPAddress.Loopback, forwarded: true)).Response.StatusCode);
        Assert.Equal(StatusCodes.Status404NotFound, (await ScrapeAsync(IPAddress.Parse("198.51.100.7"), forwarded: false)).Response.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri("/metrics", UriKind.Relative))).StatusCode);

        using var reader = new StreamReader(direct.Response.Body);
        var text = await reader.ReadToEndAsync();
        Assert.Contains("http_server_request_duration_seconds_bucket", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(EmailAddress(), text);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_without_signing_in(string path)
    {
        var response = await SignedInClient.Anonymous(factory).GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Readiness_checks_the_database_and_liveness_checks_nothing()
    {
        var options = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckServiceOptions>>().Value;
        var database = Assert.Single(options.Registrations);
        Assert.Equal("database", database.Name);
        Assert.Contains(Observability.ReadyTag, database.Tags);
    }

    private Task<HttpContext> ScrapeAsync(IPAddress remote, bool forwarded) => factory.Server.SendAsync(context =>
    {
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = Observability.MetricsPath;
        context.Connection.RemoteIpAddress = remote;
        if (forwarded)
        {
            context.Request.Headers["X-Forwarded-For"] = "203.0.113.9";
        }
    });

    private static string? Tag(OpenTelemetry.Metrics.MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return tag.Value?.ToString();
            }
        }

        return null;
    }

    /// <summary>Uploads one file through the form and waits for the background load to finish; returns the status page.</summary>
    private static async Task<IHtmlDocument> UploadAsync(SignedInClient client, string fileName, byte[] bytes) =>
        (await Uploads.UploadForm.WaitUntilFinishedAsync(client, await Uploads.UploadForm.UploadAsync(client, fileName, bytes))).Page;

    [GeneratedRegex(@"^Loaded ([0-9,]+) published figures")]
    private static partial Regex LoadedCount();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")]
    private static partial Regex EmailAddress();
}
