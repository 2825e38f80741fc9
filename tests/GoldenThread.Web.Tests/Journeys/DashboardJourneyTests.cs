using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace GoldenThread.Web.Tests.Journeys;

/// <summary>Journeys in a real browser through the role dashboards.</summary>
[Collection(BrowserJourneys.Name)]
public sealed class DashboardJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_lead_member_sees_the_scorecard_with_suppressed_figures_and_no_child()
    {
        var page = await browser.SignInAsync("leadmember@demo.local");
        await page.GetByTestId("nav-dashboard").ClickAsync();
        await page.WaitForURLAsync("**/dashboards/scorecard");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Cabinet scorecard");
        await BrowserFixture.ScreenshotAsync(page, "scorecard");

        var cells = await page.Locator("[data-testid^=value-], [data-testid^=fraction-]").AllInnerTextsAsync();
        Assert.Contains(cells, c => c.Trim() == "c" || c.StartsWith("c of", StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator("a[href*='/children']").CountAsync());

        var text = await page.Locator("body").InnerTextAsync();
        await using var db = browser.Factory.CreateContext();
        var children = await db.Children.Select(c => new { c.GivenName, c.FamilyName, c.LaChildId }).ToListAsync();
        Assert.NotEmpty(children);
        Assert.DoesNotContain(children, c => text.Contains($"{c.GivenName} {c.FamilyName}", StringComparison.Ordinal) || text.Contains(c.LaChildId, StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_team_manager_opens_assessment_45wd_and_drills_down_to_the_children_behind_it()
    {
        var page = await browser.SignInAsync("teammanager@demo.local");
        await page.GotoAsync("/indicators");
        await page.Locator("[data-testid=row-assessment_45wd] a").First.ClickAsync();
        await page.WaitForURLAsync("**/indicators/assessment_45wd");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Assessments completed within 45 working days");
        await Assertions.Expect(page.GetByTestId("target")).ToContainTextAsync("Target");

        await page.GetByTestId("drill-denominator").ClickAsync();
        await page.WaitForURLAsync("**/indicators/assessment_45wd/children?part=denominator*");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Children in the denominator");
        Assert.True(await page.Locator("[data-testid=children] tbody tr").CountAsync() > 0);
        await Assertions.Expect(page.Locator("[data-testid=children] tbody tr a").First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/children/\\d+$"));
        await page.Context.CloseAsync();
    }
}
