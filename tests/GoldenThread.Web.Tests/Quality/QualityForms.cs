using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace GoldenThread.Web.Tests.Quality;

/// <summary>Posts a GOV.UK form the way a browser does: fetches the page for its antiforgery token, then posts the fields.</summary>
internal static class QualityForms
{
    public static async Task<HttpResponseMessage> PostAsync(SignedInClient client, string formPath, IEnumerable<KeyValuePair<string, string>> fields, string? postPath = null)
    {
        var page = await client.GetDocumentAsync(formPath);
        var token = ((IHtmlInputElement)page.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        var content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]);
        return await client.Http.PostAsync(new Uri(postPath ?? formPath, UriKind.Relative), content);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    public static IReadOnlyList<string> ErrorSummary(IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim())];
}
