using GoldenThread.Data;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Cli.Tests;

public sealed class ImportCommandTests
{
    [Fact]
    public async Task Files_that_cannot_be_read_are_refused_naming_the_file_and_nothing_is_loaded()
    {
        var folder = Directory.CreateTempSubdirectory("goldenthread-import-");
        var empty = Path.Combine(folder.FullName, "empty.xml");
        await File.WriteAllTextAsync(empty, string.Empty);
        var notes = Path.Combine(folder.FullName, "notes.txt");
        await File.WriteAllTextAsync(notes, "meeting notes\n");
        var db = CliRunner.TempDatabase();

        var (code, error) = await CliRunner.RunAsync("import", empty, "--db", db);
        Assert.Equal(2, code);
        Assert.Equal($"goldenthread import: empty.xml: the file is empty{Environment.NewLine}Nothing was loaded.{Environment.NewLine}", error);

        (code, error) = await CliRunner.RunAsync("import", notes, "--db", db);
        Assert.Equal(2, code);
        Assert.StartsWith("goldenthread import: notes.txt, line 1: the format was not recognised", error, StringComparison.Ordinal);

        (code, error) = await CliRunner.RunAsync("import", Path.Combine(folder.FullName, "missing.xml"), "--db", db);
        Assert.Equal(2, code);
        Assert.EndsWith($"missing.xml: there is no such file.{Environment.NewLine}", error, StringComparison.Ordinal);

        (code, error) = await CliRunner.RunAsync("import", notes, "--year", "2024/25", "--db", db);
        Assert.NotEqual(0, code);
        Assert.Contains("--year '2024/25' is not a collection year in the format 2024-25.", error, StringComparison.Ordinal);

        Assert.False(File.Exists(db) && await HasLoadsAsync(db));
        folder.Delete(recursive: true);
    }

    private static async Task<bool> HasLoadsAsync(string path)
    {
        await using var context = DatabaseRegistration.CreateContext(DatabaseSettings.FromDbArgument(path));
        return await context.DataLoads.AnyAsync();
    }
}

public sealed class PublishedStatisticsImportTests
{
    [Fact]
    public async Task A_DfE_published_file_goes_to_the_benchmark_store_once()
    {
        var source = Path.Combine(Directory.GetCurrentDirectory(), "..", "..", "..", "..", "..", "..", "shared", "reference", "dfe-published", "d3_cpps_subsequent_plan_2013_to_2025.csv");
        Assert.True(File.Exists(source), source);
        var db = CliRunner.TempDatabase();
        var (code, error) = await CliRunner.RunAsync("import", source, "--db", db);
        Assert.True(code == 0, error);
        (code, error) = await CliRunner.RunAsync("import", source, "--db", db);
        Assert.True(code == 0, error);
        await using var context = GoldenThread.Data.DatabaseRegistration.CreateContext(GoldenThread.Data.DatabaseSettings.FromDbArgument(db));
        var load = Assert.Single(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(context.DataLoads));
        Assert.Equal("dfe-published", load.Collection);
        Assert.True(load.RecordCount > 1000 || await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(context.PublishedStatistics) > 1000);
        File.Delete(db);
    }
}
