using System.Net;
using AngleSharp.Html.Dom;
using GoldenThread.Core.Calendar;
using GoldenThread.Core.Caseload;
using GoldenThread.Core.Indicators;
using GoldenThread.Data;

namespace GoldenThread.Web.Tests.Dashboards;

/// <summary>The core's own figures and lists over the test database, to check the pages against.</summary>
internal static class DashboardTestData
{
    public static readonly ReportingPeriod YearToDate = ReportingPeriod.Custom(new DateOnly(2026, 4, 1), GoldenThreadWebFactory.Today);

    public static async Task<IndicatorInput> InputAsync(GoldenThreadWebFactory factory)
    {
        await using var db = factory.CreateContext();
        return await IndicatorInputLoader.LoadAsync(db);
    }

    public static async Task<IndicatorCalculator> CalculatorAsync(GoldenThreadWebFactory factory) =>
        new(await InputAsync(factory), WorkingDayCalendar.EnglandAndWales, IndicatorSettings.Default);

    public static async Task<ActionLists> ActionListsAsync(GoldenThreadWebFactory factory) =>
        new(await InputAsync(factory), WorkingDayCalendar.EnglandAndWales, IndicatorSettings.Default);

    public static async Task AssertDeniedAsync(SignedInClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"GET {path} returned {(int)response.StatusCode}");
        Assert.StartsWith("http://localhost/account/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Posts a form on the page at <paramref name="path"/> with its antiforgery token and the given fields.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(SignedInClient client, string path, string formSelector, IDictionary<string, string> fields)
    {
        var page = await client.GetDocumentAsync(path);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form {formSelector} on {path}.");
        var token = (form.QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement)?.Value
            ?? throw new InvalidOperationException($"The form {formSelector} has no antiforgery token.");
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : path;
        var content = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.Http.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(content));
    }
}
