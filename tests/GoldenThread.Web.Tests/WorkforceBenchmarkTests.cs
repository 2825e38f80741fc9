using GoldenThread.Core.Published;
using GoldenThread.Data.Published;

namespace GoldenThread.Web.Tests;

/// <summary>A factory that loads the shipped DfE statistics on start, as a real first start does.</summary>
public sealed class PublishedStatisticsWebFactory : SqliteWebFactory
{
    protected override bool LoadPublishedStatistics => true;
}

public sealed class WorkforceBenchmarkTests(PublishedStatisticsWebFactory factory) : IClassFixture<PublishedStatisticsWebFactory>
{
    [Fact]
    public async Task The_workforce_page_sets_local_figures_beside_the_published_workforce_figures()
    {
        var client = await SignedInClient.SignInAsync(factory, "director@demo.local");
        var page = await client.GetDocumentAsync("/workforce");
        var rows = page.QuerySelectorAll("[data-testid=workforce-published] tbody tr");
        Assert.Equal(4, rows.Length);

        await using var db = factory.CreateContext();
        var measure = PublishedMeasures.Get("workforce_caseload");
        var expected = await new PublishedStatisticsStore(db).BenchmarkAsync("211", measure, Polarity.LowerIsBetter);
        Assert.NotNull(expected);
        var caseload = rows[0].QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(measure.Format(expected.Authority), caseload[1]);
        Assert.Equal(measure.Format(expected.England), caseload[3]);
        Assert.StartsWith("Cases per case-holding FTE (", rows[0].QuerySelector("th")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Indicator_pages_show_benchmarks_when_the_statistics_are_loaded()
    {
        var client = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        var page = await client.GetDocumentAsync("/indicators/rereferral_12m");
        var benchmark = page.QuerySelector("[data-testid=benchmark]");
        Assert.NotNull(benchmark);
        Assert.Contains("Statistical neighbours (median)", benchmark.TextContent, StringComparison.Ordinal);
    }
}
