using System.Net;
using GoldenThread.Core.Caseload;
using GoldenThread.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Tests;

/// <summary>Who may see which children, and the access log of child records (docs/adr/0006-roles-and-scopes.md).</summary>
public abstract class AccessTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GoldenThreadWebFactory
{
    [Theory]
    [InlineData("admin@demo.local", Roles.Administrator)]
    [InlineData("analyst@demo.local", Roles.Analyst)]
    [InlineData("director@demo.local", Roles.Director)]
    [InlineData("leadmember@demo.local", Roles.LeadMember)]
    [InlineData("servicemanager@demo.local", Roles.ServiceManager)]
    [InlineData("teammanager@demo.local", Roles.TeamManager)]
    [InlineData("socialworker@demo.local", Roles.SocialWorker)]
    [InlineData("auditor@demo.local", Roles.Auditor)]
    public async Task Each_demo_user_signs_in_with_the_configured_password_and_has_one_role(string email, string role)
    {
        var client = await SignedInClient.SignInAsync(factory, email);
        var page = await client.GetDocumentAsync("/overview");
        Assert.NotNull(page.QuerySelector("[data-testid=count-children-in-need]"));
        await using var db = factory.CreateContext();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var roles = await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync();
        Assert.Equal([role], roles);
        Assert.NotEqual(GoldenThreadWebFactory.Password, user.PasswordHash);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_GOV_UK_error_and_five_lock_the_account()
    {
        await using (var db = factory.CreateContext())
        {
            var user = new GoldenThreadUser { UserName = "locktest@demo.local", Email = "locktest@demo.local", DisplayName = "Lock test", LockoutEnabled = true };
            var users = factory.Services.CreateScope().ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<GoldenThreadUser>>();
            Assert.True((await users.CreateAsync(user, GoldenThreadWebFactory.Password)).Succeeded);
            await users.AddToRoleAsync(user, Roles.Analyst);
        }

        var client = SignedInClient.Anonymous(factory);
        for (var i = 0; i < 4; i++)
        {
            var wrong = await SignedInClient.PostSignInAsync(client, "locktest@demo.local", "not-the-password");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("Enter a correct email address and password", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var fifth = await SignedInClient.PostSignInAsync(client, "locktest@demo.local", "not-the-password");
        Assert.Contains("Your account is locked", await fifth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var right = await SignedInClient.PostSignInAsync(client, "locktest@demo.local", GoldenThreadWebFactory.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Your account is locked", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_team_manager_sees_their_teams_children_and_opening_one_is_logged()
    {
        var client = await SignedInClient.SignInAsync(factory, "teammanager@demo.local");
        await using var db = factory.CreateContext();
        var manager = await db.Users.SingleAsync(u => u.Email == "teammanager@demo.local");
        var team = manager.OrgUnitId!.Value;

        var overview = await client.GetDocumentAsync("/overview");
        var inNeed = await IndependentCounts.ChildrenInNeedAsync(factory, GoldenThreadWebFactory.Today, team);
        Assert.True(inNeed > 0, "The demo team manager's team should hold children in need.");
        Assert.Equal(inNeed.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), overview.QuerySelector("[data-testid=count-children-in-need]")!.ChildNodes[0].TextContent.Trim());

        var today = GoldenThreadWebFactory.Today;
        var inTeam = await db.Allocations.Where(CaseloadRules.AllocationCurrentAt(today)).Where(a => a.TeamId == team).Select(a => a.ChildId).FirstAsync();
        var page = await client.GetDocumentAsync($"/children/{inTeam}");
        Assert.NotEmpty(page.QuerySelectorAll("[data-testid=chronology] li"));
        var logged = await db.ChildRecordAccesses.Where(a => a.ChildId == inTeam && a.UserId == manager.Id).ToListAsync();
        var entry = Assert.Single(logged);
        Assert.Equal("teammanager@demo.local", entry.UserName);
        Assert.Equal("chronology", entry.Purpose);
    }

    [Fact]
    public async Task A_team_manager_cannot_open_another_teams_child_by_changing_the_id()
    {
        var client = await SignedInClient.SignInAsync(factory, "teammanager@demo.local");
        await using var db = factory.CreateContext();
        var manager = await db.Users.SingleAsync(u => u.Email == "teammanager@demo.local");
        var today = GoldenThreadWebFactory.Today;
        var inTeam = db.Allocations.Where(CaseloadRules.AllocationCurrentAt(today)).Where(a => a.TeamId == manager.OrgUnitId).Select(a => a.ChildId);
        var outside = await db.Children.Where(c => !inTeam.Contains(c.Id)).Select(c => c.Id).FirstAsync();

        var response = await client.GetAsync($"/children/{outside}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await db.ChildRecordAccesses.AnyAsync(a => a.ChildId == outside && a.UserId == manager.Id));
        var missing = await client.GetAsync("/children/999999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_social_worker_sees_only_their_own_caseload()
    {
        var client = await SignedInClient.SignInAsync(factory, "socialworker@demo.local");
        await using var db = factory.CreateContext();
        var worker = (await db.Users.SingleAsync(u => u.Email == "socialworker@demo.local")).WorkerId!.Value;
        var today = GoldenThreadWebFactory.Today;
        var caseload = await db.Allocations.Where(CaseloadRules.AllocationCurrentAt(today)).Where(a => a.WorkerId == worker).Select(a => a.ChildId).Distinct().ToListAsync();
        Assert.NotEmpty(caseload);

        var list = await client.GetDocumentAsync("/overview/children-in-need?date=2026-11-25");
        var shown = list.QuerySelectorAll("[data-testid=children] tbody tr a").Select(a => long.Parse(a.GetAttribute("href")!["/children/".Length..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.All(shown, id => Assert.Contains(id, caseload));
        var someoneElse = await db.Allocations.Where(a => a.WorkerId != worker).Select(a => a.ChildId).Where(id => !caseload.Contains(id)).FirstAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/children/{someoneElse}")).StatusCode);
    }

    [Fact]
    public async Task A_lead_member_sees_aggregates_but_no_child_level_data()
    {
        var client = await SignedInClient.SignInAsync(factory, "leadmember@demo.local");
        var overview = await client.GetDocumentAsync("/overview");
        Assert.Equal(
            (await IndependentCounts.ChildrenInNeedAsync(factory, GoldenThreadWebFactory.Today)).ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB")),
            overview.QuerySelector("[data-testid=count-children-in-need]")!.TextContent.Trim());
        Assert.Empty(overview.QuerySelectorAll("a[href^='/overview/'], a[href^='/children/']"));

        await using var db = factory.CreateContext();
        var anyChild = await db.Children.Select(c => c.Id).FirstAsync();
        foreach (var path in new[] { "/overview/children-in-need", $"/children/{anyChild}" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/account/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        var leadMember = await db.Users.SingleAsync(u => u.Email == "leadmember@demo.local");
        Assert.False(await db.ChildRecordAccesses.AnyAsync(a => a.UserId == leadMember.Id));
    }
}

public sealed class SqliteAccessTests(SqliteWebFactory factory) : AccessTests<SqliteWebFactory>(factory);

public sealed class PostgreSqlAccessTests(PostgreSqlWebFactory factory) : AccessTests<PostgreSqlWebFactory>(factory);
