using System.Net;
using System.Security.Claims;
using GoldenThread.Data.Security;
using GoldenThread.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace GoldenThread.Web.Tests.Security;

/// <summary>OpenID Connect is offered only when configured; its sign-ins create and update local accounts from the claims.</summary>
public sealed class OpenIdConnectTests(OpenIdConnectFactory factory) : IClassFixture<OpenIdConnectFactory>
{
    private async Task<ProvisionResult> ProvisionAsync(params (string Type, string Value)[] claims)
    {
        using var scope = factory.Services.CreateScope();
        var provisioner = scope.ServiceProvider.GetRequiredService<ExternalAccountProvisioner>();
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "oidc"));
        return await provisioner.ProvisionAsync(OpenIdConnectSettings.Scheme, principal, CancellationToken.None);
    }

    [Fact]
    public async Task The_scheme_is_registered_and_the_sign_in_page_offers_it()
    {
        var schemes = factory.Services.GetRequiredService<IAuthenticationSchemeProvider>();
        var scheme = await schemes.GetSchemeAsync(OpenIdConnectSettings.Scheme);
        Assert.NotNull(scheme);
        Assert.Equal("Synthetic Council account", scheme.DisplayName);
        var page = await SignedInClient.GetDocumentAsync(SignedInClient.Anonymous(factory), "/account/sign-in");
        Assert.Equal("Sign in with Synthetic Council account", page.QuerySelector("[data-testid=external-sign-in]")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_sign_in_form_may_be_sent_on_to_the_provider_and_to_no_other_site()
    {
        // Browsers hold a form's redirects to form-action: without the provider there, "Sign in with …" is blocked.
        var response = await SignedInClient.Anonymous(factory).GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("; form-action 'self' https://login.synthetic-council.example;", policy, StringComparison.Ordinal);
        Assert.Single(policy.Split(';'), d => d.Trim().StartsWith("form-action", StringComparison.Ordinal));
    }

    [Fact]
    public void A_provider_that_is_not_on_this_machine_must_serve_its_metadata_over_HTTPS()
    {
        var options = factory.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OpenIdConnectSettings.Scheme);
        Assert.True(options.RequireHttpsMetadata);
    }

    [Theory]
    [InlineData("http://localhost:5001/", true)]
    [InlineData("http://127.0.0.1:5001/", true)]
    [InlineData("http://[::1]:5001/", true)]
    [InlineData("https://login.synthetic-council.example/", false)]
    [InlineData("http://localhost.synthetic-council.example/", false)]
    [InlineData("not a web address", false)]
    [InlineData(null, false)]
    public void Only_a_provider_on_loopback_counts_as_on_this_machine(string? authority, bool loopback) =>
        Assert.Equal(loopback, new OpenIdConnectSettings { Authority = authority, ClientId = "goldenthread-test" }.IsLoopbackAuthority);

    [Fact]
    public async Task A_callback_that_fails_its_checks_ends_on_a_page_that_says_so_and_not_on_the_error_page()
    {
        var client = SignedInClient.Anonymous(factory);
        var callback = await client.PostAsync(
            new Uri("/signin-oidc", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["code"] = "synthetic-code", ["state"] = "synthetic-forged-state" }));
        Assert.Equal("/account/external-callback?handler=failed", SecurityForms.Location(callback));

        var page = await SignedInClient.GetDocumentAsync(client, "/account/external-callback?handler=failed");
        Assert.Equal("You could not be signed in", page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("Your sign-in with your council account could not be completed", page.QuerySelector("[data-testid=problem]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/overview", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public void A_refused_sign_in_is_logged_by_its_codes_and_never_by_what_the_provider_said_about_the_person()
    {
        var fromProvider = new OpenIdConnectProtocolException("Message contains error: 'access_denied', error_description: 'synthetic.person@synthetic-council.example may not sign in'");
        fromProvider.Data["error"] = "access_denied";
        Assert.Equal("OpenIdConnectProtocolException: the provider answered access_denied", SecurityRegistration.DescribeRemoteFailure(fromProvider));
        var forged = new OpenIdConnectProtocolException("Message contains error: 'synthetic.person@synthetic-council.example'");
        forged.Data["error"] = "synthetic.person@synthetic-council.example";
        Assert.Equal("OpenIdConnectProtocolException: the provider answered something that is not an error code", SecurityRegistration.DescribeRemoteFailure(forged));
        Assert.Equal("SecurityTokenInvalidIssuerException: IDX10205", SecurityRegistration.DescribeRemoteFailure(new SecurityTokenInvalidIssuerException("IDX10205: Issuer validation failed. Issuer: 'https://impostor.synthetic.example'.")));
        Assert.Equal("AuthenticationFailureException: Correlation failed.", SecurityRegistration.DescribeRemoteFailure(new AuthenticationFailureException("Correlation failed.")));
        Assert.Equal("InvalidOperationException", SecurityRegistration.DescribeRemoteFailure(new InvalidOperationException("synthetic.person@synthetic-council.example")));
        Assert.Equal("unknown", SecurityRegistration.DescribeRemoteFailure(null));
    }

    [Fact]
    public async Task A_first_sign_in_creates_the_account_with_the_mapped_role_and_team_and_later_sign_ins_update_it()
    {
        await using var db = factory.CreateContext();
        var team = await db.OrgUnits.Where(o => o.Kind == GoldenThread.Core.Model.OrgUnitKind.Team).OrderBy(o => o.Id).FirstAsync();
        var first = await ProvisionAsync(("sub", "oidc-subject-1"), ("email", "newstarter@synthetic-council.example"), ("name", "New Starter"), ("groups", "gt-team-managers"), ("team", team.Code));
        var user = Assert.IsType<GoldenThreadUser>(first.User);
        Assert.Equal(("New Starter", team.Id), (user.DisplayName, user.OrgUnitId!.Value));
        Assert.Null(user.PasswordHash);

        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<GoldenThreadUser>>();
            Assert.Equal([Roles.TeamManager], await users.GetRolesAsync((await users.FindByIdAsync(user.Id))!));
        }

        var actions = await db.AuditEntries.Where(e => e.EntityId == user.Id).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
        Assert.Equal(["User created", "Council sign-in linked", "User role and scope changed"], actions);

        var again = await ProvisionAsync(("sub", "oidc-subject-1"), ("email", "newstarter@synthetic-council.example"), ("groups", "gt-analysts"));
        Assert.Equal(user.Id, again.User!.Id);
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<GoldenThreadUser>>();
            var updated = (await users.FindByIdAsync(user.Id))!;
            Assert.Equal([Roles.Analyst], await users.GetRolesAsync(updated));
            Assert.Null(updated.OrgUnitId);
        }

        Assert.Equal(1, await db.Users.CountAsync(u => u.Email == "newstarter@synthetic-council.example"));
    }

    [Fact]
    public async Task Returning_from_the_provider_lands_on_the_roles_dashboard_or_the_local_return_address()
    {
        await using var db = factory.CreateContext();
        var team = await db.OrgUnits.Where(o => o.Kind == GoldenThread.Core.Model.OrgUnitKind.Team).OrderBy(o => o.Id).FirstAsync();
        var claims = $"sub=oidc-subject-landing&email=landing@synthetic-council.example&groups=gt-team-managers&team={Uri.EscapeDataString(team.Code)}";

        var client = SignedInClient.Anonymous(factory);
        await client.GetAsync(new Uri($"{OpenIdConnectFactory.ProviderReturnPath}?{claims}", UriKind.Relative));
        Assert.Equal("/dashboards/manager", await NextAsync(client, "/account/external-callback"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/dashboards/manager", UriKind.Relative))).StatusCode);

        var returning = SignedInClient.Anonymous(factory);
        await returning.GetAsync(new Uri($"{OpenIdConnectFactory.ProviderReturnPath}?{claims}", UriKind.Relative));
        Assert.Equal("/indicators", await NextAsync(returning, "/account/external-callback?returnUrl=%2Findicators"));

        var elsewhere = SignedInClient.Anonymous(factory);
        await elsewhere.GetAsync(new Uri($"{OpenIdConnectFactory.ProviderReturnPath}?{claims}", UriKind.Relative));
        Assert.Equal("/dashboards/manager", await NextAsync(elsewhere, "/account/external-callback?returnUrl=https%3A%2F%2Fsynthetic-attacker.example%2F"));
    }

    /// <summary>
    /// Where the callback's "You are signed in" page sends the person: its refresh and its link (a page, not a redirect, so the
    /// browser sends the SameSite=Strict cookie on the next request).
    /// </summary>
    private static async Task<string> NextAsync(HttpClient client, string callback)
    {
        var page = await SignedInClient.GetDocumentAsync(client, callback);
        var next = page.QuerySelector("[data-testid=continue]")!.GetAttribute("href")!;
        Assert.Equal($"0; url={next}", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        return next;
    }

    [Fact]
    public async Task Without_a_role_claim_a_new_account_waits_for_an_Administrator()
    {
        var result = await ProvisionAsync(("sub", "oidc-subject-2"), ("email", "waiting@synthetic-council.example"), ("name", "Waiting Person"));
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<GoldenThreadUser>>();
        Assert.Empty(await users.GetRolesAsync((await users.FindByIdAsync(result.User!.Id))!));
    }

    [Fact]
    public async Task An_existing_local_account_is_linked_only_when_the_provider_has_verified_the_email()
    {
        await SecurityForms.CreateUserAsync(factory, "local@synthetic-council.example", Roles.Director);
        var unverified = await ProvisionAsync(("sub", "oidc-subject-3"), ("email", "local@synthetic-council.example"));
        Assert.Null(unverified.User);
        Assert.Contains("already exists", unverified.Refusal, StringComparison.Ordinal);

        var verified = await ProvisionAsync(("sub", "oidc-subject-3"), ("email", "local@synthetic-council.example"), ("email_verified", "true"));
        Assert.Equal("local@synthetic-council.example", verified.User!.Email);
    }

    [Fact]
    public async Task Someone_signed_in_without_a_role_sees_the_waiting_page_and_nothing_else()
    {
        await SecurityForms.CreateUserAsync(factory, "norole@synthetic.local", role: null);
        var client = SignedInClient.Anonymous(factory);
        var signIn = await SignedInClient.PostSignInAsync(client, "norole@synthetic.local", GoldenThreadWebFactory.Password);
        Assert.Equal("/account/waiting-for-access", SecurityForms.Location(signIn));
        var waiting = await SignedInClient.GetDocumentAsync(client, "/account/waiting-for-access");
        Assert.Equal("You are waiting for access", waiting.QuerySelector("[data-testid=waiting-for-access]")!.TextContent);

        var overview = await client.GetAsync(new Uri("/overview", UriKind.Relative));
        Assert.StartsWith("/account/access-denied", SecurityForms.Location(overview), StringComparison.Ordinal);
        var denied = await client.GetAsync(new Uri(SecurityForms.Location(overview), UriKind.Relative));
        Assert.Equal("/account/waiting-for-access", SecurityForms.Location(denied));
    }
}

/// <summary>Without settings, there is no OpenID Connect scheme and no button; the idle timeout defaults to 20 minutes.</summary>
[Collection(SecurityCollection.Name)]
public sealed class DefaultAuthenticationTests(SecurityWebFactory factory)
{
    [Fact]
    public async Task Without_settings_there_is_no_OpenID_Connect_scheme_or_button()
    {
        var schemes = factory.Services.GetRequiredService<IAuthenticationSchemeProvider>();
        Assert.Null(await schemes.GetSchemeAsync(OpenIdConnectSettings.Scheme));
        var page = await SignedInClient.GetDocumentAsync(SignedInClient.Anonymous(factory), "/account/sign-in");
        Assert.Null(page.QuerySelector("[data-testid=external-sign-in]"));
        var start = await SecurityForms.PostAsync(SignedInClient.Anonymous(factory), "/account/sign-in", [], "/account/external-sign-in");
        Assert.Equal(HttpStatusCode.NotFound, start.StatusCode);
    }

    [Fact]
    public void Sessions_slide_and_end_after_20_idle_minutes_by_default()
    {
        var options = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        Assert.Equal(TimeSpan.FromMinutes(20), options.ExpireTimeSpan);
        Assert.True(options.SlidingExpiration);
    }
}
