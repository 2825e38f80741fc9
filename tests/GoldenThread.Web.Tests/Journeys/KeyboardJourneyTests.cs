using GoldenThread.Core.Caseload;
using GoldenThread.Core.Quality;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace GoldenThread.Web.Tests.Journeys;

/// <summary>
/// Journeys with the keyboard alone, as a person who cannot use a mouse: Tab to move, Enter to follow a link or press a
/// button, Space to choose a radio button or checkbox, and typing into fields. No click, no arrow key.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class KeyboardJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Signing_in_with_the_keyboard_lands_on_the_managers_dashboard()
    {
        var page = await SignInWithKeyboardAsync("teammanager@demo.local", "/dashboards/manager");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Manager's dashboard");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task From_the_indicators_to_a_childs_chronology_with_the_keyboard()
    {
        var page = await SignInWithKeyboardAsync("teammanager@demo.local", "/dashboards/manager");
        await TabToAsync(page, "a[href='/indicators']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/indicators");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Indicators");

        await TabToAsync(page, "a[href='/indicators/assessment_45wd']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/indicators/assessment_45wd");

        await TabToAsync(page, "a[data-testid='drill-denominator']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/indicators/assessment_45wd/children**");
        await Assertions.Expect(page.Locator("[data-testid=children] tbody tr a").First).ToBeVisibleAsync();

        var name = await page.Locator("[data-testid=children] tbody tr a").First.InnerTextAsync();
        await TabToAsync(page, "[data-testid=children] tbody tr a");
        Assert.Equal(name, await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/children/*");
        await Assertions.Expect(page.Locator("[data-testid=child-name]")).ToHaveTextAsync(name);
        await Assertions.Expect(page.Locator("[data-testid=chronology] li").First).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Completing_an_audit_with_the_keyboard()
    {
        long auditId;
        List<long> questions;
        await using (var db = browser.Factory.CreateContext())
        {
            var auditor = await db.Users.SingleAsync(u => u.Email == "auditor@demo.local");
            var audit = await db.Audits.Where(a => a.AuditorUserId == auditor.Id && a.Status == AuditStatus.Assigned).OrderByDescending(a => a.Id).FirstAsync();
            auditId = audit.Id;
            var template = await db.AuditRounds.Where(r => r.Id == audit.RoundId).Select(r => r.TemplateId).SingleAsync();
            questions = await db.AuditQuestions.Where(q => q.TemplateId == template).OrderBy(q => q.Position).Select(q => q.Id).ToListAsync();
        }

        var page = await SignInWithKeyboardAsync("auditor@demo.local", "/overview");
        await TabToAsync(page, "a[href='/quality']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/quality");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Quality assurance");
        await TabToAsync(page, "main a[href='/quality/audits']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/quality/audits");
        await TabToAsync(page, $"[data-testid=my-audits] tr[data-audit-id='{auditId}'] a");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"**/quality/audits/{auditId}/edit");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Audit of ");

        foreach (var question in questions)
        {
            // Tab enters a radio group at its first button; Space chooses it.
            await TabToAsync(page, $"input[name='grade-{question}']");
            await page.Keyboard.PressAsync("Space");
            await TabToAsync(page, $"#evidence-{question}");
            await page.Keyboard.TypeAsync("The case notes for October show this clearly.");
        }

        await TabToAsync(page, "input[name='child-seen']");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "#child-voice");
        await page.Keyboard.TypeAsync("Said they feel listened to at school.");
        await TabToAsync(page, "#area-planning");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "#strength-visits");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "input[name='overall-grade']");
        await page.Keyboard.PressAsync("Space");
        Assert.True(await page.Locator("#area-planning").IsCheckedAsync());
        Assert.True(await page.Locator("input[name='overall-grade']").First.IsCheckedAsync());

        await TabToAsync(page, "button[value='submit']");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid=notice]")).ToHaveTextAsync("Audit submitted. It will be moderated next.");
        await using (var db = browser.Factory.CreateContext())
        {
            Assert.Equal(AuditStatus.Submitted, (await db.Audits.SingleAsync(a => a.Id == auditId)).Status);
        }

        await page.Context.CloseAsync();
    }

    /// <summary>Signs in from the sign-in page itself, so the person lands where their role does.</summary>
    private async Task<IPage> SignInWithKeyboardAsync(string email, string landing)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.BaseUrl, ViewportSize = new ViewportSize { Width = 1100, Height = 1250 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await TabToAsync(page, "#email");
        await page.Keyboard.TypeAsync(email);
        await TabToAsync(page, "#password");
        await page.Keyboard.TypeAsync(GoldenThreadWebFactory.Password);
        await TabToAsync(page, "button[type='submit']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"**{landing}");
        return page;
    }

    /// <summary>Presses Tab until the focused element matches the selector; fails when it is never reached.</summary>
    private static async Task TabToAsync(IPage page, string selector, int most = 400)
    {
        for (var i = 0; i < most; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement !== null && document.activeElement.matches(s)", selector))
            {
                return;
            }
        }

        Assert.Fail($"{selector} was not reached with {most} presses of Tab on {page.Url}");
    }
}
