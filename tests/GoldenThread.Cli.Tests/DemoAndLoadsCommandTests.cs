using GoldenThread.Core.Model;
using GoldenThread.Data;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Cli.Tests;

public sealed class DemoAndLoadsCommandTests
{
    [Fact]
    public async Task Demo_creates_a_synthetic_load_once_and_rollback_removes_it()
    {
        var path = CliRunner.TempDatabase();
        var (code, _) = await CliRunner.RunAsync("demo", "--children", "150", "--years", "2", "--seed", "3", "--today", "2026-11-25", "--db", path);
        Assert.Equal(0, code);
        await using (var db = DatabaseRegistration.CreateContext(DatabaseSettings.FromDbArgument(path)))
        {
            var load = await db.DataLoads.SingleAsync();
            Assert.True(load.IsSynthetic);
            Assert.Equal(150, await db.Children.CountAsync());
        }

        var (again, error) = await CliRunner.RunAsync("demo", "--children", "150", "--years", "2", "--today", "2026-11-25", "--db", path);
        Assert.Equal(2, again);
        Assert.Contains("already holds child-level data", error, StringComparison.Ordinal);

        Assert.Equal(0, (await CliRunner.RunAsync("loads", "list", "--db", path)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync("loads", "rollback", "1", "--db", path)).ExitCode);
        await using (var db = DatabaseRegistration.CreateContext(DatabaseSettings.FromDbArgument(path)))
        {
            Assert.Equal(0, await db.Children.CountAsync());
            Assert.Equal(0, await db.Referrals.IgnoreQueryFilters().CountAsync());
            Assert.Equal(DataLoadStatus.RolledBack, (await db.DataLoads.SingleAsync()).Status);
        }

        var (twice, twiceError) = await CliRunner.RunAsync("loads", "rollback", "1", "--db", path);
        Assert.Equal(2, twice);
        Assert.Equal("goldenthread loads rollback: Load 1 is rolled back; only a current load can be rolled back." + Environment.NewLine, twiceError);
        File.Delete(path);
    }

    [Fact]
    public async Task Bad_options_are_refused_with_a_message_and_a_non_zero_exit()
    {
        var (code, error) = await CliRunner.RunAsync("demo", "--children", "0", "--today", "31/03/2025", "--db", CliRunner.TempDatabase());
        Assert.NotEqual(0, code);
        Assert.Contains("--children must be between 1 and 500000.", error, StringComparison.Ordinal);
        Assert.Contains("--today '31/03/2025' is not a date in the format 2025-03-31.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Db_migrate_creates_an_empty_database()
    {
        var path = CliRunner.TempDatabase();
        Assert.Equal(0, (await CliRunner.RunAsync("db", "migrate", "--db", path)).ExitCode);
        await using var db = DatabaseRegistration.CreateContext(DatabaseSettings.FromDbArgument(path));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Children.CountAsync());
        File.Delete(path);
    }
}
