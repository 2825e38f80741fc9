using System.Net;
using GoldenThread.Data.Security;
using Microsoft.AspNetCore.WebUtilities;

namespace GoldenThread.Web.Tests.Security;

/// <summary>Sign-in through the stand-in for the provider's return, with a synthetic ID token kept as the handler keeps it.</summary>
internal static class ProviderSessions
{
    public static async Task<HttpClient> SignInThroughProviderAsync(OpenIdConnectFactory factory, string key, string? idToken)
    {
        var client = SignedInClient.Anonymous(factory);
        var query = $"sub=oidc-subject-{key}&email={key}@synthetic-council.example&groups=gt-analysts"
            + (idToken is null ? string.Empty : $"&id_token={Uri.EscapeDataString(idToken)}");
        await client.GetAsync(new Uri($"{OpenIdConnectFactory.ProviderReturnPath}?{query}", UriKind.Relative));
        var signedIn = await SignedInClient.GetDocumentAsync(client, "/account/external-callback");
        Assert.NotNull(signedIn.QuerySelector("[data-testid=continue]"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/overview", UriKind.Relative))).StatusCode);
        return client;
    }

    /// <summary>Presses "Sign out" on the overview as a browser does.</summary>
    public static Task<HttpResponseMessage> SignOutAsync(HttpClient client) => SecurityForms.PostAsync(client, "/overview", [], "/account/sign-out");

    public static async Task AssertSignedOutAsync(HttpClient client)
    {
        var overview = await client.GetAsync(new Uri("/overview", UriKind.Relative));
        Assert.StartsWith("/account/sign-in", SecurityForms.Location(overview), StringComparison.Ordinal);
    }
}

/// <summary>
/// Signing out of the provider too (RP-initiated logout), in process: where the sign-out sends the browser and what it sends.
/// Journeys/OidcJourneyTests shows the same against a real provider in Chromium.
/// </summary>
public sealed class ProviderSignOutTests(OpenIdConnectFactory factory) : IClassFixture<OpenIdConnectFactory>
{
    private const string IdToken = "synthetic.id-token.for-the-hint";

    [Fact]
    public async Task Someone_who_signed_in_through_the_provider_is_sent_to_its_end_session_endpoint_with_their_ID_token()
    {
        var client = await ProviderSessions.SignInThroughProviderAsync(factory, "rp-logout", IdToken);
        var signOut = await ProviderSessions.SignOutAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var location = signOut.Headers.Location!;
        Assert.Equal(OpenIdConnectFactory.EndSessionEndpoint, location.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal(
            (IdToken, "http://localhost/signout-callback-oidc", "goldenthread-test"),
            (query["id_token_hint"].ToString(), query["post_logout_redirect_uri"].ToString(), query["client_id"].ToString()));
        var state = query["state"].ToString();
        Assert.False(string.IsNullOrEmpty(state));
        Assert.DoesNotContain(IdToken, state, StringComparison.Ordinal);

        // GoldenThread's own session ended before the browser left for the provider.
        await ProviderSessions.AssertSignedOutAsync(client);

        // The provider's return (from another site, so without the app cookie) ends on "You have signed out".
        var callback = await client.GetAsync(new Uri($"/signout-callback-oidc?state={Uri.EscapeDataString(state)}", UriKind.Relative));
        Assert.Equal("/account/sign-out", SecurityForms.Location(callback));
        var signedOut = await SignedInClient.GetDocumentAsync(client, "/account/sign-out");
        Assert.Equal("You have signed out", signedOut.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?state=synthetic-forged-state")]
    [InlineData("?state=synthetic-forged-state&error=server_error")]
    public async Task The_providers_return_ends_on_the_signed_out_page_whatever_its_state(string query)
    {
        var callback = await SignedInClient.Anonymous(factory).GetAsync(new Uri($"/signout-callback-oidc{query}", UriKind.Relative));
        Assert.Equal("/account/sign-out", SecurityForms.Location(callback));
    }

    [Fact]
    public async Task Someone_with_a_local_account_signs_out_of_the_app_alone()
    {
        await SecurityForms.CreateUserAsync(factory, "local-signout@synthetic.local", Roles.Analyst);
        var client = SignedInClient.Anonymous(factory);
        await SignedInClient.PostSignInAsync(client, "local-signout@synthetic.local", GoldenThreadWebFactory.Password);

        var signOut = await ProviderSessions.SignOutAsync(client);
        Assert.Equal("/account/sign-out", SecurityForms.Location(signOut));
        await ProviderSessions.AssertSignedOutAsync(client);
    }

    [Fact]
    public async Task A_council_sign_in_without_an_ID_token_signs_out_of_the_app_alone()
    {
        var client = await ProviderSessions.SignInThroughProviderAsync(factory, "rp-logout-no-token", idToken: null);
        var signOut = await ProviderSessions.SignOutAsync(client);
        Assert.Equal("/account/sign-out", SecurityForms.Location(signOut));
        await ProviderSessions.AssertSignedOutAsync(client);
    }

    [Fact]
    public async Task When_the_provider_has_no_end_session_endpoint_sign_out_ends_the_app_session_alone()
    {
        var client = await ProviderSessions.SignInThroughProviderAsync(factory, "rp-logout-no-endpoint", IdToken);
        factory.ProviderConfiguration.EndSessionEndpoint = null;
        try
        {
            var signOut = await ProviderSessions.SignOutAsync(client);
            Assert.Equal("/account/sign-out", SecurityForms.Location(signOut));
        }
        finally
        {
            factory.ProviderConfiguration.EndSessionEndpoint = OpenIdConnectFactory.EndSessionEndpoint;
        }

        await ProviderSessions.AssertSignedOutAsync(client);
    }
}

/// <summary>With <c>Authentication:OpenIdConnect:SignOutOfProvider</c> off, signing out ends GoldenThread's session alone.</summary>
public sealed class AppOnlySignOutTests(AppOnlySignOutFactory factory) : IClassFixture<AppOnlySignOutFactory>
{
    [Fact]
    public async Task Someone_who_signed_in_through_the_provider_signs_out_of_the_app_alone()
    {
        var client = await ProviderSessions.SignInThroughProviderAsync(factory, "app-only", "synthetic.id-token.for-the-hint");
        var signOut = await ProviderSessions.SignOutAsync(client);
        Assert.Equal("/account/sign-out", SecurityForms.Location(signOut));
        await ProviderSessions.AssertSignedOutAsync(client);
    }
}
