using System.Globalization;
using GoldenThread.Core.Indicators;
using GoldenThread.Data;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Cli.Tests;

public sealed class SnapshotsCommandTests
{
    [Fact]
    public async Task Freeze_closes_each_month_once_with_the_same_figures_as_kpi()
    {
        var path = CliRunner.TempDatabase();
        Assert.Equal(0, (await CliRunner.RunAsync("demo", "--children", "150", "--years", "2", "--seed", "3", "--today", "2026-11-25", "--db", path)).ExitCode);

        // On 25 November with 5 days' grace October has closed; three months back: August, September, October.
        Assert.Equal(0, (await CliRunner.RunAsync("snapshots", "freeze", "--today", "2026-11-25", "--backfill-months", "3", "--db", path)).ExitCode);
        var csv = Path.Combine(Path.GetTempPath(), $"goldenthread-kpi-{Guid.NewGuid():N}.csv");
        Assert.Equal(0, (await CliRunner.RunAsync("kpi", "--from", "2026-10-01", "--to", "2026-10-31", "--indicator", "referrals", "assessment_45wd", "--out", csv, "--db", path)).ExitCode);
        await using (var db = DatabaseRegistration.CreateContext(DatabaseSettings.FromDbArgument(path)))
        {
            var authority = await db.OrgUnits.Where(u => u.Kind == Core.Model.OrgUnitKind.Authority).Select(u => u.Code).SingleAsync();
            var authorityRows = (await File.ReadAllLinesAsync(csv)).Skip(1).Select(l => l.Split(',')).Where(f => f[1] == authority).ToDictionary(f => f[0], f => f[6]);
            var months = await db.IndicatorSnapshots.Select(s => s.MonthEnd).Distinct().ToListAsync();
            Assert.Equal([new DateOnly(2026, 8, 31), new DateOnly(2026, 9, 30), new DateOnly(2026, 10, 31)], months.Order());
            foreach (var id in new[] { "referrals", "assessment_45wd" })
            {
                var frozen = await db.IndicatorSnapshots.SingleAsync(s => s.IndicatorId == id && s.OrgUnitId == null && s.PeriodKind == PeriodKind.Month && s.MonthEnd == new DateOnly(2026, 10, 31));
                Assert.Equal(decimal.Parse(authorityRows[id], CultureInfo.InvariantCulture), frozen.Value!.Value, 6);
            }

            var units = await db.OrgUnits.CountAsync(u => u.Kind != Core.Model.OrgUnitKind.Authority);
            Assert.True(units > 0);
            Assert.Equal(IndicatorCatalogue.All.Count * 3 * 2 * (units + 1), await db.IndicatorSnapshots.CountAsync());
        }

        var (again, _) = await CliRunner.RunAsync("snapshots", "freeze", "--today", "2026-11-25", "--backfill-months", "3", "--db", path);
        Assert.Equal(0, again);
        await using (var db = DatabaseRegistration.CreateContext(DatabaseSettings.FromDbArgument(path)))
        {
            Assert.Equal(3, await db.IndicatorSnapshots.Select(s => s.MonthEnd).Distinct().CountAsync());
        }

        var (bad, error) = await CliRunner.RunAsync("snapshots", "freeze", "--close-after-days", "40", "--db", path);
        Assert.NotEqual(0, bad);
        Assert.Contains("--close-after-days must be between 0 and 27.", error, StringComparison.Ordinal);
        File.Delete(path);
        File.Delete(csv);
    }

    [Fact]
    public async Task Freeze_with_only_the_date_backfills_the_default_24_months_keeping_the_children_behind_month_figures()
    {
        var path = CliRunner.TempDatabase();
        Assert.Equal(0, (await CliRunner.RunAsync("demo", "--children", "150", "--years", "3", "--seed", "3", "--today", "2026-11-25", "--db", path)).ExitCode);
        var (exit, error) = await CliRunner.RunAsync("snapshots", "freeze", "--today", "2026-11-25", "--db", path);
        Assert.True(exit == 0, error); // the default of 24 months was refused as 0 before
        await using (var db = DatabaseRegistration.CreateContext(DatabaseSettings.FromDbArgument(path)))
        {
            Assert.Equal(24, await db.IndicatorSnapshots.Select(s => s.MonthEnd).Distinct().CountAsync());
            Assert.Equal(await db.IndicatorSnapshots.CountAsync(s => s.PeriodKind == PeriodKind.Month), await db.IndicatorSnapshots.CountAsync(s => s.NumeratorChildIds != null));
            Assert.Equal(0, await db.IndicatorSnapshots.CountAsync(s => s.PeriodKind == PeriodKind.RollingTwelveMonths && s.NumeratorChildIds != null));
        }

        File.Delete(path);
    }
}
