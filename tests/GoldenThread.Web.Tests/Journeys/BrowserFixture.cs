using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GoldenThread.Web.Tests.Journeys;

/// <summary>
/// The browser journeys run one class at a time (each class still has its own app and browser): two cores shared by several
/// Chromium instances and in-process apps made page loads slow enough to reach Playwright's time limits.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserJourneys
{
    public const string Name = "Browser journeys";
}

/// <summary>
/// The app on a real Kestrel port on loopback, and Debian's Chromium driven headless by Playwright.
/// Playwright never downloads a browser here: it launches /usr/bin/chromium.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    /// <summary>How long a page action or navigation may take before the test fails: a guard against hangs, not a speed check.</summary>
    private const float HangGuardMilliseconds = 90_000;

    public const string ChromiumPath = "/usr/bin/chromium";

    public SqliteWebFactory Factory { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The app to run: as it ships with the demo authority here; a subclass may start what it needs first and configure it.</summary>
    protected virtual Task<SqliteWebFactory> CreateFactoryAsync() => Task.FromResult(new SqliteWebFactory());

    public virtual async Task InitializeAsync()
    {
        Factory = await CreateFactoryAsync();
        Factory.UseKestrel(0);
        await Factory.PrepareDatabaseAsync();
        Environment.SetEnvironmentVariable(Infrastructure.DemoSeeder.PasswordVariable, GoldenThreadWebFactory.Password);
        Factory.StartServer();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium package (./test.sh does).");
        }

        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public virtual async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Factory.DisposeAsync();
        await Factory.DropDatabaseAsync();
    }

    /// <summary>A new browser context with the hang guard as its time limit for actions and navigations.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(HangGuardMilliseconds);
        context.SetDefaultNavigationTimeout(HangGuardMilliseconds);
        return context;
    }

    /// <summary>Saves a screenshot when GOLDENTHREAD_SCREENSHOTS names a folder (used for the README's pictures).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("GOLDENTHREAD_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = false });
        }
    }

    /// <summary>Opens the overview and signs in on the way, so every role lands back on the overview (its return address).</summary>
    public async Task<IPage> SignInAsync(string email)
    {
        var context = await NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = 1100, Height = 1250 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/overview");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(GoldenThreadWebFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/overview");
        return page;
    }
}
