using System.Net;
using GoldenThread.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Tests.Plan;

/// <summary>
/// The improvement plan's pages on the seeded demo plan, read at the test clock's date (25 November 2026), and who may do what.
/// Nothing here changes the plan's RAG, so every expected RAG is the demo plan's (see DemoPlanTests for how each is worked).
/// </summary>
public sealed class PlanPagesTests(SqliteWebFactory factory) : IClassFixture<SqliteWebFactory>
{
    private static readonly string[] AllUsers =
        ["admin@demo.local", "analyst@demo.local", "director@demo.local", "leadmember@demo.local", "servicemanager@demo.local", "teammanager@demo.local", "socialworker@demo.local", "auditor@demo.local"];

    [Fact]
    public async Task The_plan_shows_each_objective_with_its_RAG_and_the_counts()
    {
        var client = await SignedInClient.SignInAsync(factory, "leadmember@demo.local");
        var page = await client.GetDocumentAsync("/plan");
        Assert.Equal("Children's services improvement plan (synthetic)", page.QuerySelector("h1")!.TextContent.Trim());
        var rags = new[] { "1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2" }.Select(r => PlanTestData.RagOf(page, $"[data-testid='objective-{r}']"));
        Assert.Equal(["Amber", "Amber", "Red", "Amber", "Red", "Green", "Red", "Green"], rags);
        Assert.Equal(["Objectives", "3", "3", "2", "0"], page.QuerySelector("[data-testid=objective-counts]")!.Children.Select(c => c.TextContent.Trim()));
        Assert.Equal(["Actions", "3", "6", "10", "0"], page.QuerySelector("[data-testid=action-counts]")!.Children.Select(c => c.TextContent.Trim()));
        Assert.Equal(10, page.QuerySelectorAll("[data-testid=components] li").Length);
        Assert.Equal("Exceptions: red and slipping (15)", page.QuerySelector("[data-testid=exceptions-link]")!.TextContent.Trim());
        Assert.Equal("Improvement plan", page.QuerySelector(".govuk-service-navigation__item--active a")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_exceptions_view_lists_everything_red_or_slipping_with_owners_red_first()
    {
        var client = await SignedInClient.SignInAsync(factory, "director@demo.local");
        var page = await client.GetDocumentAsync("/plan/exceptions");
        var rows = page.QuerySelectorAll("[data-testid=exceptions] tbody tr")
            .Select(r => (r.GetAttribute("data-testid"), r.QuerySelector("[data-testid=rag]")!.TextContent.Trim(), r.QuerySelector("[data-testid=owner]")!.TextContent.Trim()))
            .ToList();
        Assert.Equal(
            [
                ("exception-objective-2.1", "Red", "Demo Team Manager"),
                ("exception-objective-3.1", "Red", "Demo Director of Children's Services"),
                ("exception-objective-4.1", "Red", "Demo QA Auditor"),
                ("exception-action-2.1.1", "Red", "Demo Team Manager"),
                ("exception-action-2.1.3", "Red", "Demo Team Manager"),
                ("exception-action-4.1.2", "Red", "Demo QA Auditor"),
                ("exception-objective-1.1", "Amber", "Demo Performance Analyst"),
                ("exception-objective-1.2", "Amber", "Demo Service Manager"),
                ("exception-objective-2.2", "Amber", "Demo Service Manager"),
                ("exception-action-1.1.2", "Amber", "Demo Performance Analyst"),
                ("exception-action-1.2.2", "Amber", "Demo Service Manager"),
                ("exception-action-2.2.1", "Amber", "Demo Service Manager"),
                ("exception-action-2.2.3", "Amber", "Demo Service Manager"),
                ("exception-action-3.1.1", "Amber", "Demo Director of Children's Services"),
                ("exception-action-4.1.1", "Amber", "Demo QA Auditor"),
            ],
            rows);
        var overridden = page.QuerySelector("[data-testid='exception-action-3.1.1']")!;
        Assert.Equal("(set by Demo Director of Children's Services: Eight offers made; starters confirmed for January)", overridden.QuerySelector("[data-testid=rag-override]")!.TextContent.Trim());
        Assert.Equal("Computed: Red", overridden.QuerySelector("[data-testid=rag-computed]")!.TextContent.Trim());
        Assert.Contains("Overdue: due 16 October 2026, 40 days ago", page.QuerySelector("[data-testid='exception-action-2.1.1']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_objective_leads_down_to_its_actions_indicators_and_teams_and_a_team_leads_back_up()
    {
        var client = await SignedInClient.SignInAsync(factory, "director@demo.local");
        var id = await PlanTestData.ObjectiveIdAsync(factory, "2.1");
        var page = await client.GetDocumentAsync($"/plan/objectives/{id}");
        Assert.Equal("2.1 Children are seen, heard and helped quickly at the front door", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Red", PlanTestData.RagOf(page, "[data-testid=objective-rag]"));
        Assert.Equal(
            [
                "Action 2.1.1 is Red: Overdue: due 16 October 2026, 40 days ago",
                "Action 2.1.3 is Red: Forecast to finish 54 days late (27 February 2027) at the rate of progress so far",
                "Assessments completed within 45 working days: Off trajectory: 72% at 31 October 2026 against 78% expected by 26 October 2026",
                "Action 2.1.2 is Green",
                "Re-referrals within 12 months: On trajectory: 23.5% at 31 October 2026 against 24% expected by 26 October 2026",
            ],
            page.QuerySelectorAll("[data-testid=reasons] li").Select(li => li.TextContent.Trim()));
        Assert.Equal(["2.1.1", "2.1.2", "2.1.3"], page.QuerySelectorAll("[data-testid=actions] tbody tr td:first-child").Select(td => td.TextContent.Trim()));
        Assert.Equal(["/indicators/assessment_45wd", "/indicators/rereferral_12m"], page.QuerySelectorAll("[data-testid=indicator-link]").Select(a => a.GetAttribute("href")));
        Assert.Contains("R2", page.QuerySelector("[data-testid=recommendations]")!.TextContent, StringComparison.Ordinal);

        var lead = page.QuerySelectorAll("[data-testid=lead-units] a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href")!)).ToList();
        Assert.NotEmpty(lead);
        var (teamName, teamHref) = lead[0];
        var team = await client.GetDocumentAsync(teamHref);
        Assert.Equal(teamName, team.QuerySelector("[data-testid=team-name]")!.TextContent.Trim());
        Assert.NotNull(team.QuerySelector("[data-testid='team-objective-2.1']"));
        Assert.NotNull(team.QuerySelector("[data-testid=parent-link]"));
        Assert.Empty(team.QuerySelectorAll("a[href^='/children/'], a[href^='/overview/']"));
    }

    [Fact]
    public async Task A_component_leads_to_its_objectives_actions_and_indicators()
    {
        var client = await SignedInClient.SignInAsync(factory, "leadmember@demo.local");
        var plan = await client.GetDocumentAsync("/plan");
        var workforce = plan.QuerySelectorAll("[data-testid=components] a").Single(a => a.TextContent.Trim() == "A stable, skilled workforce with manageable caseloads");
        var page = await client.GetDocumentAsync(workforce.GetAttribute("href")!);
        Assert.Equal("A stable, skilled workforce with manageable caseloads", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("[data-testid='component-objective-3.1']"));
        Assert.Equal(["3.1.1", "3.1.2"], page.QuerySelectorAll("[data-testid='actions-3.1'] tbody tr td:first-child").Select(td => td.TextContent.Trim()));
        Assert.Equal(["/indicators/agency_worker_rate", "/indicators/caseload_per_fte"], page.QuerySelectorAll("[data-testid='component-objective-3.1'] [data-testid=indicator-link]").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("admin@demo.local", true)]
    [InlineData("director@demo.local", true)]
    [InlineData("analyst@demo.local", false)]
    [InlineData("leadmember@demo.local", false)]
    [InlineData("servicemanager@demo.local", false)]
    [InlineData("teammanager@demo.local", false)]
    [InlineData("socialworker@demo.local", false)]
    [InlineData("auditor@demo.local", false)]
    public async Task Only_directors_and_administrators_edit_the_plan(string email, bool mayEdit)
    {
        var client = await SignedInClient.SignInAsync(factory, email);
        var objective = await PlanTestData.ObjectiveIdAsync(factory, "4.2");
        var action = await PlanTestData.ActionIdAsync(factory, "4.2.1");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/plan")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/plan/objectives/{objective}")).StatusCode);
        foreach (var path in new[] { $"/plan/edit/objectives/{objective}", $"/plan/edit/actions/{action}", $"/plan/edit/actions?objective={objective}", $"/plan/edit/rag/objective/{objective}", $"/plan/edit/rag/action/{action}" })
        {
            var response = await client.GetAsync(path);
            if (mayEdit)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
            else
            {
                PlanTestData.AssertAccessDenied(response);
            }
        }

        var page = await client.GetDocumentAsync($"/plan/objectives/{objective}");
        Assert.Equal(mayEdit, page.QuerySelector($"a[href='/plan/edit/rag/objective/{objective}']") is not null);
    }

    [Theory]
    [InlineData("teammanager@demo.local", true)]
    [InlineData("director@demo.local", true)]
    [InlineData("admin@demo.local", true)]
    [InlineData("servicemanager@demo.local", false)]
    [InlineData("socialworker@demo.local", false)]
    [InlineData("leadmember@demo.local", false)]
    [InlineData("analyst@demo.local", false)]
    [InlineData("auditor@demo.local", false)]
    public async Task Only_an_actions_owner_and_editors_record_updates_on_it(string email, bool mayUpdate)
    {
        // Action 2.1.2 is owned by the demo team manager.
        var client = await SignedInClient.SignInAsync(factory, email);
        var action = await PlanTestData.ActionIdAsync(factory, "2.1.2");
        var page = await client.GetDocumentAsync($"/plan/actions/{action}");
        Assert.Equal("Demo Team Manager", page.QuerySelector("[data-testid=owner]")!.TextContent.Trim());
        Assert.Equal(mayUpdate, page.QuerySelector("[data-testid=record-update]") is not null);
        var form = await client.GetAsync($"/plan/actions/{action}/update");
        if (mayUpdate)
        {
            Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        }
        else
        {
            PlanTestData.AssertAccessDenied(form);
        }
    }

    [Fact]
    public async Task A_lead_member_sees_the_whole_plan_but_no_child_level_data_or_evidence_files()
    {
        var client = await SignedInClient.SignInAsync(factory, "leadmember@demo.local");
        var paths = new List<string> { "/plan", "/plan/exceptions", "/plan/teams", "/plan/board-pack" };
        await using (var db = factory.CreateContext())
        {
            paths.AddRange((await db.PlanObjectives.Select(o => o.Id).ToListAsync()).Select(id => $"/plan/objectives/{id}"));
            paths.AddRange((await db.PlanActions.Select(a => a.Id).ToListAsync()).Select(id => $"/plan/actions/{id}"));
            paths.AddRange((await db.PlanActions.Where(a => a.LeadOrgUnitId != null).Select(a => a.LeadOrgUnitId!.Value).Distinct().ToListAsync()).Select(id => $"/plan/teams/{id}"));
        }

        foreach (var path in paths)
        {
            var page = await client.GetDocumentAsync(path);
            Assert.Empty(page.QuerySelectorAll("a[href^='/children/'], a[href^='/overview/children'], a[href^='/overview/open']"));
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/plan/board-pack/workbook")).StatusCode);
    }

    [Fact]
    public async Task Every_user_can_open_the_plan_from_the_navigation()
    {
        foreach (var email in AllUsers)
        {
            var client = await SignedInClient.SignInAsync(factory, email);
            var overview = await client.GetDocumentAsync("/overview");
            Assert.Equal("/plan", overview.QuerySelectorAll(".govuk-service-navigation__link").Single(a => a.TextContent.Trim() == "Improvement plan").GetAttribute("href"));
        }

        await using var db = factory.CreateContext();
        Assert.Equal(Roles.All.Count, AllUsers.Length);
    }

    [Fact]
    public async Task The_board_pack_page_has_the_four_sections_for_the_chosen_date()
    {
        var client = await SignedInClient.SignInAsync(factory, "director@demo.local");
        var page = await client.GetDocumentAsync("/plan/board-pack?date=2026-12-10");
        Assert.Equal("Board pack as at 10 December 2026 – GoldenThread", page.Title);
        Assert.Equal(
            ["1. RAG summary", "2. Exceptions: red and slipping", "3. Indicator scorecard", "4. Indicator trajectories", "5. Commentary: the story behind the curve"],
            page.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()));
        Assert.Equal("/plan/board-pack/workbook?date=2026-12-10", page.QuerySelector("[data-testid=workbook-link]")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.NotNull(page.QuerySelector("link[href='/plan/board-pack.css']"));

        var bad = await client.GetDocumentAsync("/plan/board-pack?date-day=31&date-month=2&date-year=2026");
        Assert.Equal("Error: Enter a date in the format 31 3 2025", bad.QuerySelector("#date-error")!.TextContent.Trim());
    }
}
