using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Tests;

public abstract class OverviewTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GoldenThreadWebFactory
{
    private static long Figure(IHtmlDocument page, string slug)
    {
        var element = page.QuerySelector($"[data-testid=count-{slug}]") ?? throw new InvalidOperationException($"No figure {slug} on the page.");
        return long.Parse(element.ChildNodes[0].TextContent.Trim(), NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en-GB"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2025-03-31")]
    [InlineData("2024-09-30")]
    public async Task Headline_counts_equal_independent_counts_from_the_database(string? date)
    {
        var asAt = date is null ? GoldenThreadWebFactory.Today : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var client = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        var page = await client.GetDocumentAsync(date is null ? "/overview" : $"/overview?date={date}");

        var openReferrals = await IndependentCounts.OpenReferralsAsync(factory, asAt);
        Assert.True(openReferrals > 20, $"The demo authority should have open referrals; it has {openReferrals}.");
        Assert.Equal(openReferrals, Figure(page, "open-referrals"));
        Assert.Equal(await IndependentCounts.ChildrenInNeedAsync(factory, asAt), Figure(page, "children-in-need"));
        Assert.Equal(await IndependentCounts.ChildProtectionPlansAsync(factory, asAt), Figure(page, "child-protection-plans"));
        Assert.Equal(await IndependentCounts.ChildrenLookedAfterAsync(factory, asAt), Figure(page, "children-looked-after"));
        Assert.Equal(await IndependentCounts.CareLeaversAsync(factory, asAt), Figure(page, "care-leavers"));
        Assert.Contains($"Overview as at {asAt.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_children_behind_a_figure_are_listed_a_page_at_a_time()
    {
        var client = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        var overview = await client.GetDocumentAsync("/overview");
        var expected = Figure(overview, "children-in-need");
        var list = await client.GetDocumentAsync("/overview/children-in-need?date=2026-11-25");
        Assert.Equal($"{expected.ToString("N0", CultureInfo.GetCultureInfo("en-GB"))} children", list.QuerySelector("[data-testid=total]")!.TextContent.Trim());
        var rows = list.QuerySelectorAll("[data-testid=children] tbody tr");
        Assert.Equal(Math.Min(50, expected), rows.Length);
        if (expected > 50)
        {
            var last = await client.GetDocumentAsync($"/overview/children-in-need?date=2026-11-25&page={(expected + 49) / 50}");
            Assert.Equal(expected - (((expected + 49) / 50) - 1) * 50, last.QuerySelectorAll("[data-testid=children] tbody tr").Length);
        }
    }

    [Fact]
    public async Task A_date_that_is_not_real_is_reported_in_GOV_UK_words()
    {
        var client = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        var page = await client.GetDocumentAsync("/overview?date-day=31&date-month=2&date-year=2025");
        Assert.Equal("Error: Enter a date in the format 31 3 2025", page.QuerySelector("#date-error")!.TextContent.Trim());
    }

    [Fact]
    public async Task Health_answers_without_signing_in()
    {
        var response = await SignedInClient.Anonymous(factory).GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pages_need_sign_in()
    {
        var response = await SignedInClient.Anonymous(factory).GetAsync(new Uri("/overview", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/sign-in?ReturnUrl=%2Foverview", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_synthetic_data_banner_shows_on_every_page()
    {
        var client = await SignedInClient.SignInAsync(factory, "director@demo.local");
        var page = await client.GetDocumentAsync("/overview");
        Assert.NotNull(page.QuerySelector("[data-testid=synthetic-banner]"));
        await using var db = factory.CreateContext();
        Assert.True(await db.DataLoads.AnyAsync(l => l.IsSynthetic));
    }
}

public sealed class SqliteOverviewTests(SqliteWebFactory factory) : OverviewTests<SqliteWebFactory>(factory);

public sealed class PostgreSqlOverviewTests(PostgreSqlWebFactory factory) : OverviewTests<PostgreSqlWebFactory>(factory);
