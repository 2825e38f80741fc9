using System.CommandLine;
using GoldenThread.Core.Returns.CinCensus;
using GoldenThread.Data;
using Spectre.Console;

namespace GoldenThread.Cli;

/// <summary><c>goldenthread export cin|903|annex-a</c>: statutory returns written from the stored data.</summary>
public static class ExportCommand
{
    public static Command Build()
    {
        var export = new Command("export", "Write a statutory return from the stored data.");
        export.Subcommands.Add(BuildCin());
        return export;
    }

    /// <summary>The <c>--year</c> option, checked as a collection year such as 2024-25.</summary>
    public static Option<string> YearOption() => new("--year") { Description = "The collection year, e.g. 2024-25.", Required = true };

    public static Option<string> LaCodeOption() => new("--la") { Description = "The authority's three-digit code for the header.", DefaultValueFactory = _ => "211" };

    private static Command BuildCin()
    {
        var db = GoldenThreadCommandLine.DatabaseOption();
        var year = YearOption();
        var la = LaCodeOption();
        var output = new Option<FileInfo>("--out") { Description = "The XML file to write.", Required = true };
        var command = new Command("cin", "The CIN census XML for a collection year, valid against that year's schema.") { db, year, la, output };
        command.Validators.Add(result => CheckYear(result, year));
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = GoldenThreadCommandLine.ResolveDatabase(parse.GetValue(db));
            await using var context = DatabaseRegistration.CreateContext(settings);
            await DatabaseRegistration.MigrateAsync(context, cancellationToken);
            var all = await ChildLevelDatasetLoader.LoadAsync(context, cancellationToken);
            var collectionYear = parse.GetValue(year)!;
            var census = CinCensusExtract.For(all, collectionYear);
            var file = parse.GetValue(output)!;
            await using (var stream = file.Create())
            {
                CinCensusWriter.Write(census, stream, collectionYear, parse.GetValue(la)!);
            }

            AnsiConsole.MarkupLineInterpolated($"[green]CIN census {collectionYear}[/]: {census.Children.Count:N0} children, {census.Referrals.Count:N0} episodes written to {file.FullName}.");
            return 0;
        });
        return command;
    }

    public static void CheckYear(System.CommandLine.Parsing.CommandResult result, Option<string> year)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.GetValue(year) is { } y && !System.Text.RegularExpressions.Regex.IsMatch(y, "^20[0-9]{2}-[0-9]{2}$"))
        {
            result.AddError($"--year '{y}' is not a collection year in the format 2024-25.");
        }
    }
}
