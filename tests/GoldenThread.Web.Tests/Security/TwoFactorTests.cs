using System.Net;
using AngleSharp.Html.Dom;
using GoldenThread.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Tests.Security;

/// <summary>TOTP two-factor authentication: enrolment with the shared key, sign-in with a code or a recovery code.</summary>
[Collection(SecurityCollection.Name)]
public sealed class TwoFactorTests(SecurityWebFactory factory)
{
    /// <summary>Signs in, enrols with a code computed from the key on the page, and returns the key and the recovery codes.</summary>
    internal static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(GoldenThreadWebFactory factory, HttpClient client)
    {
        var enrol = await SignedInClient.GetDocumentAsync(client, "/account/two-factor/enrol");
        var key = enrol.QuerySelector("[data-testid=shared-key]")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var uri = enrol.QuerySelector("[data-testid=authenticator-uri]")!.TextContent;
        Assert.StartsWith("otpauth://totp/GoldenThread:", uri, StringComparison.Ordinal);
        Assert.Contains($"secret={key}", uri, StringComparison.Ordinal);
        Assert.StartsWith("data:image/png;base64,", enrol.QuerySelector("img.app-qr-code")!.GetAttribute("src"), StringComparison.Ordinal);

        var wrongCode = SecurityForms.Totp(key, DateTimeOffset.UtcNow) == "000000" ? "111111" : "000000";
        var wrong = await SecurityForms.PostAsync(client, "/account/two-factor/enrol", [new("Code", wrongCode)]);
        Assert.Contains("The code is not correct", SecurityForms.ErrorSummary(await SecurityForms.ParseAsync(wrong)).Single(), StringComparison.Ordinal);

        var done = await SecurityForms.PostAsync(client, "/account/two-factor/enrol", [new("Code", SecurityForms.Totp(key, DateTimeOffset.UtcNow))]);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var page = await SecurityForms.ParseAsync(done);
        var codes = page.QuerySelectorAll("[data-testid=recovery-codes] code").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Count);
        return (key, codes);
    }

    [Fact]
    public async Task A_person_enrols_with_the_shared_key_and_then_signs_in_with_a_code()
    {
        var user = await SecurityForms.CreateUserAsync(factory, "totp@synthetic.local", Roles.Analyst);
        var first = await SignedInClient.SignInAsync(factory, "totp@synthetic.local");
        var status = await first.GetDocumentAsync("/account/two-factor");
        Assert.Contains("Two-factor authentication is off", status.QuerySelector("[data-testid=two-factor-status]")!.TextContent, StringComparison.Ordinal);
        var (key, _) = await EnrolAsync(factory, first.Http);

        await using (var db = factory.CreateContext())
        {
            Assert.True((await db.Users.SingleAsync(u => u.Id == user.Id)).TwoFactorEnabled);
            Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityId == user.Id && e.Action == "Two-factor authentication set up"));
        }

        var client = SignedInClient.Anonymous(factory);
        var password = await SignedInClient.PostSignInAsync(client, "totp@synthetic.local", GoldenThreadWebFactory.Password);
        Assert.Equal("/account/sign-in/two-factor", SecurityForms.Location(password).Split('?')[0]);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/overview", UriKind.Relative))).StatusCode);

        var empty = await SecurityForms.PostAsync(client, "/account/sign-in/two-factor", [new("Code", "")]);
        Assert.Equal(["Enter the 6-digit code from your authenticator app"], SecurityForms.ErrorSummary(await SecurityForms.ParseAsync(empty)));

        var signedIn = await SecurityForms.PostAsync(client, "/account/sign-in/two-factor", [new("Code", SecurityForms.Totp(key, DateTimeOffset.UtcNow))]);
        Assert.Equal("/dashboards/director", SecurityForms.Location(signedIn));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/dashboards/director", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        await SecurityForms.CreateUserAsync(factory, "recovery@synthetic.local", Roles.Director);
        var first = await SignedInClient.SignInAsync(factory, "recovery@synthetic.local");
        var (_, codes) = await EnrolAsync(factory, first.Http);

        var client = SignedInClient.Anonymous(factory);
        await SignedInClient.PostSignInAsync(client, "recovery@synthetic.local", GoldenThreadWebFactory.Password);
        var used = await SecurityForms.PostAsync(client, "/account/sign-in/recovery-code", [new("Code", codes[3])]);
        Assert.Equal("/dashboards/director", SecurityForms.Location(used));

        var again = SignedInClient.Anonymous(factory);
        await SignedInClient.PostSignInAsync(again, "recovery@synthetic.local", GoldenThreadWebFactory.Password);
        var reused = await SecurityForms.PostAsync(again, "/account/sign-in/recovery-code", [new("Code", codes[3])]);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Equal(["The recovery code is not correct or has been used already"], SecurityForms.ErrorSummary(await SecurityForms.ParseAsync(reused)));
    }

    [Fact]
    public async Task The_second_step_cannot_be_reached_without_the_password()
    {
        var client = SignedInClient.Anonymous(factory);
        var response = await client.GetAsync(new Uri("/account/sign-in/two-factor", UriKind.Relative));
        Assert.Equal("/account/sign-in", SecurityForms.Location(response));
    }
}

/// <summary>With Authentication:RequireTwoFactor on, a person who signed in with a password alone must enrol before anything else.</summary>
public sealed class RequiredTwoFactorTests(RequireTwoFactorFactory factory) : IClassFixture<RequireTwoFactorFactory>
{
    [Fact]
    public async Task Pages_send_a_password_only_session_to_enrolment_until_it_is_done()
    {
        await SecurityForms.CreateUserAsync(factory, "mustenrol@synthetic.local", Roles.Analyst);
        var client = await SignedInClient.SignInAsync(factory, "mustenrol@synthetic.local");
        var overview = await client.GetAsync("/overview");
        Assert.Equal("/account/two-factor/enrol?required=true", SecurityForms.Location(overview));
        var enrol = await client.GetDocumentAsync("/account/two-factor/enrol?required=true");
        Assert.Contains("You need to set up two-factor authentication", enrol.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);

        await TwoFactorTests.EnrolAsync(factory, client.Http);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/overview")).StatusCode);
        var settings = await client.GetDocumentAsync("/account/two-factor");
        Assert.DoesNotContain(settings.QuerySelectorAll("button"), b => b.TextContent.Contains("Turn off", StringComparison.Ordinal));
    }
}
