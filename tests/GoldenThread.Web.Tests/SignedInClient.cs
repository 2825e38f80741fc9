using System.Net;
using AngleSharp;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GoldenThread.Web.Tests;

/// <summary>An HTTP client that signs in through the real sign-in form, and parses pages with AngleSharp.</summary>
public sealed class SignedInClient(HttpClient client)
{
    public HttpClient Http => client;

    public static HttpClient Anonymous(GoldenThreadWebFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
    }

    /// <summary>Where a successful sign-in may land: a role's own dashboard, or the overview for a role without one.</summary>
    public static IReadOnlyList<string> Landings { get; } =
        ["/dashboards/scorecard", "/dashboards/director", "/dashboards/manager", "/dashboards/caseload", "/overview"];

    public static async Task<SignedInClient> SignInAsync(GoldenThreadWebFactory factory, string email, string password = GoldenThreadWebFactory.Password)
    {
        var client = Anonymous(factory);
        var response = await PostSignInAsync(client, email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(response.Headers.Location?.OriginalString, Landings);
        return new SignedInClient(client);
    }

    /// <summary>Posts the sign-in form as a browser does, with the return address the form carries when one is given.</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var form = await GetDocumentAsync(client, "/account/sign-in");
        var token = (form.QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement)?.Value
            ?? throw new InvalidOperationException("The sign-in form has no antiforgery token.");
        var fields = new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = password,
            ["__RequestVerificationToken"] = token,
        };
        if (returnUrl is not null)
        {
            fields["returnUrl"] = returnUrl;
        }

        return await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    public Task<IHtmlDocument> GetDocumentAsync(string path) => GetDocumentAsync(client, path);

    public static async Task<IHtmlDocument> GetDocumentAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} returned {(int)response.StatusCode}");
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlParser().ParseDocument(html);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => client.GetAsync(new Uri(path, UriKind.Relative));
}
