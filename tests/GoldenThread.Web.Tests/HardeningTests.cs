using System.Net;

namespace GoldenThread.Web.Tests;

/// <summary>A factory whose sign-in limit is small enough to reach in a test.</summary>
public sealed class StrictRateLimitFactory : SqliteWebFactory
{
    protected override int SignInPerMinute => 3;
}

public sealed class HardeningTests(StrictRateLimitFactory factory) : IClassFixture<StrictRateLimitFactory>
{
    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/health")]
    [InlineData("/css/app.css")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        var response = await SignedInClient.Anonymous(factory).GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
            response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task The_error_page_answers_a_failed_form_post_too()
    {
        // The exception handler re-executes the error page with the failed request's method: a POST without the page's own
        // antiforgery token must still get the page, not a blank 400.
        var response = await SignedInClient.Anonymous(factory).PostAsync(new Uri("/error", UriKind.Relative), new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sorry, there is a problem with the service", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_are_refused_with_429()
    {
        var client = SignedInClient.Anonymous(factory);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await SignedInClient.PostSignInAsync(client, "nobody@demo.local", "wrong-password-1")).StatusCode);
        }

        // The first sign-in test in this class may have used permits already: after at most 3 in a minute, the rest are refused.
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.True(statuses.Count(s => s == HttpStatusCode.OK) <= 3);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}

/// <summary>Markup that the Content Security Policy depends on: no inline script or style anywhere.</summary>
public sealed class PageMarkupTests(SqliteWebFactory factory) : IClassFixture<SqliteWebFactory>
{
    [Fact]
    public async Task Pages_never_use_inline_script()
    {
        var client = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        foreach (var path in new[] { "/overview", "/overview/children-in-need", "/data/loads", "/data/upload" })
        {
            var page = await client.GetDocumentAsync(path);
            Assert.All(page.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), $"{path} has an inline script"));
            Assert.Empty(page.QuerySelectorAll("[style]"));
        }
    }
}
