using GoldenThread.Data;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Cli.Tests;

public sealed class BackupCommandTests
{
    [Fact]
    public async Task A_backup_restores_the_database_exactly()
    {
        var path = CliRunner.TempDatabase();
        var backup = CliRunner.TempDatabase();
        Assert.Equal(0, (await CliRunner.RunAsync("demo", "--children", "120", "--years", "2", "--seed", "5", "--today", "2026-11-25", "--db", path)).ExitCode);
        var before = await SnapshotAsync(path);

        Assert.Equal(0, (await CliRunner.RunAsync("backup", "--db", path, "--out", backup)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync("loads", "rollback", "1", "--db", path)).ExitCode);
        Assert.NotEqual(before, await SnapshotAsync(path));

        Assert.Equal(0, (await CliRunner.RunAsync("restore", "--db", path, "--from", backup)).ExitCode);
        Assert.Equal(before, await SnapshotAsync(path));

        var (code, error) = await CliRunner.RunAsync("backup", "--db", path, "--out", backup);
        Assert.Equal(2, code);
        Assert.EndsWith("already exists; choose a new file name." + Environment.NewLine, error, StringComparison.Ordinal);
        File.Delete(path);
        File.Delete(backup);
    }

    [Fact]
    public async Task PostgreSQL_backups_point_to_pg_dump()
    {
        var (code, error) = await CliRunner.RunAsync("backup", "--db", "Host=127.0.0.1;Database=none", "--out", CliRunner.TempDatabase());
        Assert.Equal(2, code);
        Assert.StartsWith("goldenthread backup: For PostgreSQL use the server's own tools, for example: pg_dump", error, StringComparison.Ordinal);
    }

    private static async Task<string> SnapshotAsync(string path)
    {
        await using var db = DatabaseRegistration.CreateContext(DatabaseSettings.FromDbArgument(path));
        var children = await db.Children.OrderBy(c => c.Id).Select(c => c.LaChildId + c.BirthDate).ToListAsync();
        var referrals = await db.Referrals.IgnoreQueryFilters().OrderBy(r => r.Id).Select(r => r.Id + ":" + r.ChildId + ":" + r.ReferralDate).ToListAsync();
        var loads = await db.DataLoads.OrderBy(l => l.Id).Select(l => l.Id + ":" + l.Status).ToListAsync();
        return string.Join('|', children) + "#" + string.Join('|', referrals) + "#" + string.Join('|', loads);
    }
}
