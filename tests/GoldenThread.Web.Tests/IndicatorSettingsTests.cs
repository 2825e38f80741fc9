using GoldenThread.Core.Calendar;
using GoldenThread.Core.Indicators;
using GoldenThread.Data;
using GoldenThread.Web.Indicators;
using Microsoft.AspNetCore.Hosting;

namespace GoldenThread.Web.Tests;

/// <summary>A council's local standards and child population, set in the Indicators settings section.</summary>
public sealed class LocalStandardsWebFactory : SqliteWebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Indicators:ChildPopulation", "50000");
        builder.UseSetting("Indicators:ChildProtectionVisitWorkingDays", "5");
    }
}

public sealed class IndicatorSettingsTests(LocalStandardsWebFactory factory) : IClassFixture<LocalStandardsWebFactory>
{
    private static readonly ReportingPeriod YearToDate = ReportingPeriod.Custom(new DateOnly(2026, 4, 1), GoldenThreadWebFactory.Today);

    [Theory]
    [InlineData("cin_rate_10k")]
    [InlineData("cp_visits_10wd")]
    public async Task Pages_use_the_councils_local_standards_and_population(string id)
    {
        await using var db = factory.CreateContext();
        var input = await IndicatorInputLoader.LoadAsync(db);
        var local = IndicatorSettings.Default with { ChildPopulation = 50000, ChildProtectionVisitWorkingDays = 5 };
        var expected = new IndicatorCalculator(input, WorkingDayCalendar.EnglandAndWales, local).Compute(id, YearToDate);
        var defaults = new IndicatorCalculator(input, WorkingDayCalendar.EnglandAndWales, IndicatorSettings.Default).Compute(id, YearToDate);
        Assert.NotEqual(defaults.Value, expected.Value); // the settings change the figure, so the page shows which it used

        var client = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        var page = await client.GetDocumentAsync($"/indicators/{id}");
        Assert.Equal(IndicatorFormat.Value(IndicatorCatalogue.Get(id), expected.Value), page.QuerySelector("[data-testid=indicator-value]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Rates_per_10000_are_the_authoritys_only_as_a_team_has_no_population_of_its_own()
    {
        await using var db = factory.CreateContext();
        var input = await IndicatorInputLoader.LoadAsync(db);
        var calculator = new IndicatorCalculator(input, WorkingDayCalendar.EnglandAndWales, IndicatorSettings.Default with { ChildPopulation = 50000 });
        var rates = IndicatorCatalogue.All.Where(i => i.Unit == IndicatorUnit.RatePer10000).ToList();
        Assert.Equal(3, rates.Count);

        var director = await SignedInClient.SignInAsync(factory, "director@demo.local");
        var authority = await director.GetDocumentAsync("/dashboards/director");
        foreach (var rate in rates)
        {
            var expected = calculator.Compute(rate, YearToDate);
            Assert.Equal(50000m, expected.Denominator);
            Assert.Equal(IndicatorFormat.Value(rate, expected.Value), authority.QuerySelector($"[data-testid^=indicators-] [data-testid=value-{rate.Id}]")!.TextContent.Trim());
        }

        var manager = await SignedInClient.SignInAsync(factory, "teammanager@demo.local");
        var team = await manager.GetDocumentAsync("/dashboards/manager");
        foreach (var rate in rates)
        {
            var row = team.QuerySelector($"[data-testid=row-{rate.Id}]")!;
            Assert.Equal("–", row.QuerySelector($"[data-testid=value-{rate.Id}]")!.TextContent.Trim());
            Assert.Equal("–", row.QuerySelectorAll("td")[3].TextContent.Trim());
        }

        // The team has children in need, so writing its count as if it were a rate (as the dashboard once did) would show a number.
        Assert.NotEqual("0", team.QuerySelector("[data-testid=row-cin_rate_10k]")!.QuerySelectorAll("td")[2].TextContent.Trim());
        Assert.Contains("whole authority only", Assert.Single(team.QuerySelectorAll("[data-testid$=-rate-note]")).TextContent, StringComparison.Ordinal);
    }
}
