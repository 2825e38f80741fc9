using GoldenThread.Core.Model;
using GoldenThread.Data.Security;
using GoldenThread.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace GoldenThread.Web.Tests.Journeys;

/// <summary>
/// Sign-in with the council's identity provider end to end: Chromium goes from the app to a real OpenID Connect provider
/// (<see cref="SyntheticOidcProvider"/>, on its own loopback port) and back, the app fetches the provider's metadata and keys,
/// redeems the code with PKCE and its client secret, validates the ID token, and provisions the person from the claims.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class OidcJourneyTests(OidcBrowserFixture browser) : IClassFixture<OidcBrowserFixture>
{
    private static SyntheticOidcPerson Person(string key, string name, params string[] roles) =>
        new($"synthetic-oidc-{key}", $"oidc.{key}@synthetic-council.example", name, roles);

    private async Task<OrgUnit> FirstTeamAsync()
    {
        await using var db = browser.Factory.CreateContext();
        return await db.OrgUnits.AsNoTracking().Where(o => o.Kind == OrgUnitKind.Team).OrderBy(o => o.Id).FirstAsync();
    }

    /// <summary>A new browser, sent to the app's sign-in page by <paramref name="path"/>, that chooses the council account.</summary>
    private async Task<IPage> SignInWithProviderAsync(SyntheticOidcPerson? person, string path = "/overview")
    {
        browser.Provider.NextPerson = person;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.WaitForURLAsync("**/account/sign-in?*");
        await page.GetByTestId("external-sign-in").ClickAsync();
        return page;
    }

    private static async Task SignInAgainAsync(IPage page, string landing)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByTestId("external-sign-in").ClickAsync();
        await page.WaitForURLAsync(landing);
    }

    private async Task<GoldenThreadUser?> FindUserAsync(SyntheticOidcPerson person)
    {
        await using var db = browser.Factory.CreateContext();
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Email == person.Email);
    }

    private async Task<List<string>> RolesOfAsync(string userId)
    {
        await using var db = browser.Factory.CreateContext();
        return await db.UserRoles.Where(ur => ur.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync();
    }

    private async Task<List<(string Action, string UserName)>> AuditOfAsync(string userId)
    {
        await using var db = browser.Factory.CreateContext();
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "User" && e.EntityId == userId).OrderBy(e => e.Id).ToListAsync();
        return entries.Select(e => (e.Action, e.UserName)).ToList();
    }

    [Fact]
    public async Task A_team_manager_signs_in_through_the_provider_and_lands_with_their_role_and_team()
    {
        var team = await FirstTeamAsync();
        var person = Person("manager", "Synthetic Oidc Manager", SyntheticOidcProvider.TeamManagersGroup) with { Team = team.Code };
        var before = browser.Provider.CodesRedeemed;

        var page = await SignInWithProviderAsync(person);
        await page.WaitForURLAsync("**/overview");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out Synthetic Oidc Manager" })).ToBeVisibleAsync();

        // The app asked for the code flow with PKCE (S256) and a nonce, and redeemed the code at the token endpoint.
        var asked = browser.Provider.AuthorizationRequests.Last();
        Assert.Equal((SyntheticOidcProvider.ClientId, "code", "S256", true, true), (asked.ClientId, asked.ResponseType, asked.CodeChallengeMethod, asked.HasCodeChallenge, asked.HasNonce));
        Assert.Subset(new HashSet<string>(asked.Scopes), new HashSet<string> { "openid", "profile", "email" });
        Assert.Equal(before + 1, browser.Provider.CodesRedeemed);

        // Their dashboard is their team's; administration is not theirs.
        await page.GetByTestId("nav-dashboard").ClickAsync();
        await page.WaitForURLAsync("**/dashboards/manager");
        await Assertions.Expect(page.Locator(".govuk-caption-l")).ToHaveTextAsync(team.Name);
        var admin = await page.GotoAsync("/admin/users");
        Assert.Equal(403, admin!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("You do not have access to this page");

        // The account: created from the claims, linked to the provider's subject, no password.
        var user = await FindUserAsync(person);
        Assert.NotNull(user);
        Assert.Equal(("Synthetic Oidc Manager", team.Id, (string?)null), (user.DisplayName, user.OrgUnitId, user.PasswordHash));
        Assert.Equal([Roles.TeamManager], await RolesOfAsync(user.Id));
        await using (var db = browser.Factory.CreateContext())
        {
            var login = await db.UserLogins.AsNoTracking().SingleAsync(l => l.UserId == user.Id);
            Assert.Equal((OpenIdConnectSettings.Scheme, person.Subject), (login.LoginProvider, login.ProviderKey));
        }

        Assert.Equal(
            [("User created", "OpenID Connect sign-in"), ("Council sign-in linked", "OpenID Connect sign-in"), ("User role and scope changed", "OpenID Connect sign-in")],
            await AuditOfAsync(user.Id));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Someone_without_a_role_claim_waits_for_access_until_an_Administrator_gives_them_a_role()
    {
        var team = await FirstTeamAsync();
        var person = Person("newcomer", "Synthetic Oidc Newcomer");
        var page = await SignInWithProviderAsync(person);
        await page.WaitForURLAsync("**/account/waiting-for-access");
        await Assertions.Expect(page.GetByTestId("waiting-for-access")).ToHaveTextAsync("You are waiting for access");
        var overview = await page.GotoAsync("/overview");
        Assert.EndsWith("/account/waiting-for-access", overview!.Url, StringComparison.Ordinal);
        var user = await FindUserAsync(person);
        Assert.NotNull(user);
        Assert.Empty(await RolesOfAsync(user.Id));

        // An Administrator (a local account) gives them a role and team on the users page.
        var admin = await browser.SignInAsync("admin@demo.local");
        await admin.GotoAsync($"/admin/users/{user.Id}");
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync("Synthetic Oidc Newcomer");
        await admin.GetByLabel("Team manager").CheckAsync();
        await admin.Locator("#org-unit").SelectOptionAsync(team.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save role and scope" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("role")).ToHaveTextAsync("Team manager");
        await admin.Context.CloseAsync();

        // Their next sign-in gets in, and the provider (which sends no role claim) leaves the Administrator's choice alone.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/account/sign-out");
        await SignInAgainAsync(page, "**/dashboards/manager"); // no return address: the team manager's own dashboard
        await Assertions.Expect(page.Locator(".govuk-caption-l")).ToHaveTextAsync(team.Name);
        Assert.Equal([Roles.TeamManager], await RolesOfAsync(user.Id));

        Assert.Equal(
            [("User created", "OpenID Connect sign-in"), ("Council sign-in linked", "OpenID Connect sign-in"), ("User role and scope changed", "admin@demo.local")],
            await AuditOfAsync(user.Id));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(OidcTampering.ForgedState)]
    [InlineData(OidcTampering.ForeignSigningKey)]
    [InlineData(OidcTampering.WrongIssuer)]
    public async Task A_tampered_sign_in_is_refused_with_a_clear_page_and_nobody_is_signed_in(OidcTampering tampering)
    {
        var person = Person($"tampered-{tampering}".ToLowerInvariant(), "Synthetic Oidc Target", SyntheticOidcProvider.TeamManagersGroup);
        browser.Provider.Tampering = tampering;
        IPage page;
        try
        {
            page = await SignInWithProviderAsync(person);
            await page.WaitForURLAsync("**/account/external-callback?*");
        }
        finally
        {
            browser.Provider.Tampering = OidcTampering.None;
        }

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("You could not be signed in");
        var text = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("IDX", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\bat [\w.]+\.\w+\(", text);

        var overview = await page.GotoAsync("/overview");
        Assert.Contains("/account/sign-in", overview!.Url, StringComparison.Ordinal);
        Assert.Null(await FindUserAsync(person));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_sign_in_the_provider_refuses_ends_on_the_same_clear_page()
    {
        var page = await SignInWithProviderAsync(person: null);
        await page.WaitForURLAsync("**/account/external-callback?*");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("You could not be signed in");
        var overview = await page.GotoAsync("/overview");
        Assert.Contains("/account/sign-in", overview!.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Signing_out_ends_the_app_session_and_the_providers()
    {
        var person = Person("leaver", "Synthetic Oidc Leaver", SyntheticOidcProvider.TeamManagersGroup);
        var page = await SignInWithProviderAsync(person);
        await page.WaitForURLAsync("**/overview");
        Assert.Contains(await page.Context.CookiesAsync(), c => c.Name == "goldenthread");
        Assert.Contains(await page.Context.CookiesAsync([browser.Provider.Issuer.AbsoluteUri]), c => c.Name == SyntheticOidcProvider.SessionCookie);
        Assert.True(browser.Provider.HasSessionFor(person.Subject));
        var endSessionsBefore = browser.Provider.EndSessionRequests.Count;

        // The sign-out form goes on to the provider's end-session endpoint (allowed by form-action), which comes back to the
        // app's signed-out callback, which ends on "You have signed out".
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out Synthetic Oidc Leaver" }).ClickAsync();
        await page.WaitForURLAsync("**/account/sign-out");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("You have signed out");

        // The provider was asked, with the ID token it issued to this client for this person as the hint, to send the browser
        // back to the registered post-logout redirect URI; it ended its own session.
        var request = Assert.Single(browser.Provider.EndSessionRequests.Skip(endSessionsBefore));
        Assert.Equal(
            (true, person.Subject, SyntheticOidcProvider.ClientId, browser.Provider.PostLogoutRedirectUri!.AbsoluteUri, true, true),
            (request.HasIdTokenHint, request.HintSubject, request.ClientId, request.PostLogoutRedirectUri, request.HasState, request.HadSession));
        Assert.Contains(SyntheticOidcProvider.ClientId, request.HintAudiences);
        Assert.False(browser.Provider.HasSessionFor(person.Subject));
        Assert.DoesNotContain(await page.Context.CookiesAsync([browser.Provider.Issuer.AbsoluteUri]), c => c.Name == SyntheticOidcProvider.SessionCookie);
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "goldenthread");

        // Nothing signs them back in silently: the app asks them to sign in again.
        var codes = browser.Provider.CodesRedeemed;
        var overview = await page.GotoAsync("/overview");
        Assert.Contains("/account/sign-in", overview!.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByTestId("external-sign-in")).ToBeVisibleAsync();
        Assert.Equal(codes, browser.Provider.CodesRedeemed);
        Assert.Equal(endSessionsBefore + 1, browser.Provider.EndSessionRequests.Count);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Someone_with_a_local_account_signs_out_of_the_app_alone()
    {
        var page = await browser.SignInAsync("teammanager@demo.local");
        var endSessionsBefore = browser.Provider.EndSessionRequests.Count;
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Sign out") }).ClickAsync();
        await page.WaitForURLAsync("**/account/sign-out");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("You have signed out");
        Assert.Equal(endSessionsBefore, browser.Provider.EndSessionRequests.Count);
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "goldenthread");
        await page.Context.CloseAsync();
    }
}
