using System.Net;
using GoldenThread.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Tests.Security;

/// <summary>
/// Where a sign-in lands: each role's own dashboard, unless the person was on their way to a page of the service.
/// Only a local address is followed; any other is ignored, so the sign-in form cannot send anyone elsewhere.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class SignInLandingTests(SecurityWebFactory factory)
{
    [Theory]
    [InlineData("leadmember@demo.local", Roles.LeadMember, "/dashboards/scorecard")]
    [InlineData("director@demo.local", Roles.Director, "/dashboards/director")]
    [InlineData("analyst@demo.local", Roles.Analyst, "/dashboards/director")]
    [InlineData("admin@demo.local", Roles.Administrator, "/dashboards/director")]
    [InlineData("servicemanager@demo.local", Roles.ServiceManager, "/dashboards/manager")]
    [InlineData("teammanager@demo.local", Roles.TeamManager, "/dashboards/manager")]
    [InlineData("socialworker@demo.local", Roles.SocialWorker, "/dashboards/caseload")]
    [InlineData("auditor@demo.local", Roles.Auditor, "/overview")]
    public async Task Each_role_lands_on_its_own_dashboard_and_can_open_it(string email, string role, string landing)
    {
        await using (var db = factory.CreateContext())
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            var roleId = (await db.Roles.SingleAsync(r => r.Name == role)).Id;
            Assert.Equal([roleId], await db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.RoleId).ToListAsync());
        }

        var client = SignedInClient.Anonymous(factory);
        var signIn = await SignedInClient.PostSignInAsync(client, email, GoldenThreadWebFactory.Password);
        Assert.Equal(landing, SecurityForms.Location(signIn));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(landing, UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("/indicators")]
    [InlineData("/overview/children-in-need?date=2026-11-25")]
    [InlineData("/dashboards/manager")]
    public async Task A_local_return_address_wins_over_the_dashboard(string returnUrl)
    {
        var signIn = await SignedInClient.PostSignInAsync(SignedInClient.Anonymous(factory), "teammanager@demo.local", GoldenThreadWebFactory.Password, returnUrl);
        Assert.Equal(returnUrl, SecurityForms.Location(signIn));
    }

    [Theory]
    [InlineData("https://synthetic-attacker.example/")]
    [InlineData("//synthetic-attacker.example/overview")]
    [InlineData("/\\synthetic-attacker.example")]
    [InlineData("javascript:alert(1)")]
    public async Task A_return_address_elsewhere_is_ignored_and_the_dashboard_is_used(string returnUrl)
    {
        var signIn = await SignedInClient.PostSignInAsync(SignedInClient.Anonymous(factory), "socialworker@demo.local", GoldenThreadWebFactory.Password, returnUrl);
        Assert.Equal("/dashboards/caseload", SecurityForms.Location(signIn));
    }

    [Fact]
    public async Task A_two_factor_sign_in_lands_on_the_dashboard_or_the_local_return_address_it_was_given()
    {
        await SecurityForms.CreateUserAsync(factory, "landing-totp@synthetic.local", Roles.ServiceManager);
        var first = await SignedInClient.SignInAsync(factory, "landing-totp@synthetic.local");
        var (key, _) = await TwoFactorTests.EnrolAsync(factory, first.Http);

        var plain = SignedInClient.Anonymous(factory);
        var password = await SignedInClient.PostSignInAsync(plain, "landing-totp@synthetic.local", GoldenThreadWebFactory.Password);
        Assert.Equal("/account/sign-in/two-factor", SecurityForms.Location(password));
        var code = await SecurityForms.PostAsync(plain, "/account/sign-in/two-factor", [new("Code", SecurityForms.Totp(key, DateTimeOffset.UtcNow))]);
        Assert.Equal("/dashboards/manager", SecurityForms.Location(code));

        var returning = SignedInClient.Anonymous(factory);
        var withReturn = await SignedInClient.PostSignInAsync(returning, "landing-totp@synthetic.local", GoldenThreadWebFactory.Password, "/indicators");
        Assert.Equal("/account/sign-in/two-factor?returnUrl=%2Findicators", SecurityForms.Location(withReturn));
        var secondStep = SecurityForms.Location(withReturn);
        var codeWithReturn = await SecurityForms.PostAsync(returning, secondStep, [new("Code", SecurityForms.Totp(key, DateTimeOffset.UtcNow)), new("returnUrl", "/indicators")]);
        Assert.Equal("/indicators", SecurityForms.Location(codeWithReturn));

        var elsewhere = SignedInClient.Anonymous(factory);
        await SignedInClient.PostSignInAsync(elsewhere, "landing-totp@synthetic.local", GoldenThreadWebFactory.Password);
        var forged = await SecurityForms.PostAsync(elsewhere, "/account/sign-in/two-factor", [new("Code", SecurityForms.Totp(key, DateTimeOffset.UtcNow)), new("returnUrl", "https://synthetic-attacker.example/")]);
        Assert.Equal("/dashboards/manager", SecurityForms.Location(forged));
    }
}
