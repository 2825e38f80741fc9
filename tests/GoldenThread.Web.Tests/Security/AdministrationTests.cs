using System.Net;
using System.Text.Json;
using GoldenThread.Core.Caseload;
using GoldenThread.Core.Model;
using GoldenThread.Data.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GoldenThread.Web.Tests.Security;

/// <summary>User management, the audit trail page and the child access report, all for Administrators, every change audited.</summary>
[Collection(SecurityCollection.Name)]
public sealed class AdministrationTests(SecurityWebFactory factory)
{
    private async Task<IList<string>> RolesOfAsync(string email)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<GoldenThreadUser>>();
        return await users.GetRolesAsync((await users.FindByEmailAsync(email))!);
    }

    [Fact]
    public async Task An_Administrator_adds_a_user_who_then_signs_in_scoped_to_their_team()
    {
        var admin = await SignedInClient.SignInAsync(factory, "admin@demo.local");
        await using var db = factory.CreateContext();
        var team = await db.OrgUnits.Where(o => o.Kind == OrgUnitKind.Team).OrderBy(o => o.Id).FirstAsync();

        var response = await SecurityForms.PostAsync(admin.Http, "/admin/users/new",
        [
            new("DisplayName", "Synthetic Team Manager"),
            new("Email", "newmanager@synthetic.local"),
            new("Password", GoldenThreadWebFactory.Password),
            new("Access.Role", Roles.TeamManager),
            new("Access.OrgUnitId", team.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);
        var created = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "newmanager@synthetic.local");
        Assert.Equal($"/admin/users/{created.Id}", SecurityForms.Location(response));
        Assert.Equal(team.Id, created.OrgUnitId);
        Assert.Equal([Roles.TeamManager], await RolesOfAsync("newmanager@synthetic.local"));

        var entry = await db.AuditEntries.SingleAsync(e => e.EntityType == "User" && e.EntityId == created.Id && e.Action == "User created");
        Assert.Equal("admin@demo.local", entry.UserName);
        Assert.Null(entry.BeforeJson);
        Assert.Equal("TeamManager", JsonDocument.Parse(entry.AfterJson!).RootElement.GetProperty("Role").GetString());
        Assert.DoesNotContain(GoldenThreadWebFactory.Password, entry.AfterJson!, StringComparison.Ordinal);

        var manager = await SignedInClient.SignInAsync(factory, "newmanager@synthetic.local");
        var inTeam = await db.Allocations.Where(CaseloadRules.AllocationCurrentAt(GoldenThreadWebFactory.Today)).Where(a => a.TeamId == team.Id).Select(a => a.ChildId).FirstOrDefaultAsync();
        var outside = await db.Allocations.Where(a => a.TeamId != team.Id).Select(a => a.ChildId)
            .Where(id => !db.Allocations.Any(a => a.ChildId == id && a.TeamId == team.Id)).FirstAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/children/{outside}")).StatusCode);
        if (inTeam != 0)
        {
            Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/children/{inTeam}")).StatusCode);
        }
    }

    [Fact]
    public async Task The_new_user_form_explains_what_is_missing_in_GOV_UK_wording()
    {
        var admin = await SignedInClient.SignInAsync(factory, "admin@demo.local");
        var response = await SecurityForms.PostAsync(admin.Http, "/admin/users/new", [new("Email", "not-an-email"), new("Password", "short"), new("Access.Role", Roles.SocialWorker)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SecurityForms.ParseAsync(response);
        Assert.Equal(
            ["Enter the person's name", "Enter an email address in the correct format, like name@example.gov.uk", "The password must be 12 characters or more", "Enter the social worker's staff ID"],
            SecurityForms.ErrorSummary(page));
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Role_changes_lock_unlock_and_two_factor_reset_are_applied_and_audited()
    {
        var user = await SecurityForms.CreateUserAsync(factory, "changeme@synthetic.local", Roles.Analyst);
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<GoldenThreadUser>>();
            var stored = (await users.FindByIdAsync(user.Id))!;
            await users.ResetAuthenticatorKeyAsync(stored);
            await users.SetTwoFactorEnabledAsync(stored, true);
        }

        var admin = await SignedInClient.SignInAsync(factory, "admin@demo.local");
        var page = $"/admin/users/{user.Id}";
        var changed = await SecurityForms.PostAsync(admin.Http, page, [new("Access.Role", Roles.Director)], $"{page}?handler=Access");
        Assert.Equal(page, SecurityForms.Location(changed));
        Assert.Equal([Roles.Director], await RolesOfAsync("changeme@synthetic.local"));

        var locked = await SecurityForms.PostAsync(admin.Http, page, [], $"{page}?handler=Lock");
        Assert.Equal(page, SecurityForms.Location(locked));
        var refused = await SignedInClient.PostSignInAsync(SignedInClient.Anonymous(factory), "changeme@synthetic.local", GoldenThreadWebFactory.Password);
        Assert.Contains("Your account is locked", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Locked", (await admin.GetDocumentAsync(page)).QuerySelector("[data-testid=status]")!.TextContent);

        await SecurityForms.PostAsync(admin.Http, page, [], $"{page}?handler=Unlock");
        await SecurityForms.PostAsync(admin.Http, page, [], $"{page}?handler=ResetTwoFactor");
        await using var db = factory.CreateContext();
        Assert.False((await db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id)).TwoFactorEnabled);
        var signIn = await SignedInClient.PostSignInAsync(SignedInClient.Anonymous(factory), "changeme@synthetic.local", GoldenThreadWebFactory.Password);
        Assert.Equal("/dashboards/director", SecurityForms.Location(signIn));

        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.EntityId == user.Id).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["User role and scope changed", "User locked", "User unlocked", "Two-factor authentication reset"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal("admin@demo.local", e.UserName));
        var roleChange = entries[0];
        Assert.Equal("Analyst", JsonDocument.Parse(roleChange.BeforeJson!).RootElement.GetProperty("Role").GetString());
        Assert.Equal("Director", JsonDocument.Parse(roleChange.AfterJson!).RootElement.GetProperty("Role").GetString());

        var history = await admin.GetDocumentAsync(page);
        Assert.Equal(4, history.QuerySelectorAll("[data-testid=history] tbody tr").Length);
    }

    [Fact]
    public async Task An_Administrator_cannot_lock_themselves_or_drop_their_own_role()
    {
        var admin = await SignedInClient.SignInAsync(factory, "admin@demo.local");
        await using var db = factory.CreateContext();
        var self = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "admin@demo.local");
        var page = $"/admin/users/{self.Id}";
        var demote = await SecurityForms.PostAsync(admin.Http, page, [new("Access.Role", Roles.Analyst)], $"{page}?handler=Access");
        Assert.Equal(["You cannot remove your own Administrator role"], SecurityForms.ErrorSummary(await SecurityForms.ParseAsync(demote)));
        var lockSelf = await SecurityForms.PostAsync(admin.Http, page, [], $"{page}?handler=Lock");
        Assert.Equal(["You cannot lock your own account"], SecurityForms.ErrorSummary(await SecurityForms.ParseAsync(lockSelf)));
        Assert.Equal([Roles.Administrator], await RolesOfAsync("admin@demo.local"));
    }

    [Fact]
    public async Task The_user_list_shows_everyone_with_their_role()
    {
        var admin = await SignedInClient.SignInAsync(factory, "admin@demo.local");
        var page = await admin.GetDocumentAsync("/admin/users?q=demo.local");
        var rows = page.QuerySelectorAll("[data-testid=users] tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(8, rows.Count);
        Assert.Contains(rows, r => r[1] == "socialworker@demo.local" && r[2] == "Social worker");
    }

    [Fact]
    public async Task A_plan_edit_is_in_the_audit_trail_with_the_values_before_and_after()
    {
        await using var db = factory.CreateContext();
        var objective = await db.PlanObjectives.AsNoTracking().OrderBy(o => o.Id).FirstAsync();
        var director = await SignedInClient.SignInAsync(factory, "director@demo.local");
        var path = $"/plan/edit/objectives/{objective.Id}";
        var saved = await SecurityForms.PostAsync(director.Http, path, [new("ObjectiveTitle", objective.Title + " (revised)"), new("Difference", objective.DifferenceForChildren), new("Story", objective.StoryBehindTheCurve ?? "")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var entry = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "PlanObjective" && e.EntityId == objective.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).OrderByDescending(e => e.Id).FirstAsync();
        Assert.Equal("director@demo.local", entry.UserName);
        Assert.Contains(objective.Title + " (revised)", entry.AfterJson!, StringComparison.Ordinal);
        Assert.Contains(JsonSerializer.Serialize(objective.Title), entry.BeforeJson!, StringComparison.Ordinal);

        var admin = await SignedInClient.SignInAsync(factory, "admin@demo.local");
        var audit = await admin.GetDocumentAsync($"/admin/audit?entity=PlanObjective&user=director");
        var actions = audit.QuerySelectorAll("[data-testid=audit-action]").Select(a => a.TextContent).ToList();
        Assert.NotEmpty(actions);
        Assert.Equal(entry.Action, actions[0]);
    }

    [Fact]
    public async Task The_audit_page_filters_by_date_and_explains_a_wrong_date()
    {
        var admin = await SignedInClient.SignInAsync(factory, "admin@demo.local");
        await SecurityForms.CreateUserAsync(factory, "auditdate@synthetic.local", Roles.Auditor);
        var page = $"/admin/users/{(await factory.CreateContext().Users.SingleAsync(u => u.Email == "auditdate@synthetic.local")).Id}";
        await SecurityForms.PostAsync(admin.Http, page, [], $"{page}?handler=Lock");

        var today = await admin.GetDocumentAsync("/admin/audit?entity=User&from-day=25&from-month=11&from-year=2026&to-day=25&to-month=11&to-year=2026");
        Assert.Contains("User locked", today.QuerySelectorAll("[data-testid=audit-action]").Select(a => a.TextContent));
        var later = await admin.GetDocumentAsync("/admin/audit?entity=User&from-day=26&from-month=11&from-year=2026");
        Assert.Empty(later.QuerySelectorAll("[data-testid=audit-action]"));
        var wrong = await admin.GetDocumentAsync("/admin/audit?from-day=31&from-month=2&from-year=2026");
        Assert.Single(SecurityForms.ErrorSummary(wrong));
    }

    [Fact]
    public async Task The_access_report_shows_who_viewed_a_child_and_exports_it_with_the_formula_guard()
    {
        await using var db = factory.CreateContext();
        var manager = await db.Users.AsNoTracking().SingleAsync(u => u.Email == "teammanager@demo.local");
        var child = await db.Allocations.Where(CaseloadRules.AllocationCurrentAt(GoldenThreadWebFactory.Today)).Where(a => a.TeamId == manager.OrgUnitId).Select(a => a.ChildId).FirstAsync();
        var client = await SignedInClient.SignInAsync(factory, "teammanager@demo.local");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/children/{child}")).StatusCode);
        db.ChildRecordAccesses.Add(new ChildRecordAccess { ChildId = child, UserId = "x", UserName = "=HYPERLINK(\"http://synthetic.example\")", Purpose = "chronology", AccessedAt = new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero) });
        await db.SaveChangesAsync();

        var admin = await SignedInClient.SignInAsync(factory, "admin@demo.local");
        var report = await admin.GetDocumentAsync($"/admin/child-access?child={child}");
        var rows = report.QuerySelectorAll("[data-testid=accesses] tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Contains(rows, r => r[1] == "teammanager@demo.local" && r[2] == "chronology");

        var csv = await admin.GetAsync($"/admin/child-access/csv?child={child}");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Viewed at (UTC),Viewed by,User ID,Page,Child ID,LA child ID", lines[0]);
        Assert.Contains(lines, l => l.Contains(",teammanager@demo.local," + manager.Id + ",chronology," + child + ",", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("2026-11-25T09:00:00Z,\"'=HYPERLINK(\"\"http://synthetic.example\"\")\",", StringComparison.Ordinal));

        var unknown = await admin.GetDocumentAsync("/admin/child-access?child=no-such-child");
        Assert.Equal(["Enter a child ID that matches a child, like 1234 or the authority's child ID"], SecurityForms.ErrorSummary(unknown));
    }
}
