using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using GoldenThread.Core.Improvement;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Tests.Plan;

/// <summary>Finding demo plan items by reference, and posting the plan's forms with their antiforgery token.</summary>
public static class PlanTestData
{
    public static async Task<long> ActionIdAsync(GoldenThreadWebFactory factory, string reference)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var db = factory.CreateContext();
        var actions = await db.PlanActions.AsNoTracking().Include(a => a.Objective).ThenInclude(o => o!.Theme).ToListAsync();
        return actions.Single(a => a.Reference == reference).Id;
    }

    public static async Task<long> ObjectiveIdAsync(GoldenThreadWebFactory factory, string reference)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var db = factory.CreateContext();
        var objectives = await db.PlanObjectives.AsNoTracking().Include(o => o.Theme).ToListAsync();
        return objectives.Single(o => o.Reference == reference).Id;
    }

    public static async Task<string> TokenAsync(SignedInClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetDocumentAsync(path);
        var input = page.QuerySelector("main form input[name=__RequestVerificationToken]") ?? page.QuerySelector("form input[name=__RequestVerificationToken]");
        return ((IHtmlInputElement)input!).Value;
    }

    /// <summary>Posts the form on the page at <paramref name="path"/> with the given fields.</summary>
    public static async Task<HttpResponseMessage> PostAsync(SignedInClient client, string path, IEnumerable<KeyValuePair<string, string>> fields, string? handler = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await TokenAsync(client, path);
        var all = fields.Append(new("__RequestVerificationToken", token));
        var target = handler is null ? path : $"{path}?handler={handler}";
        return await client.Http.PostAsync(new Uri(target, UriKind.Relative), new FormUrlEncodedContent(all));
    }

    /// <summary>Posts an owner's update, with an optional evidence file, as the browser's multipart form would.</summary>
    public static async Task<HttpResponseMessage> PostUpdateAsync(SignedInClient client, long actionId, Dictionary<string, string> fields, (string Name, byte[] Content, string ContentType)? file = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var path = $"/plan/actions/{actionId}/update";
        var token = await TokenAsync(client, path);
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }

        if (file is { } f)
        {
            var bytes = new ByteArrayContent(f.Content);
            bytes.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(f.ContentType);
            content.Add(bytes, "EvidenceFile", f.Name);
        }

        return await client.Http.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public static void AssertAccessDenied(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A minimal valid PNG (1 × 1 pixel), synthetic evidence.</summary>
    public static byte[] Png { get; } = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    public static string RagOf(IHtmlDocument page, string selector) =>
        page.QuerySelector($"{selector} [data-testid=rag]")!.TextContent.Trim();

    public static Rag Parse(string rag) => Enum.Parse<Rag>(rag);
}
