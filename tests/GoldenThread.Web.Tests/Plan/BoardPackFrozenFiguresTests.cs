using GoldenThread.Core.Indicators;
using GoldenThread.Web.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GoldenThread.Web.Tests.Plan;

/// <summary>The board pack's scorecard and the plan's indicator positions use the figures frozen when each month closed.</summary>
public sealed class BoardPackFrozenFiguresTests(SqliteWebFactory factory) : IClassFixture<SqliteWebFactory>
{
    [Fact]
    public async Task The_board_pack_scorecard_shows_the_frozen_month_end_figures()
    {
        var director = await SignedInClient.SignInAsync(factory, "director@demo.local");
        var before = await director.GetDocumentAsync("/plan/board-pack?date=2026-11-25");
        Assert.Contains("No month had closed by this date", before.QuerySelector("[data-testid=pack-scorecard]")!.TextContent, StringComparison.Ordinal);

        await factory.Services.GetRequiredService<MonthEndSnapshotService>().CloseMonthsAsync(default);
        await using var db = factory.CreateContext();
        var frozen = await db.IndicatorSnapshots.SingleAsync(s => s.IndicatorId == "assessment_45wd" && s.OrgUnitId == null
            && s.PeriodKind == PeriodKind.RollingTwelveMonths && s.MonthEnd == new DateOnly(2026, 10, 31));

        var pack = await director.GetDocumentAsync("/plan/board-pack?date=2026-11-25");
        var row = pack.QuerySelectorAll("[data-testid=pack-scorecard] tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.Trim() == IndicatorCatalogue.Get("assessment_45wd").Name);
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("31 October 2026", cells[0]);
        Assert.Equal(IndicatorFormat.Value(IndicatorCatalogue.Get("assessment_45wd"), frozen.Value), cells[1]);
        Assert.Equal(6, cells[2].Split("; ").Length); // May to October's six months before it

        // The same figure, to one decimal place, is the objective's latest reading on the trajectory table.
        var trajectory = pack.QuerySelector("[data-testid=pack-trajectories]")!.TextContent;
        Assert.Contains($"{Math.Round(frozen.Value!.Value, 1, MidpointRounding.AwayFromZero).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}%", trajectory, StringComparison.Ordinal);
    }
}
