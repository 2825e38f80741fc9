using System.Net;
using System.Security.Cryptography;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using GoldenThread.Data.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GoldenThread.Web.Tests.Security;

/// <summary>Helpers for the security tests: posting forms as a browser does, creating accounts, and computing TOTP codes.</summary>
internal static class SecurityForms
{
    /// <summary>Fetches the page for its antiforgery token, then posts the fields (to the page, or to <paramref name="postPath"/>).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string formPath, IEnumerable<KeyValuePair<string, string>> fields, string? postPath = null)
    {
        var page = await SignedInClient.GetDocumentAsync(client, formPath);
        var token = (page.QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement)?.Value
            ?? throw new InvalidOperationException($"{formPath} has no antiforgery token.");
        var content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]);
        return await client.PostAsync(new Uri(postPath ?? formPath, UriKind.Relative), content);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    public static IReadOnlyList<string> ErrorSummary(IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim())];

    public static string Location(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found, $"Expected a redirect, got {(int)response.StatusCode}");
        var location = response.Headers.Location!;
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    /// <summary>Creates a local account with the test password and, unless null, one role.</summary>
    public static async Task<GoldenThreadUser> CreateUserAsync(GoldenThreadWebFactory factory, string email, string? role, long? orgUnitId = null, long? workerId = null)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<GoldenThreadUser>>();
        var user = new GoldenThreadUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Synthetic " + email.Split('@')[0], LockoutEnabled = true, OrgUnitId = orgUnitId, WorkerId = workerId };
        var created = await users.CreateAsync(user, GoldenThreadWebFactory.Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        if (role is not null)
        {
            await users.AddToRoleAsync(user, role);
        }

        return user;
    }

    /// <summary>The RFC 6238 code (HMAC-SHA1, 30-second steps, 6 digits) for a Base32 key at a time.</summary>
    public static string Totp(string base32Key, DateTimeOffset at)
    {
        var key = Base32(base32Key);
        var step = at.ToUnixTimeSeconds() / 30;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.Replace(" ", string.Empty, StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}

public sealed class TotpTests
{
    [Fact]
    public void The_test_TOTP_matches_the_RFC_6238_SHA1_vectors()
    {
        // RFC 6238 appendix B: the ASCII key "12345678901234567890", 8-digit codes; the last 6 digits are the 6-digit code.
        const string key = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        Assert.Equal("287082", SecurityForms.Totp(key, DateTimeOffset.FromUnixTimeSeconds(59)));
        Assert.Equal("081804", SecurityForms.Totp(key, DateTimeOffset.FromUnixTimeSeconds(1111111109)));
        Assert.Equal("279037", SecurityForms.Totp(key, DateTimeOffset.FromUnixTimeSeconds(2000000000)));
    }
}
