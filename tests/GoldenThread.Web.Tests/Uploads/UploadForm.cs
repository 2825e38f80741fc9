using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using GoldenThread.Core.Calendar;
using GoldenThread.Core.Demo;
using GoldenThread.Core.Returns.CinCensus;

namespace GoldenThread.Web.Tests.Uploads;

/// <summary>Uploads through the real form, and the upload progress page.</summary>
public static class UploadForm
{
    private static readonly Lazy<byte[]> _census = new(() =>
    {
        var demo = DemoAuthorityGenerator.Generate(new DemoOptions(Children: 300, Years: 2, Seed: 23, Today: new DateOnly(2025, 3, 31)), WorkingDayCalendar.EnglandAndWales);
        var year = CinCensusExtract.For(CinCensusExtract.FromDemo(demo), "2024-25");
        using var stream = new MemoryStream();
        CinCensusWriter.Write(year, stream, "2024-25", "211");
        return stream.ToArray();
    });

    /// <summary>A small synthetic CIN census for 2024-25 (the same bytes every time).</summary>
    public static byte[] SyntheticCensus => _census.Value;

    /// <summary>Posts the upload form with one file; returns the address of the progress page it redirects to.</summary>
    public static async Task<string> UploadAsync(SignedInClient client, string fileName, byte[] bytes, string contentType = "application/octet-stream")
    {
        ArgumentNullException.ThrowIfNull(client);
        var form = await client.GetDocumentAsync("/data/upload");
        var token = ((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(string.Empty), "CollectionYear" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        content.Add(file, "Files", fileName);
        var posted = await client.Http.PostAsync(new Uri("/data/upload", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var status = posted.Headers.Location!.OriginalString;
        Assert.Matches("^/data/upload/[0-9a-f-]{36}$", status);
        return status;
    }

    /// <summary>One look at the progress page: the page, and whether it asked to be refreshed (it does until the load has finished).</summary>
    public static async Task<(IHtmlDocument Page, bool Refreshes)> ReadAsync(SignedInClient client, string status)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.GetAsync(status);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return (page, response.Headers.Contains("Refresh"));
    }

    /// <summary>
    /// Reads the progress page until the load has finished, as a person's browser does; returns every state it showed on
    /// the way, and the last page.
    /// </summary>
    public static async Task<(IHtmlDocument Page, IReadOnlyList<string> States)> WaitUntilFinishedAsync(SignedInClient client, string status)
    {
        var states = new List<string>();
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var (page, refreshes) = await ReadAsync(client, status);
            states.Add(State(page));
            if (!refreshes)
            {
                return (page, states);
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"The upload had not finished after 600 looks; it showed: {string.Join(" / ", states.Distinct())}");
    }

    public static string State(IHtmlDocument page) => Text(page, "state")!;

    /// <summary>The text of the element with this data-testid, or null when the page has none.</summary>
    public static string? Text(IHtmlDocument page, string testId) =>
        page?.QuerySelector($"[data-testid={testId}]")?.TextContent.Trim();
}
