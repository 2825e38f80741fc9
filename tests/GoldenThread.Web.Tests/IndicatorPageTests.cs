using System.Net;
using GoldenThread.Core.Calendar;
using GoldenThread.Core.Indicators;
using GoldenThread.Data;
using GoldenThread.Web.Indicators;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Tests;

/// <summary>Indicator pages show the core's figures, drill down to the children behind them, and suppress small numbers for members.</summary>
public sealed class IndicatorPageTests(SqliteWebFactory factory) : IClassFixture<SqliteWebFactory>
{
    private static readonly ReportingPeriod YearToDate = ReportingPeriod.Custom(new DateOnly(2026, 4, 1), GoldenThreadWebFactory.Today);

    private async Task<IndicatorCalculator> CalculatorAsync()
    {
        await using var db = factory.CreateContext();
        var input = await IndicatorInputLoader.LoadAsync(db);
        return new IndicatorCalculator(input, WorkingDayCalendar.EnglandAndWales, IndicatorSettings.Default);
    }

    [Theory]
    [InlineData("assessment_45wd")]
    [InlineData("rereferral_12m")]
    [InlineData("cpp_at_date")]
    public async Task The_page_shows_the_same_figure_as_the_core_calculation(string id)
    {
        var client = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        var page = await client.GetDocumentAsync($"/indicators/{id}");
        var expected = (await CalculatorAsync()).Compute(id, YearToDate);
        var indicator = IndicatorCatalogue.Get(id);
        var shown = page.QuerySelector("[data-testid=indicator-value]")!.TextContent.Trim();
        Assert.Equal(expected.Denominator is null ? IndicatorFormat.Number(expected.Numerator) : IndicatorFormat.Value(indicator, expected.Value), shown);
        var count = expected.NumeratorChildIds.Count;
        Assert.Equal($"The {count.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))} {(count == 1 ? "child" : "children")} in the numerator", page.QuerySelector("[data-testid=drill-numerator]")!.TextContent.Trim());
        Assert.Equal(24, page.QuerySelectorAll("[data-testid=trend] tbody tr").Length);
        Assert.Contains(indicator.Definition, page.QuerySelector("[data-testid=definition]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_chart_labels_each_point_with_its_own_month_when_a_month_has_nothing_to_divide_by()
    {
        var calculator = await CalculatorAsync();
        var client = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        var first = new DateOnly(2026, 11, 1).AddMonths(-23);
        var gaps = 0;
        foreach (var team in calculator.OrgUnits.Where(u => u.Kind == Core.Model.OrgUnitKind.Team))
        {
            var months = Enumerable.Range(0, 24).Select(i => first.AddMonths(i))
                .Select(m => (Month: m, Result: calculator.Compute("assessment_45wd", ReportingPeriod.Month(m.Year, m.Month), IndicatorScope.ForOrgUnit(team.Id))))
                .Where(m => m.Result.Value is not null)
                .ToList();
            if (months.Count is < 12 or 24)
            {
                continue; // no chart, or no month left out
            }

            gaps++;
            var page = await client.GetDocumentAsync($"/indicators/assessment_45wd?org={team.Id}");
            var chart = page.QuerySelector("#trend-chart")!;
            var labels = chart.GetAttribute("data-labels")!.Split('|');
            var values = chart.GetAttribute("data-values")!.Split('|').Select(v => decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(months.Select(m => m.Month.ToString("MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))), labels);
            Assert.Equal(months.Select(m => m.Result.Value!.Value), values);
            Assert.Equal(24, chart.GetAttribute("data-variations")!.Split('|').Length + (24 - months.Count));
            Assert.Equal("100", chart.GetAttribute("data-max"));
            if (gaps == 3)
            {
                break;
            }
        }

        Assert.True(gaps > 0, "The demo has a team with a month without assessments, so the test reads a chart with a gap.");
    }

    [Fact]
    public async Task A_team_manager_drills_from_assessment_45wd_to_their_teams_children()
    {
        var client = await SignedInClient.SignInAsync(factory, "teammanager@demo.local");
        await using var db = factory.CreateContext();
        var team = (await db.Users.SingleAsync(u => u.Email == "teammanager@demo.local")).OrgUnitId!.Value;
        var expected = (await CalculatorAsync()).Compute("assessment_45wd", YearToDate, IndicatorScope.ForOrgUnit(team));

        var page = await client.GetDocumentAsync("/indicators/assessment_45wd");
        var link = page.QuerySelector("[data-testid=drill-denominator]")!.GetAttribute("href")!;
        var list = await client.GetDocumentAsync(link);
        var shown = list.QuerySelectorAll("[data-testid=children] tbody tr a")
            .Select(a => long.Parse(a.GetAttribute("href")!["/children/".Length..], System.Globalization.CultureInfo.InvariantCulture))
            .Order().ToList();
        Assert.NotEmpty(shown);
        Assert.All(shown, child => Assert.Contains(child, expected.DenominatorChildIds));
    }

    [Fact]
    public async Task A_lead_member_sees_figures_without_children_and_cannot_drill_down()
    {
        var client = await SignedInClient.SignInAsync(factory, "leadmember@demo.local");
        var page = await client.GetDocumentAsync("/indicators/cpp_repeat");
        Assert.Null(page.QuerySelector("[data-testid=drill-numerator]"));
        Assert.Empty(page.QuerySelectorAll("a[href^='/children/']"));
        Assert.Contains("Counts of 1 to 5 are shown as \"c\"", page.Body!.TextContent, StringComparison.Ordinal);
        var cells = page.QuerySelectorAll("[data-testid=teams] tbody td").Select(c => c.TextContent.Trim()).ToList();
        Assert.DoesNotContain(cells, c => c is "1" or "2" or "3" or "4" or "5");

        var response = await client.GetAsync("/indicators/cpp_repeat/children?part=numerator");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_catalogue_lists_every_indicator()
    {
        var client = await SignedInClient.SignInAsync(factory, "director@demo.local");
        var page = await client.GetDocumentAsync("/indicators");
        Assert.Equal(IndicatorCatalogue.All.Count, page.QuerySelectorAll("[data-testid^=value-]").Length);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/indicators/not_an_indicator")).StatusCode);
    }
}
