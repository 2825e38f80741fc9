using System.Net;
using GoldenThread.Core.Improvement;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Tests.Plan;

/// <summary>A Director builds the plan's structure: a theme, an objective under it, an indicator with its trajectory; each is logged.</summary>
public sealed class PlanStructureTests(SqliteWebFactory factory) : IClassFixture<SqliteWebFactory>
{
    [Fact]
    public async Task A_director_adds_a_theme_an_objective_and_links_an_indicator_with_a_trajectory()
    {
        var director = await SignedInClient.SignInAsync(factory, "director@demo.local");
        var theme = await PlanTestData.PostAsync(director, "/plan/edit/themes/new", new Dictionary<string, string>
        {
            ["ThemeTitle"] = "Partnership working",
            ["Description"] = "Partners share responsibility for children at the front door.",
        });
        Assert.Equal(HttpStatusCode.Redirect, theme.StatusCode);
        var plan = await director.GetDocumentAsync("/plan");
        Assert.Equal("Theme 5 was added.", plan.QuerySelector("[data-testid=notice]")!.TextContent.Trim());
        Assert.Contains(plan.QuerySelectorAll("h2"), h => h.TextContent.Trim() == "5. Partnership working");

        long themeId;
        long componentId;
        long recommendationId;
        await using (var db = factory.CreateContext())
        {
            themeId = await db.Set<PlanTheme>().Where(t => t.Number == 5).Select(t => t.Id).SingleAsync();
            componentId = await db.Set<StrategicComponent>().Where(c => c.Number == 2).Select(c => c.Id).SingleAsync();
            recommendationId = await db.Set<OfstedRecommendation>().OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
        }

        var missing = await PlanTestData.PostAsync(director, $"/plan/edit/objectives/new?theme={themeId}", new Dictionary<string, string> { ["ObjectiveTitle"] = " " });
        var errors = await PlanTestData.ParseAsync(missing);
        Assert.Equal(["Enter the objective", "Enter what difference this will make to children"], errors.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim()));

        var objective = await PlanTestData.PostAsync(director, $"/plan/edit/objectives/new?theme={themeId}",
        [
            new("ObjectiveTitle", "Partners make good referrals"),
            new("Difference", "Children get the right help first time."),
            new("ComponentIds", componentId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("RecommendationIds", recommendationId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, objective.StatusCode);
        var objectivePath = objective.Headers.Location!.OriginalString;
        var objectiveId = long.Parse(objectivePath["/plan/objectives/".Length..], System.Globalization.CultureInfo.InvariantCulture);

        var badLink = await PlanTestData.PostAsync(director, $"/plan/edit/objectives/{objectiveId}/indicators/new", new Dictionary<string, string>
        {
            ["IndicatorId"] = "rereferral_12m",
            ["Tolerance"] = "-1",
            ["point-1-day"] = "31",
            ["point-1-month"] = "2",
            ["point-1-year"] = "2027",
            ["Values[0]"] = "20",
        });
        var badPage = await PlanTestData.ParseAsync(badLink);
        Assert.Equal(["The tolerance must be 0 or more", "Enter a date in the format 31 3 2025"], badPage.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim()));

        var link = await PlanTestData.PostAsync(director, $"/plan/edit/objectives/{objectiveId}/indicators/new", new Dictionary<string, string>
        {
            ["IndicatorId"] = "rereferral_12m",
            ["Tolerance"] = "2",
            ["point-1-day"] = "31",
            ["point-1-month"] = "3",
            ["point-1-year"] = "2027",
            ["Values[0]"] = "20",
            ["point-2-day"] = "1",
            ["point-2-month"] = "10",
            ["point-2-year"] = "2026",
            ["Values[1]"] = "22.5",
        });
        Assert.Equal(HttpStatusCode.Redirect, link.StatusCode);

        var page = await director.GetDocumentAsync(objectivePath);
        Assert.Equal("5.1 Partners make good referrals", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Single(page.QuerySelectorAll("[data-testid=recommendations] li"));

        await using var check = factory.CreateContext();
        var linked = await check.PlanIndicators.SingleAsync(i => i.ObjectiveId == objectiveId);
        Assert.Equal(("rereferral_12m", IndicatorPolarity.LowerIsBetter, "%", 2m), (linked.IndicatorId, linked.Polarity, linked.Unit, linked.Tolerance));
        Assert.Equal([(new DateOnly(2026, 10, 1), 22.5m), (new DateOnly(2027, 3, 31), 20m)], linked.Trajectory.OrderBy(p => p.Date).Select(p => (p.Date, p.Value)));
        var log = await check.PlanUpdates.Include(u => u.Changes).Where(u => u.Summary == "Theme added" || u.Summary == "Objective added" || u.Summary == "Indicator linked").OrderBy(u => u.Id).ToListAsync();
        Assert.Equal(["Theme added", "Objective added", "Indicator linked"], log.Select(u => u.Summary));
        Assert.All(log, u => Assert.Equal("Demo Director of Children's Services", u.UserName));
        Assert.Equal("Trajectory 22.5% by 1 October 2026; 20% by 31 March 2027; tolerance 2%", log[2].Changes.Single().After);
        Assert.Equal(objectiveId, log[1].ObjectiveId);
        var audited = await check.AuditEntries.Where(e => e.Action == "Theme added" || e.Action == "Objective added" || e.Action == "Indicator linked").OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([("Theme added", "PlanTheme"), ("Objective added", "PlanObjective"), ("Indicator linked", "PlanIndicator")], audited.Select(e => (e.Action, e.EntityType)));
        Assert.Equal(linked.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), audited[2].EntityId);
    }

    [Theory]
    [InlineData("teammanager@demo.local")]
    [InlineData("leadmember@demo.local")]
    public async Task Only_editors_may_build_the_plan(string email)
    {
        var client = await SignedInClient.SignInAsync(factory, email);
        PlanTestData.AssertAccessDenied(await client.GetAsync("/plan/edit/themes/new"));
        PlanTestData.AssertAccessDenied(await client.GetAsync("/plan/edit/objectives/new?theme=1"));
    }
}
