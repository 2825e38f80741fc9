using GoldenThread.Web.Tests.Journeys;
using Microsoft.Playwright;

namespace GoldenThread.Web.Tests.Plan;

/// <summary>The improvement plan in a real browser: the golden thread for a Director, an owner's update, and the printable board pack.</summary>
[Collection(BrowserJourneys.Name)]
public sealed class PlanJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_director_goes_from_the_exceptions_to_a_red_objective_its_indicators_and_down_to_a_team()
    {
        var page = await browser.SignInAsync("director@demo.local");
        await page.GetByRole(AriaRole.Link, new() { Name = "Improvement plan" }).ClickAsync();
        await page.Locator("[data-testid=exceptions-link]").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Exceptions: red and slipping");
        await BrowserFixture.ScreenshotAsync(page, "plan-exceptions");

        var red = page.Locator("[data-testid='exception-objective-2.1']");
        await Assertions.Expect(red.Locator("[data-testid=rag]")).ToHaveTextAsync("Red");
        await red.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("2.1 Children are seen, heard and helped quickly at the front door");
        await Assertions.Expect(page.Locator("[data-testid=objective-rag] [data-testid=rag]")).ToHaveTextAsync("Red");

        var indicator = page.Locator("[data-testid='indicator-assessment_45wd']");
        await Assertions.Expect(indicator.Locator("[data-testid=indicator-link]")).ToHaveAttributeAsync("href", "/indicators/assessment_45wd");
        await Assertions.Expect(indicator.Locator(".govuk-tag")).ToHaveTextAsync("Red");
        await BrowserFixture.ScreenshotAsync(page, "plan-objective");

        var team = page.Locator("[data-testid=lead-units] a").First;
        var teamName = await team.InnerTextAsync();
        await team.ClickAsync();
        await page.WaitForURLAsync("**/plan/teams/*");
        await Assertions.Expect(page.Locator("[data-testid=team-name]")).ToHaveTextAsync(teamName);
        await Assertions.Expect(page.Locator("[data-testid='team-objective-2.1']")).ToBeVisibleAsync();

        await page.Locator("[data-testid=parent-link]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid='team-objective-2.1']")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_action_owner_records_an_update_with_evidence_and_the_RAG_changes()
    {
        var id = await PlanTestData.ActionIdAsync(browser.Factory, "2.1.3");
        var page = await browser.SignInAsync("teammanager@demo.local");
        await page.GotoAsync($"/plan/actions/{id}");
        await Assertions.Expect(page.Locator("[data-testid=action-rag] [data-testid=rag]")).ToHaveTextAsync("Red");
        await Assertions.Expect(page.Locator("[data-testid=reasons] li").First).ToHaveTextAsync("Forecast to finish 54 days late (27 February 2027) at the rate of progress so far");

        await page.Locator("[data-testid=record-update]").ClickAsync();
        await page.GetByLabel("Progress", new() { Exact = true }).FillAsync("60");
        await page.GetByLabel("What has happened since the last update").FillAsync("Coaching sessions delivered to both assessment teams.");
        await page.GetByLabel("Title of the evidence", new() { Exact = true }).FillAsync("Coaching attendance chart");
        await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "attendance.png", MimeType = "image/png", Buffer = PlanTestData.Png });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the update" }).ClickAsync();

        await page.WaitForURLAsync($"**/plan/actions/{id}");
        await Assertions.Expect(page.Locator("[data-testid=notice]")).ToHaveTextAsync("Update recorded. Action 2.1.3 is now Green.");
        await Assertions.Expect(page.Locator("[data-testid=action-rag] [data-testid=rag]")).ToHaveTextAsync("Green");
        await Assertions.Expect(page.Locator("a[data-testid=evidence-file]")).ToHaveTextAsync("Coaching attendance chart");
        await Assertions.Expect(page.Locator("[data-testid=updates] li").First.Locator("[data-testid=update-change]")).ToHaveTextAsync(["Progress: 30% → 60%", "Evidence: none → Coaching attendance chart (file attendance.png, 70 bytes)"]);
        await BrowserFixture.ScreenshotAsync(page, "plan-action");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_board_pack_prints_to_PDF_in_headless_Chromium()
    {
        var page = await browser.SignInAsync("director@demo.local");
        await page.GotoAsync("/plan/board-pack?date=2026-11-25");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Children's services improvement plan (synthetic)");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Print or save as PDF" })).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".app-board-pack__screen-only")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-testid=pack-commentary]")).ToBeVisibleAsync();

        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });
        Assert.True(pdf.Length > 0);
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        if (Environment.GetEnvironmentVariable("GOLDENTHREAD_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, "board-pack.pdf"), pdf);
        }

        await page.Context.CloseAsync();
    }
}
