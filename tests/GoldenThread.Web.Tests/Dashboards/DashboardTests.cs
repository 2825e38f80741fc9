using System.Globalization;
using System.Net;
using GoldenThread.Core.Caseload;
using GoldenThread.Core.Indicators;
using GoldenThread.Data.Indicators;
using GoldenThread.Web.Indicators;
using GoldenThread.Web.Pages.Dashboards;
using Microsoft.EntityFrameworkCore;
using static GoldenThread.Web.Tests.Dashboards.DashboardTestData;

namespace GoldenThread.Web.Tests.Dashboards;

/// <summary>Each role's dashboard: who may open it, and that its figures and lists are the core's.</summary>
public sealed class DashboardTests(SqliteWebFactory factory) : IClassFixture<SqliteWebFactory>
{
    [Theory]
    [InlineData("leadmember@demo.local", "/dashboards/scorecard")]
    [InlineData("director@demo.local", "/dashboards/director")]
    [InlineData("analyst@demo.local", "/dashboards/director")]
    [InlineData("teammanager@demo.local", "/dashboards/manager")]
    [InlineData("servicemanager@demo.local", "/dashboards/manager")]
    [InlineData("socialworker@demo.local", "/dashboards/caseload")]
    [InlineData("auditor@demo.local", "/overview")]
    public async Task Home_sends_each_person_to_their_dashboard_and_the_navigation_links_it(string email, string dashboard)
    {
        var client = await SignedInClient.SignInAsync(factory, email);
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(dashboard, response.Headers.Location!.OriginalString);
        var page = await client.GetDocumentAsync(dashboard);
        Assert.Equal(dashboard == "/overview" ? null : dashboard, page.QuerySelector("[data-testid=nav-dashboard]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/dashboards/scorecard", "teammanager@demo.local")]
    [InlineData("/dashboards/scorecard", "socialworker@demo.local")]
    [InlineData("/dashboards/scorecard", "auditor@demo.local")]
    [InlineData("/dashboards/director", "leadmember@demo.local")]
    [InlineData("/dashboards/director", "servicemanager@demo.local")]
    [InlineData("/dashboards/manager", "leadmember@demo.local")]
    [InlineData("/dashboards/manager", "socialworker@demo.local")]
    [InlineData("/dashboards/caseload", "teammanager@demo.local")]
    [InlineData("/dashboards/caseload", "director@demo.local")]
    [InlineData("/dashboards/scorecard?format=csv", "socialworker@demo.local")]
    public async Task Dashboards_refuse_the_wrong_roles(string path, string email) =>
        await AssertDeniedAsync(await SignedInClient.SignInAsync(factory, email), path);

    [Fact]
    public async Task The_scorecard_shows_the_cores_figures_suppressed_with_no_child()
    {
        var client = await SignedInClient.SignInAsync(factory, "leadmember@demo.local");
        var page = await client.GetDocumentAsync("/dashboards/scorecard");
        var calculator = await CalculatorAsync(factory);
        await using var db = factory.CreateContext();
        var book = await new IndicatorTargetStore(db).BookAsync();

        Assert.Equal(ScorecardModel.IndicatorIds.Count, page.QuerySelectorAll("[data-testid^=value-]").Length);
        foreach (var id in ScorecardModel.IndicatorIds)
        {
            var result = calculator.Compute(id, YearToDate);
            var published = SmallNumberSuppression.Publish(result);
            var expected = published.ValueSuppressed ? "c" : IndicatorFormat.Value(result.Indicator, result.Value);
            Assert.Equal(expected, page.QuerySelector($"[data-testid=value-{id}]")!.TextContent.Trim());
            var fraction = page.QuerySelector($"[data-testid=fraction-{id}]")!.TextContent.Trim();
            var fractionShape = result.Denominator is null ? "^–$" : result.Indicator.Unit == IndicatorUnit.Days ? @"^average of (\d{1,3}(,\d{3})*|c) child(ren)?$" : @"^(\d{1,3}(,\d{3})*|c) of (\d{1,3}(,\d{3})*|c)$";
            Assert.Matches(fractionShape, fraction);
            var rag = page.QuerySelector($"[data-testid=row-{id}] [data-testid=rag]")!.TextContent.Trim();
            var expectedRag = published.ValueSuppressed ? null : book.Rate(result);
            Assert.Equal(expectedRag is { } r ? RagDisplay.Text(r) : "Not rated", rag);
        }

        Assert.Empty(page.QuerySelectorAll("a[href^='/children/'], a[href*='/children?']"));
        var text = page.Body!.TextContent;
        var names = await db.Children.Select(c => new { c.GivenName, c.FamilyName, c.LaChildId }).ToListAsync();
        Assert.DoesNotContain(names, n => text.Contains($"{n.GivenName} {n.FamilyName}", StringComparison.Ordinal) || text.Contains(n.LaChildId, StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("[data-testid^=row-] [data-testid=rag]"), e => e.TextContent.Trim() is "Red" or "Amber" or "Green");
        Assert.Contains(page.QuerySelectorAll("[data-testid^=value-], [data-testid^=fraction-]"), e => e.TextContent.Trim() == "c" || e.TextContent.StartsWith("c of", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_director_sees_every_indicator_rated_and_each_service()
    {
        var client = await SignedInClient.SignInAsync(factory, "director@demo.local");
        var page = await client.GetDocumentAsync("/dashboards/director");
        var calculator = await CalculatorAsync(factory);
        await using var db = factory.CreateContext();
        var book = await new IndicatorTargetStore(db).BookAsync();
        var rags = IndicatorCatalogue.All.Select(i => book.Rate(calculator.Compute(i, YearToDate, IndicatorScope.Authority))).ToList();
        var services = await db.OrgUnits.CountAsync(u => u.Kind == Core.Model.OrgUnitKind.Service);

        Assert.Equal($"{rags.Count(r => r == Rag.Red)} indicators", page.QuerySelector("[data-testid=rag-count-red]")!.TextContent.Trim());
        Assert.Equal($"{rags.Count(r => r == Rag.Green)} indicators", page.QuerySelector("[data-testid=rag-count-green]")!.TextContent.Trim());
        Assert.Equal(IndicatorCatalogue.All.Count, page.QuerySelectorAll("[data-testid^=indicators-] [data-testid^=value-]").Length);
        Assert.Equal(services + 2, page.QuerySelectorAll("[data-testid=services] thead th").Length);
        Assert.Equal(IndicatorFormat.Value(IndicatorCatalogue.Get("cla_at_date"), calculator.Compute("cla_at_date", YearToDate).Numerator), page.QuerySelector("[data-testid=headline-cla_at_date]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_team_manager_sees_their_teams_children_needing_action_each_linked_to_a_chronology()
    {
        var client = await SignedInClient.SignInAsync(factory, "teammanager@demo.local");
        await using var db = factory.CreateContext();
        var team = (await db.Users.SingleAsync(u => u.Email == "teammanager@demo.local")).OrgUnitId!.Value;
        var expected = (await ActionListsAsync(factory)).At(GoldenThreadWebFactory.Today, IndicatorScope.ForOrgUnit(team));
        var allowed = await ChildScope.ForOrgUnit(team).ChildIds(db.Sources(), GoldenThreadWebFactory.Today)!.ToListAsync();

        var page = await client.GetDocumentAsync("/dashboards/manager");

        Assert.NotEmpty(expected);
        foreach (var kind in expected.Select(a => a.Kind).Distinct())
        {
            var shown = page.QuerySelectorAll($"[data-testid=actions-{ManagerModel.Slug(kind)}] tbody tr a[href^='/children/']")
                .Select(a => long.Parse(a.GetAttribute("href")!["/children/".Length..], CultureInfo.InvariantCulture)).Order().ToList();
            Assert.Equal(expected.Where(a => a.Kind == kind && allowed.Contains(a.ChildId)).Select(a => a.ChildId).Order(), shown);
        }

        var hidden = expected.Select(a => a.ChildId).Distinct().Count(id => !allowed.Contains(id));
        Assert.Equal(hidden == 0 ? null : $"{hidden} more", page.QuerySelector("[data-testid=hidden]")?.TextContent.Trim()[..$"{hidden} more".Length]);
        Assert.Equal(IndicatorCatalogue.All.Count, page.QuerySelectorAll("[data-testid^=indicators-] [data-testid^=value-]").Length);
    }

    [Fact]
    public async Task A_manager_may_not_open_another_units_dashboard_and_a_director_chooses_one()
    {
        await using var db = factory.CreateContext();
        var manager = await db.Users.SingleAsync(u => u.Email == "teammanager@demo.local");
        var other = await db.OrgUnits.Where(u => u.Kind == Core.Model.OrgUnitKind.Team && u.Id != manager.OrgUnitId).Select(u => u.Id).FirstAsync();

        var teamManager = await SignedInClient.SignInAsync(factory, "teammanager@demo.local");
        Assert.Equal(HttpStatusCode.NotFound, (await teamManager.GetAsync($"/dashboards/manager?org={other}")).StatusCode);

        var director = await SignedInClient.SignInAsync(factory, "director@demo.local");
        var choose = await director.GetDocumentAsync("/dashboards/manager");
        Assert.NotNull(choose.QuerySelector("[data-testid=choose]"));
        var chosen = await director.GetDocumentAsync($"/dashboards/manager?org={manager.OrgUnitId}");
        Assert.Null(chosen.QuerySelector("[data-testid=choose]"));
        var links = chosen.QuerySelectorAll("[data-testid^=actions-] tbody tr a[href^='/children/']");
        Assert.NotEmpty(links);
        Assert.Equal(HttpStatusCode.OK, (await director.GetAsync(links[0].GetAttribute("href")!)).StatusCode);
        var expected = (await ActionListsAsync(factory)).At(GoldenThreadWebFactory.Today, IndicatorScope.ForOrgUnit(manager.OrgUnitId!.Value));
        Assert.Equal(expected.Count, links.Length);
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync("/dashboards/manager?org=999999")).StatusCode);
    }

    [Fact]
    public async Task A_social_worker_sees_their_own_caseload_with_action_flags()
    {
        var client = await SignedInClient.SignInAsync(factory, "socialworker@demo.local");
        await using var db = factory.CreateContext();
        var worker = (await db.Users.SingleAsync(u => u.Email == "socialworker@demo.local")).WorkerId!.Value;
        var allocated = await db.Allocations.Where(CaseloadRules.AllocationCurrentAt(GoldenThreadWebFactory.Today)).Where(a => a.WorkerId == worker).Select(a => a.ChildId).Distinct().ToListAsync();
        var actions = (await ActionListsAsync(factory)).At(GoldenThreadWebFactory.Today, IndicatorScope.ForWorker(worker));

        var page = await client.GetDocumentAsync("/dashboards/caseload");

        Assert.Equal(allocated.Order(), page.QuerySelectorAll("[data-testid=caseload] tbody tr").Select(r => long.Parse(r.GetAttribute("data-testid")!["child-".Length..], CultureInfo.InvariantCulture)).Order());
        Assert.Equal(actions.Count, page.QuerySelectorAll("[data-testid=flag]").Length);
        Assert.All(actions, a => Assert.Contains(a.ChildId, allocated));
    }
}
