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

    public static async Task<SignedInClient> SignInAsync(GoldenThreadWebFactory factory, string email, string password = GoldenThreadWebFactory.Password)
    {
        var client = Anonymous(factory);
        var response = await PostSignInAsync(client, email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/overview", response.Headers.Location?.OriginalString);
        return new SignedInClient(client);
    }

    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        var form = await GetDocumentAsync(client, "/account/sign-in");
        var token = (form.QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement)?.Value
            ?? throw new InvalidOperationException("The sign-in form has no antiforgery token.");
        return await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
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
