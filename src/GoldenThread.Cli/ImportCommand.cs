using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GoldenThread.Core.Returns;
using GoldenThread.Data;
using GoldenThread.Data.Loads;
using Spectre.Console;

namespace GoldenThread.Cli;

/// <summary><c>goldenthread import FILE...</c>: recognise a return from its content and load it as one all-or-nothing load.</summary>
public static class ImportCommand
{
    public static Command Build()
    {
        var db = GoldenThreadCommandLine.DatabaseOption();
        var files = new Argument<FileInfo[]>("FILE") { Description = "The return's files: a CIN census XML, the SSDA903 CSV tables (together) or XML, or an Annex A workbook.", Arity = ArgumentArity.OneOrMore };
        var year = new Option<string?>("--year") { Description = "The collection year, e.g. 2024-25, when it should not be taken from the file." };
        var asAt = new Option<string?>("--as-at") { Description = "For an Annex A workbook: the date it was prepared for, yyyy-mm-dd." };
        var maxMegabytes = new Option<int>("--max-mb") { Description = "Refuse files larger than this many megabytes.", DefaultValueFactory = _ => 500 };
        var command = new Command("import", "Load a statutory return into the database. The load goes in completely or changes nothing; the same file twice changes nothing.")
        {
            db, files, year, asAt, maxMegabytes,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(year) is { } y && !System.Text.RegularExpressions.Regex.IsMatch(y, "^20[0-9]{2}-[0-9]{2}$"))
            {
                result.AddError($"--year '{y}' is not a collection year in the format 2024-25.");
            }

            if (result.GetValue(asAt) is { } d && !DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                result.AddError($"--as-at '{d}' is not a date in the format 2025-03-31.");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var paths = parse.GetValue(files)!;
            foreach (var missing in paths.Where(f => !f.Exists))
            {
                await Console.Error.WriteLineAsync($"goldenthread import: {missing.FullName}: there is no such file.");
                return 2;
            }

            var settings = GoldenThreadCommandLine.ResolveDatabase(parse.GetValue(db));
            var stopwatch = Stopwatch.StartNew();
            if (paths.Length == 1 && IsPublishedStatistics(paths[0]))
            {
                return await LoadPublishedAsync(settings, paths[0], cancellationToken);
            }

            ParsedReturn parsed;
            try
            {
                var date = parse.GetValue(asAt) is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
                parsed = ReturnReader.Read([.. paths.Select(f => ReturnFile.FromPath(f.FullName))], parse.GetValue(year), parse.GetValue(maxMegabytes) * 1024L * 1024L, date);
            }
            catch (ReturnFormatException ex)
            {
                await Console.Error.WriteLineAsync($"goldenthread import: {ex.Message}");
                await Console.Error.WriteLineAsync("Nothing was loaded.");
                return 2;
            }

            var readSeconds = stopwatch.Elapsed.TotalSeconds;
            await using var context = DatabaseRegistration.CreateContext(settings);
            await DatabaseRegistration.MigrateAsync(context, cancellationToken);
            LoadOutcome? outcome = null;
            try
            {
                await AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .StartAsync(async progress =>
                    {
                        var task = progress.AddTask($"Loading {Markup.Escape(parsed.FileName)}", maxValue: Math.Max(1, parsed.Data.RecordCount));
                        var request = new LoadRequest(parsed.FileName, parsed.ComputeSha256(), parsed.Format, Environment.UserName, DateTimeOffset.UtcNow);
                        outcome = await new LoadWriter(context).LoadAsync(parsed.Data, request, new TaskProgress(task), cancellationToken);
                        task.Value = task.MaxValue;
                    });
            }
            catch (ReturnFormatException ex)
            {
                await Console.Error.WriteLineAsync($"goldenthread import: {ex.Message}");
                await Console.Error.WriteLineAsync("Nothing was loaded.");
                return 2;
            }

            var o = outcome!;
            if (o.AlreadyLoaded)
            {
                AnsiConsole.MarkupLineInterpolated($"[yellow]Already loaded[/] as load {o.Load.Id}: nothing was changed.");
                return 0;
            }

            AnsiConsole.MarkupLineInterpolated(
                $"[green]Load {o.Load.Id}[/]: {parsed.Format} {parsed.Data.CollectionYear ?? string.Empty}, {o.Load.ChildCount:N0} children, {o.RecordsWritten:N0} records, {o.RecordsSuperseded:N0} earlier records replaced; read in {readSeconds:F1} s, {stopwatch.Elapsed.TotalSeconds:F1} s in all.");
            foreach (var problem in parsed.Data.Problems.Take(20))
            {
                AnsiConsole.MarkupLineInterpolated($"[yellow]Kept, reported as a finding:[/] {problem.Location}: {problem.Message}");
            }

            if (parsed.Data.Problems.Count > 20)
            {
                AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"… and {parsed.Data.Problems.Count - 20:N0} more; run goldenthread validate for the full report."));
            }

            return 0;
        });
        return command;
    }

    /// <summary>DfE or ONS published statistics in the explore-education-statistics layout, recognised by their columns.</summary>
    private static bool IsPublishedStatistics(FileInfo file)
    {
        using var stream = file.OpenRead();
        return GoldenThread.Core.Published.PublishedFileReader.Recognises(stream, file.Name);
    }

    private static async Task<int> LoadPublishedAsync(DatabaseSettings settings, FileInfo file, CancellationToken cancellationToken)
    {
        await using var context = DatabaseRegistration.CreateContext(settings);
        await DatabaseRegistration.MigrateAsync(context, cancellationToken);
        try
        {
            await using var stream = file.OpenRead();
            var outcome = await GoldenThread.Data.Published.PublishedStatisticsLoader.LoadAsync(context, file.Name, stream, Environment.UserName, DateTimeOffset.UtcNow, cancellationToken);
            AnsiConsole.MarkupLineInterpolated(
                $"[green]Published statistics[/] {outcome.Dataset}: {outcome.Result}, load {outcome.Load.Id}, {outcome.RowsWritten:N0} figures{(outcome.ReplacedLoadId is { } replaced ? $", replacing load {replaced}" : string.Empty)}.");
            return 0;
        }
        catch (ReturnFormatException ex)
        {
            await Console.Error.WriteLineAsync($"goldenthread import: {ex.Message}");
            await Console.Error.WriteLineAsync("Nothing was loaded.");
            return 2;
        }
    }

    private sealed class TaskProgress(ProgressTask task) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => task.Value = value.Done;
    }
}
