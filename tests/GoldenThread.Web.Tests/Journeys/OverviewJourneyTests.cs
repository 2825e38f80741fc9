using System.Text.RegularExpressions;
using GoldenThread.Core.Caseload;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace GoldenThread.Web.Tests.Journeys;

/// <summary>Journeys in a real browser: what a team manager and a Lead Member can do.</summary>
[Collection(BrowserJourneys.Name)]
public sealed partial class OverviewJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_team_manager_goes_from_the_overview_to_a_childs_chronology()
    {
        var page = await browser.SignInAsync("teammanager@demo.local");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Overview as at 25 November 2026");
        var count = await page.Locator("[data-testid=count-children-in-need]").InnerTextAsync();
        await BrowserFixture.ScreenshotAsync(page, "overview");

        await page.Locator("[data-testid=count-children-in-need]").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Children in need as at 25 November 2026");
        await Assertions.Expect(page.Locator("[data-testid=total]")).ToContainTextAsync(NumberOnly().Match(count).Value);

        var firstChild = page.Locator("[data-testid=children] tbody tr a").First;
        var name = await firstChild.InnerTextAsync();
        await firstChild.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=child-name]")).ToHaveTextAsync(name);
        await Assertions.Expect(page.Locator("[data-testid=chronology] li").First).ToBeVisibleAsync();
        Assert.True(await page.Locator("[data-testid=chronology] li").CountAsync() >= 2);
        await Assertions.Expect(page.Locator("[data-testid=chronology]")).ToContainTextAsync("Referral");
        await BrowserFixture.ScreenshotAsync(page, "chronology");

        var childId = long.Parse(ChildIdInUrl().Match(page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await using var db = browser.Factory.CreateContext();
        Assert.True(await db.ChildRecordAccesses.AnyAsync(a => a.ChildId == childId && a.UserName == "teammanager@demo.local"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_lead_member_sees_figures_but_cannot_open_a_childs_page()
    {
        var page = await browser.SignInAsync("leadmember@demo.local");
        await Assertions.Expect(page.Locator("[data-testid=count-children-in-need]")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("main a[href^='/overview/'], main a[href^='/children/']").CountAsync());

        await using var db = browser.Factory.CreateContext();
        var today = GoldenThreadWebFactory.Today;
        var child = await db.Allocations.Where(CaseloadRules.AllocationCurrentAt(today)).Select(a => a.ChildId).FirstAsync();
        var response = await page.GotoAsync($"/children/{child}");
        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("You do not have access to this page");
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("Chronology");
        Assert.False(await db.ChildRecordAccesses.AnyAsync(a => a.UserName == "leadmember@demo.local"));
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"[\d,]+")]
    private static partial Regex NumberOnly();

    [GeneratedRegex(@"/children/(\d+)")]
    private static partial Regex ChildIdInUrl();
}
