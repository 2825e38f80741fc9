using GoldenThread.Core.Calendar;
using GoldenThread.Core.Indicators;
using GoldenThread.Data;
using GoldenThread.Web.Indicators;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Tests;

/// <summary>An indicator page for any period: the figure, the drill-down and the team links all use the period chosen.</summary>
public sealed class IndicatorPeriodTests(SqliteWebFactory factory) : IClassFixture<SqliteWebFactory>
{
    private async Task<IndicatorCalculator> CalculatorAsync()
    {
        await using var db = factory.CreateContext();
        return new IndicatorCalculator(await IndicatorInputLoader.LoadAsync(db), WorkingDayCalendar.EnglandAndWales, IndicatorSettings.Default);
    }

    [Theory]
    [InlineData("period=quarter&to=2026-08-15", "2026-07-01", "2026-09-30")]
    [InlineData("period=month", "2026-10-01", "2026-10-31")] // today is 25 November 2026: the last complete month
    [InlineData("period=year", "2025-04-01", "2026-03-31")] // the last complete financial year
    [InlineData("period=rolling12&to=2026-06-30", "2025-07-01", "2026-06-30")]
    [InlineData("period=custom&from=2025-01-01&to=2025-12-31", "2025-01-01", "2025-12-31")]
    [InlineData("", "2026-04-01", "2026-11-25")]
    public async Task The_page_shows_the_chosen_periods_figure_and_drills_down_to_its_children(string query, string start, string end)
    {
        var period = new ReportingPeriod(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
        var expected = (await CalculatorAsync()).Compute("assessment_45wd", period);
        var client = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        var page = await client.GetDocumentAsync($"/indicators/assessment_45wd?{query}");
        Assert.Equal(IndicatorFormat.Value(IndicatorCatalogue.Get("assessment_45wd"), expected.Value), page.QuerySelector("[data-testid=indicator-value]")!.TextContent.Trim());
        Assert.Equal($"{Infrastructure.AsAtDate.Long(period.Start)} to {Infrastructure.AsAtDate.Long(period.End)}", page.QuerySelector("[data-testid=period]")!.TextContent.Trim());

        var link = page.QuerySelector("[data-testid=drill-denominator]")!.GetAttribute("href")!;
        var list = await client.GetDocumentAsync(link);
        var shown = list.QuerySelectorAll("[data-testid=children] tbody tr a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(Math.Min(expected.DenominatorChildIds.Count, 500), shown.Count);
        Assert.All(shown, href => Assert.Contains(long.Parse(href["/children/".Length..], System.Globalization.CultureInfo.InvariantCulture), expected.DenominatorChildIds));

        if (query.Length > 0)
        {
            var teamLinks = page.QuerySelectorAll("[data-testid=teams] tbody a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.NotEmpty(teamLinks);
            Assert.All(teamLinks, href => Assert.Contains($"&{query.Split('&')[0]}", href, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_bad_date_says_what_to_fix_and_shows_the_year_to_date()
    {
        var client = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        var page = await client.GetDocumentAsync("/indicators/referrals?period=custom&from=2025-13-01&to=2025-12-31");
        Assert.Equal("Error: Enter both dates of the period in the format 2025-04-01", page.QuerySelector("[data-testid=period-error]")!.TextContent.Trim());
        Assert.Equal("1 April 2026 to 25 November 2026", page.QuerySelector("[data-testid=period]")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_trend_shows_up_to_six_years_of_months()
    {
        var client = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        var page = await client.GetDocumentAsync("/indicators/referrals?months=72");
        var rows = page.QuerySelectorAll("[data-testid=trend] tbody tr");
        Assert.Equal(72, rows.Length);
        Assert.Equal("December 2020", rows[0].QuerySelector("th")!.TextContent.Trim());
        Assert.Equal("November 2026", rows[^1].QuerySelector("th")!.TextContent.Trim());
        var december2020 = (await CalculatorAsync()).Compute("referrals", ReportingPeriod.Month(2020, 12));
        Assert.Equal(IndicatorFormat.Number(december2020.Numerator), rows[0].QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.Equal(["12 months", "24 months", "36 months"], page.QuerySelectorAll("[data-testid=trend-lengths] a").Select(a => a.TextContent.Trim()));

        var unknown = await client.GetDocumentAsync("/indicators/referrals?months=1000");
        Assert.Equal(24, unknown.QuerySelectorAll("[data-testid=trend] tbody tr").Length);
    }
}
