using System.Diagnostics;
using System.Globalization;
using GoldenThread.Core.Calendar;
using GoldenThread.Core.Demo;
using GoldenThread.Core.Returns.CinCensus;
using GoldenThread.Data.Tests;

namespace GoldenThread.Cli.Tests.Resilience;

/// <summary>
/// The real <c>goldenthread</c> process, importing a CIN census of about 20,000 children into a database that already holds
/// a load, is killed with SIGKILL while its load transaction is writing records (its progress on standard output): the earlier data are exactly as they were, and
/// importing the same file again then succeeds. SQLite and PostgreSQL.
/// </summary>
public abstract partial class KillDuringImportTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static readonly TimeSpan MostWait = TimeSpan.FromMinutes(3);

    private static CensusFiles Census => CensusFiles.Shared;

    [Fact]
    public async Task A_killed_import_leaves_the_earlier_load_intact_and_the_file_loads_afterwards()
    {
        var db = database.Settings.ConnectionString;
        var (code, error) = await CliRunner.RunAsync("import", Census.Previous, "--db", db);
        Assert.True(code == 0, error);
        var before = await StoredDataSnapshot.TakeAsync(database.Settings);

        using var process = Start("import", Census.Large, "--db", db);
        var errors = process.StandardError.ReadToEndAsync();
        var output = new System.Text.StringBuilder();
        var clock = Stopwatch.StartNew();
        var killedAt = -1.0;
        var reading = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                lock (output)
                {
                    output.Append(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalSeconds:F1} s: ").AppendLine(line);
                }

                // The load's progress: records are being written inside its transaction, which commits only after 100%.
                // The kill is sent from here, at once, so the load cannot commit in between.
                if (killedAt < 0 && Progress().Match(line) is { Success: true } match && int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) is > 0 and < 100)
                {
                    killedAt = clock.Elapsed.TotalSeconds;
                    process.Kill(entireProcessTree: true);
                }
            }
        });
        var first = await Task.WhenAny(reading, Task.Delay(MostWait));
        Assert.True(first == reading, "the import neither ended nor was killed in time");
        await process.WaitForExitAsync();
        Assert.True(killedAt >= 0, $"the import was not seen writing before it ended: {output}{await errors}");
        Assert.True(process.ExitCode == 137, $"exit code {process.ExitCode}, killed at {killedAt:F1} s: {output}");
        Assert.DoesNotContain("Load 2", output.ToString(), StringComparison.Ordinal);

        Assert.Equal(before, await StoredDataSnapshot.TakeAsync(database.Settings));

        (code, error) = await CliRunner.RunAsync("import", Census.Large, "--db", db);
        Assert.True(code == 0, error);
        var after = await StoredDataSnapshot.TakeAsync(database.Settings);
        Assert.NotEqual(before, after);
        Assert.Contains($"children={Census.LargeChildren + Census.PreviousOnlyChildren}", after, StringComparison.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^Loading .*: ([0-9]+)%$")]
    private static partial System.Text.RegularExpressions.Regex Progress();

    /// <summary>Starts <c>dotnet goldenthread.dll</c> (the CLI built beside the tests) with its output redirected.</summary>
    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "goldenthread.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }
}

/// <summary>Two CIN censuses of one synthetic authority: 2023-24 (the earlier load) and 2024-25 (about 20,000 children).</summary>
public sealed class CensusFiles
{
    private static readonly Lazy<CensusFiles> _shared = new(() => new CensusFiles());

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("goldenthread-kill-");

    private CensusFiles()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => _folder.Delete(recursive: true);
        var demo = DemoAuthorityGenerator.Generate(new DemoOptions(Children: 35_000, Years: 2, Seed: 8, Today: new DateOnly(2025, 3, 31)), WorkingDayCalendar.EnglandAndWales);
        var all = CinCensusExtract.FromDemo(demo);
        var previous = CinCensusExtract.For(all, "2023-24");
        var large = CinCensusExtract.For(all, "2024-25");
        Previous = Path.Combine(_folder.FullName, "cin_2023-24.xml");
        Large = Path.Combine(_folder.FullName, "cin_2024-25.xml");
        using (var stream = File.Create(Previous))
        {
            CinCensusWriter.Write(previous, stream, "2023-24", "211");
        }

        using (var stream = File.Create(Large))
        {
            CinCensusWriter.Write(large, stream, "2024-25", "211");
        }

        LargeChildren = large.Children.Count;
        PreviousOnlyChildren = previous.Children.Select(c => c.LaChildId).Except(large.Children.Select(c => c.LaChildId), StringComparer.Ordinal).Count();
    }

    public string Previous { get; }

    public string Large { get; }

    public int LargeChildren { get; }

    public int PreviousOnlyChildren { get; }

    /// <summary>Written once for the test run (generating the authority takes a few seconds).</summary>
    public static CensusFiles Shared => _shared.Value;
}

public sealed class SqliteKillDuringImportTests(SqliteTestDatabase database) : KillDuringImportTests<SqliteTestDatabase>(database);

public sealed class PostgreSqlKillDuringImportTests(PostgreSqlTestDatabase database) : KillDuringImportTests<PostgreSqlTestDatabase>(database);
