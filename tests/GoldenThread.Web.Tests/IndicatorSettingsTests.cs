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
}
