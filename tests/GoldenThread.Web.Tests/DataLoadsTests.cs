using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace GoldenThread.Web.Tests;

/// <summary>The data loads area: who may use it, the list of loads, and uploads that cannot be read.</summary>
public sealed class DataLoadsTests(SqliteWebFactory factory) : IClassFixture<SqliteWebFactory>
{
    [Fact]
    public async Task An_analyst_sees_every_load_with_its_status()
    {
        var client = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        var page = await client.GetDocumentAsync("/data/loads");
        var rows = page.QuerySelectorAll("[data-testid=loads] tbody tr");
        var demo = Assert.Single(rows, r => r.TextContent.Contains("Synthetic demo authority", StringComparison.Ordinal));
        Assert.Contains("Synthetic demo authority", demo.TextContent, StringComparison.Ordinal);
        Assert.Contains("current", demo.TextContent, StringComparison.Ordinal);
        Assert.True(demo.QuerySelector("button") is not null || rows.Length > 1, "The newest current load has a roll back button.");
    }

    [Theory]
    [InlineData("leadmember@demo.local")]
    [InlineData("teammanager@demo.local")]
    [InlineData("director@demo.local")]
    public async Task Only_analysts_and_administrators_manage_data(string email)
    {
        var client = await SignedInClient.SignInAsync(factory, email);
        var response = await client.GetAsync("/data/loads");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_that_is_not_a_return_is_refused_with_the_file_named_and_nothing_changes()
    {
        var client = await SignedInClient.SignInAsync(factory, "admin@demo.local");
        var loadsBefore = (await client.GetDocumentAsync("/data/loads")).QuerySelectorAll("[data-testid=loads] tbody tr").Length;
        var form = await client.GetDocumentAsync("/data/upload");
        var token = ((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(string.Empty), "CollectionYear" },
        };
        var file = new ByteArrayContent("just some notes\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        content.Add(file, "Files", "notes.txt");
        var posted = await client.Http.PostAsync(new Uri("/data/upload", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var status = posted.Headers.Location!.OriginalString;
        Assert.StartsWith("/data/upload/", status, StringComparison.Ordinal);

        var (page, _) = await Uploads.UploadForm.WaitUntilFinishedAsync(client, status);

        Assert.Equal("Not loaded", page.QuerySelector("[data-testid=state]")!.TextContent.Trim());
        Assert.Equal(
            "notes.txt, line 1: the format was not recognised: expected a CIN census XML file, SSDA903 tables (CSV or XML) or an Ofsted Annex A workbook",
            page.QuerySelector("[data-testid=message]")!.TextContent.Trim());
        var loads = await client.GetDocumentAsync("/data/loads");
        Assert.Equal(loadsBefore, loads.QuerySelectorAll("[data-testid=loads] tbody tr").Length);
    }

    [Fact]
    public async Task DfE_published_statistics_uploaded_go_to_the_benchmark_store()
    {
        var path = Path.Combine(Directory.GetCurrentDirectory(), "..", "..", "..", "..", "..", "..", "shared", "reference", "dfe-published", "d3_cpps_subsequent_plan_2013_to_2025.csv");
        var client = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        var form = await client.GetDocumentAsync("/data/upload");
        var token = ((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(path));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "Files", "upload.csv");
        var posted = await client.Http.PostAsync(new Uri("/data/upload", UriKind.Relative), content);
        var status = posted.Headers.Location!.OriginalString;
        var (page, _) = await Uploads.UploadForm.WaitUntilFinishedAsync(client, status);

        Assert.Equal("Loaded", page.QuerySelector("[data-testid=state]")!.TextContent.Trim());
        Assert.StartsWith("Loaded ", page.QuerySelector("[data-testid=message]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("into the benchmark store", page.QuerySelector("[data-testid=message]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_without_a_file_or_with_a_bad_year_says_what_to_fix()
    {
        var client = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        var form = await client.GetDocumentAsync("/data/upload");
        var token = ((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("2024/25"), "CollectionYear" },
        };
        var response = await client.Http.PostAsync(new Uri("/data/upload", UriKind.Relative), content);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(
            ["Select a file to upload", "Enter a collection year in the format 2024-25"],
            page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        var page = await client.GetDocumentAsync("/overview");
        var form = (IHtmlFormElement)page.QuerySelector("form[action='/account/sign-out']")!;
        var token = ((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        var response = await client.Http.PostAsync(new Uri("/account/sign-out", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetAsync("/overview");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("http://localhost/account/sign-in", after.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
