using System.CommandLine;
using System.Globalization;
using GoldenThread.Core.Returns.AnnexA;
using GoldenThread.Core.Returns.CinCensus;
using GoldenThread.Core.Returns.Ssda903;
using GoldenThread.Data;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace GoldenThread.Cli;

/// <summary><c>goldenthread export cin|903|annex-a</c>: statutory returns written from the stored data.</summary>
public static class ExportCommand
{
    public static Command Build()
    {
        var export = new Command("export", "Write a statutory return from the stored data.");
        export.Subcommands.Add(BuildCin());
        export.Subcommands.Add(BuildSsda903());
        export.Subcommands.Add(BuildAnnexA());
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
            var (all, _) = await ReadStoredDataAsync(parse.GetValue(db), cancellationToken);
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

    private static Command BuildSsda903()
    {
        var db = GoldenThreadCommandLine.DatabaseOption();
        var year = YearOption();
        var output = new Option<DirectoryInfo>("--out") { Description = "The folder to write the CSV tables into.", Required = true };
        var xml = new Option<bool>("--xml") { Description = "Also write the return as one SSDA903 XML file in the folder." };
        var command = new Command("903", "The SSDA903 return for a collection year: one CSV file per table, with the DfE column headers.") { db, year, output, xml };
        command.Validators.Add(result => CheckYear(result, year));
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (all, _) = await ReadStoredDataAsync(parse.GetValue(db), cancellationToken);
            var collectionYear = parse.GetValue(year)!;
            var extract = Ssda903Extract.For(all, collectionYear);
            var folder = parse.GetValue(output)!;
            folder.Create();
            var files = Ssda903CsvWriter.Write(extract, folder.FullName);
            if (parse.GetValue(xml))
            {
                await using var stream = File.Create(Path.Combine(folder.FullName, $"ssda903_{collectionYear}.xml"));
                Ssda903XmlWriter.Write(extract, stream);
            }

            AnsiConsole.MarkupLineInterpolated($"[green]SSDA903 {collectionYear}[/]: {extract.Children.Count:N0} children, {extract.CareEpisodes.Count:N0} episodes, {files.Count} tables written to {folder.FullName}.");
            return 0;
        });
        return command;
    }

    private static Command BuildAnnexA()
    {
        var db = GoldenThreadCommandLine.DatabaseOption();
        var asAt = new Option<string>("--as-at") { Description = "The inspection date, yyyy-mm-dd: each list covers the six months before it.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The workbook to write (.xlsx).", Required = true };
        var command = new Command("annex-a", "Ofsted's Annex A workbook: the 11 child-level lists, one sheet each, for the six months before a date.") { db, asAt, output };
        command.Validators.Add(result =>
        {
            if (result.GetValue(asAt) is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                result.AddError($"--as-at '{text}' is not a date in the format 2025-03-31.");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (all, teams) = await ReadStoredDataAsync(parse.GetValue(db), cancellationToken);
            var date = DateOnly.ParseExact(parse.GetValue(asAt)!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var file = parse.GetValue(output)!;
            await using (var stream = file.Create())
            {
                AnnexAWorkbookWriter.Write(all, date, stream, teams);
            }

            AnsiConsole.MarkupLineInterpolated($"[green]Annex A as at {date:d MMMM yyyy}[/] written to {file.FullName}.");
            return 0;
        });
        return command;
    }

    /// <summary>Every current record, and the org units' names, read from the database the user named.</summary>
    private static async Task<(GoldenThread.Core.Returns.ChildLevelDataset All, Dictionary<long, string> Teams)> ReadStoredDataAsync(string? db, CancellationToken cancellationToken)
    {
        var settings = GoldenThreadCommandLine.ResolveDatabase(db);
        await using var context = DatabaseRegistration.CreateContext(settings);
        await DatabaseRegistration.MigrateAsync(context, cancellationToken);
        var all = await ChildLevelDatasetLoader.LoadAsync(context, cancellationToken);
        var teams = await context.OrgUnits.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return (all, teams);
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
