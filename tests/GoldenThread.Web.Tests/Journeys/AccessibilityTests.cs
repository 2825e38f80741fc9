using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GoldenThread.Web.Tests.Journeys;

/// <summary>
/// axe-core (from tests/GoldenThread.Web.Tests/package.json, copied beside the tests) run in Chromium on every kind of page:
/// no serious or critical violation. The context bypasses the content security policy only so the test can inject axe.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly Lazy<string> Axe = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js")));

    /// <summary>Each page type, and how to reach it: a path, or a path then the first link matching a selector (repeatable).</summary>
    public static TheoryData<string, string, string> Pages() => new()
    {
        { "home", "/", string.Empty },
        { "sign-in", "/account/sign-in", string.Empty },
        { "overview", "/overview", string.Empty },
        { "overview children", "/overview", "a[data-testid='count-children-in-need']" },
        { "child chronology", "/overview", "a[data-testid='count-children-in-need'] ; [data-testid=children] tbody tr a" },
        { "indicators index", "/indicators", string.Empty },
        { "indicator", "/indicators", "main a[href='/indicators/assessment_45wd']" },
        { "indicator children", "/indicators/assessment_45wd", "a[data-testid='drill-denominator']" },
        { "indicator children at month end", "/indicators/assessment_45wd", "a[data-testid='frozen-denominator']" },
        { "data loads", "/data/loads", string.Empty },
        { "upload", "/data/upload", string.Empty },
        { "data quality", "/data-quality", string.Empty },
        { "plan index", "/plan", string.Empty },
        { "plan component", "/plan", "main a[href^='/plan/components/']" },
        { "plan objective", "/plan", "main a[href^='/plan/components/'] ; main a[href^='/plan/objectives/']" },
        { "plan action", "/plan", "main a[href^='/plan/components/'] ; main a[href^='/plan/objectives/'] ; main a[href^='/plan/actions/']" },
        { "plan exceptions", "/plan/exceptions", string.Empty },
        { "board pack", "/plan/board-pack", string.Empty },
        { "quality", "/quality", string.Empty },
        { "quality audits", "/quality/audits", string.Empty },
        { "quality audit", "/quality/audits", "main a[href^='/quality/audits/']" },
        { "quality rounds", "/quality/rounds", string.Empty },
        { "quality supervision", "/quality/supervision", string.Empty },
        { "quality teams", "/quality/teams", string.Empty },
        { "quality templates", "/quality/templates", string.Empty },
        { "quality actions", "/quality/actions", string.Empty },
        { "workforce", "/workforce", string.Empty },
        { "accessibility statement", "/accessibility", string.Empty },
        { "not found", "/no-such-page", string.Empty },
        { "access denied", "/account/access-denied", string.Empty },
        { "record retention", "/admin/retention", string.Empty },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_has_no_serious_or_critical_accessibility_violation(string name, string path, string links)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.BaseUrl, BypassCSP = true });
        try
        {
            if (name == "indicator children at month end")
            {
                await browser.Factory.Services.GetRequiredService<Indicators.MonthEndSnapshotService>().CloseMonthsAsync(default);
            }

            var page = await context.NewPageAsync();
            if (name != "sign-in")
            {
                await SignInAsync(page, "admin@demo.local");
            }

            var response = await page.GotoAsync(path);
            foreach (var selector in links.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var link = page.Locator(selector).First;
                Assert.True(await link.CountAsync() > 0, $"{name}: no link {selector} on {page.Url}");
                response = await page.GotoAsync(await link.GetAttributeAsync("href") ?? throw new InvalidOperationException(selector));
            }

            Assert.Equal(name switch { "not found" => 404, "access denied" => 403, _ => 200 }, response?.Status);

            Assert.Empty(await SeriousViolationsAsync(page));
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task Axe_finds_a_violation_that_is_there()
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true });
        try
        {
            var page = await context.NewPageAsync();
            await page.SetContentAsync("<!DOCTYPE html><html lang=\"en\"><head><title>Test</title></head><body><main><h1>Test</h1><img src=\"x.png\"><a href=\"/x\"></a></main></body></html>");
            var violations = await SeriousViolationsAsync(page);
            Assert.Contains(violations, v => v.Contains("critical image-alt", StringComparison.Ordinal));
            Assert.Contains(violations, v => v.Contains("serious link-name", StringComparison.Ordinal));
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>Runs axe on the page and returns each serious or critical violation with the elements it found.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Axe.Value });
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
                const results = await axe.run(document, { resultTypes: ['violations'] });
                return results.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ')}`);
            }
            """);
        return [.. result.EnumerateArray().Select(v => $"{page.Url}: {v.GetString()}")];
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(GoldenThreadWebFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/dashboards/director");
    }
}
