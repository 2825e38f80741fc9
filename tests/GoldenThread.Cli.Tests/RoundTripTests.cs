using GoldenThread.Data.Tests;

namespace GoldenThread.Cli.Tests;

/// <summary>
/// import → export → import gives identical child-level data: a census exported from the demo authority, loaded into an
/// empty database and exported again, is byte-for-byte the same. SQLite and PostgreSQL.
/// </summary>
public abstract class RoundTripTests<TDatabase>(TDatabase source, TDatabase target, TDatabase third) : IAsyncLifetime
    where TDatabase : TestDatabase
{
    public Task InitializeAsync() => Task.WhenAll(source.InitializeAsync(), target.InitializeAsync(), third.InitializeAsync());

    public async Task DisposeAsync()
    {
        await source.DisposeAsync();
        await target.DisposeAsync();
        await third.DisposeAsync();
    }

    private static string Db(TDatabase database) => database.Settings.ConnectionString;

    private static void AssertRan((int ExitCode, string Error) run) => Assert.True(run.ExitCode == 0, run.Error);

    [Theory]
    [InlineData("2023-24")]
    [InlineData("2024-25")]
    [InlineData("2025-26")]
    public async Task A_CIN_census_survives_import_and_export_unchanged(string year)
    {
        var folder = Directory.CreateTempSubdirectory("goldenthread-roundtrip-");
        var first = Path.Combine(folder.FullName, "first.xml");
        var second = Path.Combine(folder.FullName, "second.xml");
        AssertRan(await CliRunner.RunAsync("demo", "--children", "800", "--years", "4", "--seed", "9", "--today", "2026-11-25", "--db", Db(source)));
        AssertRan(await CliRunner.RunAsync("export", "cin", "--year", year, "--la", "999", "--out", first, "--db", Db(source)));

        var (imported, error) = await CliRunner.RunAsync("import", first, "--db", Db(target));
        Assert.True(imported == 0, error);
        AssertRan(await CliRunner.RunAsync("export", "cin", "--year", year, "--la", "999", "--out", second, "--db", Db(target)));

        var expected = await File.ReadAllBytesAsync(first);
        Assert.True(expected.Length > 10_000, "The census should hold a good number of children.");
        Assert.Equal(expected, await File.ReadAllBytesAsync(second));

        // Loading the same file again changes nothing.
        AssertRan(await CliRunner.RunAsync("import", first, "--db", Db(target)));
        AssertRan(await CliRunner.RunAsync("export", "cin", "--year", year, "--la", "999", "--out", second, "--db", Db(target)));
        Assert.Equal(expected, await File.ReadAllBytesAsync(second));
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task SSDA903_tables_survive_import_and_export_unchanged()
    {
        var folder = Directory.CreateTempSubdirectory("goldenthread-roundtrip-903-");
        var first = folder.CreateSubdirectory("first");
        var second = folder.CreateSubdirectory("second");
        AssertRan(await CliRunner.RunAsync("demo", "--children", "800", "--years", "4", "--seed", "9", "--today", "2026-11-25", "--db", Db(source)));
        AssertRan(await CliRunner.RunAsync("export", "903", "--year", "2024-25", "--out", first.FullName, "--db", Db(source)));
        var tables = first.GetFiles("*.csv").OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        Assert.Equal(11, tables.Count);

        var (imported, error) = await CliRunner.RunAsync(["import", .. tables.Select(t => t.FullName), "--db", Db(target)]);
        Assert.True(imported == 0, error);
        AssertRan(await CliRunner.RunAsync("export", "903", "--year", "2024-25", "--out", second.FullName, "--db", Db(target)));
        foreach (var table in tables)
        {
            Assert.Equal(await File.ReadAllTextAsync(table.FullName), await File.ReadAllTextAsync(Path.Combine(second.FullName, table.Name)));
        }

        Assert.True(new FileInfo(tables.Single(t => t.Name == "ssda903_2024-25_episodes.csv").FullName).Length > 2_000);
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task An_Annex_A_workbook_survives_import_export_import_unchanged()
    {
        var folder = Directory.CreateTempSubdirectory("goldenthread-roundtrip-annexa-");
        var a = Path.Combine(folder.FullName, "a.xlsx");
        var b = Path.Combine(folder.FullName, "b.xlsx");
        var c = Path.Combine(folder.FullName, "c.xlsx");
        AssertRan(await CliRunner.RunAsync("demo", "--children", "800", "--years", "4", "--seed", "9", "--today", "2026-11-25", "--db", Db(source)));
        AssertRan(await CliRunner.RunAsync("export", "annex-a", "--as-at", "2026-09-30", "--out", a, "--db", Db(source)));
        var (code, error) = await CliRunner.RunAsync("import", a, "--as-at", "2026-09-30", "--db", Db(target));
        Assert.True(code == 0, error);
        AssertRan(await CliRunner.RunAsync("export", "annex-a", "--as-at", "2026-09-30", "--out", b, "--db", Db(target)));
        (code, error) = await CliRunner.RunAsync("import", b, "--as-at", "2026-09-30", "--db", Db(third));
        Assert.True(code == 0, error);
        AssertRan(await CliRunner.RunAsync("export", "annex-a", "--as-at", "2026-09-30", "--out", c, "--db", Db(third)));

        var sheets = MiniExcelLibs.MiniExcel.GetSheetNames(b);
        Assert.Equal(11, sheets.Count);
        foreach (var sheet in sheets)
        {
            Assert.Equal(Cells(b, sheet), Cells(c, sheet));
        }

        Assert.True(Cells(b, sheets[2]).Count > 20, "The referrals list should hold rows.");
        folder.Delete(recursive: true);
    }

    private static List<string> Cells(string path, string sheet) =>
        [.. MiniExcelLibs.MiniExcel.Query(path, sheetName: sheet).Cast<IDictionary<string, object?>>().Select(row => string.Join('|', row.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))))];
}

public sealed class SqliteRoundTripTests() : RoundTripTests<SqliteTestDatabase>(new SqliteTestDatabase(), new SqliteTestDatabase(), new SqliteTestDatabase());

public sealed class PostgreSqlRoundTripTests() : RoundTripTests<PostgreSqlTestDatabase>(new PostgreSqlTestDatabase(), new PostgreSqlTestDatabase(), new PostgreSqlTestDatabase());
