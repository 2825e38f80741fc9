using GoldenThread.Core.Model;
using GoldenThread.Data.Loads;
using GoldenThread.Web.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GoldenThread.Web.Tests;

/// <summary>Closed months are frozen; when later data change a month's figure the page shows both, with the restatement flagged.</summary>
public sealed class MonthEndSnapshotTests(SqliteWebFactory factory) : IClassFixture<SqliteWebFactory>
{
    [Fact]
    public async Task A_frozen_month_shows_beside_its_restated_figure_after_the_data_change()
    {
        var service = factory.Services.GetRequiredService<MonthEndSnapshotService>();
        var frozen = await service.CloseMonthsAsync(default);
        Assert.Equal(24, frozen.Count); // 25 November 2026, 5 days' grace: November 2024 to October 2026
        Assert.Equal((new DateOnly(2024, 11, 30), new DateOnly(2026, 10, 31)), (frozen[0], frozen[^1]));
        Assert.Empty(await service.CloseMonthsAsync(default)); // each month closes once

        var client = await SignedInClient.SignInAsync(factory, "analyst@demo.local");
        var before = await client.GetDocumentAsync("/indicators/referrals");
        Assert.Null(before.QuerySelector("[data-testid=restated-warning]"));
        var rows = before.QuerySelectorAll("[data-testid=trend] tbody tr");
        var october = rows.Single(r => r.QuerySelector("th")!.TextContent.Trim() == "October 2026");
        var cells = october.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(cells[0], cells[3]); // frozen at month end = computed now
        Assert.Equal("No", cells[4]);
        Assert.NotEqual("0", cells[0]); // the trend runs December 2024 to November 2026: 23 closed months
        var frozenOctober = cells[3];

        await using (var db = factory.CreateContext())
        {
            var load = await db.DataLoads.SingleAsync(l => l.Status == DataLoadStatus.Committed && l.ChildCount > 0);
            await new LoadRollback(db).RollbackAsync(load.Id, "test", factory.Clock.GetUtcNow());
        }

        var after = await client.GetDocumentAsync("/indicators/referrals");
        Assert.Contains("23 months have been restated", after.QuerySelector("[data-testid=restated-warning]")!.TextContent, StringComparison.Ordinal);
        var restated = after.QuerySelectorAll("[data-testid=trend] tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "October 2026");
        var now = restated.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("0", now[0]);
        Assert.Equal(frozenOctober, now[3]);
        Assert.StartsWith("Restated", now[4], StringComparison.Ordinal);
        Assert.Contains($"-{frozenOctober} since frozen on 25 November 2026", now[4], StringComparison.Ordinal);
    }
}
