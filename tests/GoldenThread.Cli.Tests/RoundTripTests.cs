using GoldenThread.Data.Tests;

namespace GoldenThread.Cli.Tests;

/// <summary>
/// import → export → import gives identical child-level data: a census exported from the demo authority, loaded into an
/// empty database and exported again, is byte-for-byte the same. SQLite and PostgreSQL.
/// </summary>
public abstract class RoundTripTests<TDatabase>(TDatabase source, TDatabase target) : IAsyncLifetime
    where TDatabase : TestDatabase
{
    public Task InitializeAsync() => Task.WhenAll(source.InitializeAsync(), target.InitializeAsync());

    public async Task DisposeAsync()
    {
        await source.DisposeAsync();
        await target.DisposeAsync();
    }

    private static string Db(TDatabase database) => database.Settings.ConnectionString;

    [Theory]
    [InlineData("2023-24")]
    [InlineData("2024-25")]
    [InlineData("2025-26")]
    public async Task A_CIN_census_survives_import_and_export_unchanged(string year)
    {
        var folder = Directory.CreateTempSubdirectory("goldenthread-roundtrip-");
        var first = Path.Combine(folder.FullName, "first.xml");
        var second = Path.Combine(folder.FullName, "second.xml");
        Assert.Equal(0, (await CliRunner.RunAsync("demo", "--children", "800", "--years", "4", "--seed", "9", "--today", "2026-11-25", "--db", Db(source))).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync("export", "cin", "--year", year, "--la", "999", "--out", first, "--db", Db(source))).ExitCode);

        var (imported, error) = await CliRunner.RunAsync("import", first, "--db", Db(target));
        Assert.True(imported == 0, error);
        Assert.Equal(0, (await CliRunner.RunAsync("export", "cin", "--year", year, "--la", "999", "--out", second, "--db", Db(target))).ExitCode);

        var expected = await File.ReadAllBytesAsync(first);
        Assert.True(expected.Length > 10_000, "The census should hold a good number of children.");
        Assert.Equal(expected, await File.ReadAllBytesAsync(second));

        // Loading the same file again changes nothing.
        Assert.Equal(0, (await CliRunner.RunAsync("import", first, "--db", Db(target))).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync("export", "cin", "--year", year, "--la", "999", "--out", second, "--db", Db(target))).ExitCode);
        Assert.Equal(expected, await File.ReadAllBytesAsync(second));
        folder.Delete(recursive: true);
    }
}

public sealed class SqliteRoundTripTests() : RoundTripTests<SqliteTestDatabase>(new SqliteTestDatabase(), new SqliteTestDatabase());

public sealed class PostgreSqlRoundTripTests() : RoundTripTests<PostgreSqlTestDatabase>(new PostgreSqlTestDatabase(), new PostgreSqlTestDatabase());
