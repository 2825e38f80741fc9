using System.CommandLine;
using System.Diagnostics;
using GoldenThread.Core.Calendar;
using GoldenThread.Core.Returns;
using GoldenThread.Core.Returns.CinCensus;
using GoldenThread.Core.Returns.Ssda903;
using GoldenThread.Core.Validation;
using GoldenThread.Data;
using Spectre.Console;

namespace GoldenThread.Cli;

/// <summary>
/// <c>goldenthread validate</c>: DfE's validation rules over return files (no database needed) or over the stored data for a year.
/// Exit code 0 whenever it ran, whatever it found.
/// </summary>
public static class ValidateCommand
{
    public static Command Build()
    {
        var db = GoldenThreadCommandLine.DatabaseOption();
        var files = new Argument<FileInfo[]>("FILE") { Description = "Return files to validate (a CIN census XML, SSDA903 tables or XML). Leave out to validate stored data.", Arity = ArgumentArity.ZeroOrMore };
        var previous = new Option<FileInfo[]>("--previous") { Description = "Last year's SSDA903 tables, for the rules that compare years.", AllowMultipleArgumentsPerToken = true };
        var collection = new Option<string?>("--collection") { Description = "cin or 903: which return the files are (normally recognised from the content)." };
        var year = new Option<string?>("--year") { Description = "The collection year, e.g. 2024-25 (required with stored data)." };
        var output = new Option<FileInfo>("--out") { Description = "The report to write.", Required = true };
        var format = new Option<string>("--format") { Description = "csv or xlsx.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "xlsx");
        collection.AcceptOnlyFromAmong("cin", "903");
        var command = new Command("validate", "Run DfE's validation rules and write one row per finding: child_id,rule_code,severity,table,field,value,message.")
        {
            db, files, previous, collection, year, output, format,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(year) is { } y && !System.Text.RegularExpressions.Regex.IsMatch(y, "^20[0-9]{2}-[0-9]{2}$"))
            {
                result.AddError($"--year '{y}' is not a collection year in the format 2024-25.");
            }

            if ((result.GetValue(files) ?? []).Length == 0 && result.GetValue(year) is null)
            {
                result.AddError("Give the files to validate, or --year to validate the stored data.");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var stopwatch = Stopwatch.StartNew();
            var calendar = WorkingDayCalendar.EnglandAndWales;
            var findings = new List<RuleFinding>();
            var paths = parse.GetValue(files) ?? [];
            try
            {
                if (paths.Length > 0)
                {
                    var current = Read(paths, parse.GetValue(year), parse.GetValue(collection));
                    var last = parse.GetValue(previous) is { Length: > 0 } earlier ? Read(earlier, null, "903") : null;
                    findings.AddRange(FromProblems(current));
                    findings.AddRange(RuleCatalogue.Validate(new ValidationContext(current, calendar, last)));
                }
                else
                {
                    var settings = GoldenThreadCommandLine.ResolveDatabase(parse.GetValue(db));
                    await using var context = DatabaseRegistration.CreateContext(settings);
                    await DatabaseRegistration.MigrateAsync(context, cancellationToken);
                    var all = await ChildLevelDatasetLoader.LoadAsync(context, cancellationToken);
                    var collectionYear = parse.GetValue(year)!;
                    var lastYear = CollectionYears.Of(CollectionYears.ReferenceDate(collectionYear).AddYears(-1));
                    var wanted = parse.GetValue(collection);
                    if (wanted is null or "cin")
                    {
                        findings.AddRange(RuleCatalogue.Validate(new ValidationContext(CinCensusExtract.For(all, collectionYear), calendar)));
                    }

                    if (wanted is null or "903")
                    {
                        findings.AddRange(RuleCatalogue.Validate(new ValidationContext(Ssda903Extract.For(all, collectionYear), calendar, Ssda903Extract.For(all, lastYear))));
                    }
                }
            }
            catch (ReturnFormatException ex)
            {
                await Console.Error.WriteLineAsync($"goldenthread validate: {ex.Message}");
                return 2;
            }

            var file = parse.GetValue(output)!;
            if (parse.GetValue(format) == "xlsx")
            {
                await using var stream = file.Create();
                FindingReport.WriteWorkbook(findings, stream);
            }
            else
            {
                await using var writer = new StreamWriter(file.FullName, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                FindingReport.WriteCsv(findings, writer);
            }

            var errors = findings.Count(f => f.Severity == Severity.Error);
            AnsiConsole.MarkupLineInterpolated(
                $"[green]Validated[/] in {stopwatch.Elapsed.TotalSeconds:F1} s: {errors:N0} errors and {findings.Count - errors:N0} queries for {findings.Select(f => f.LaChildId).Where(c => !string.IsNullOrEmpty(c)).Distinct().Count():N0} children, written to {file.FullName}.");
            return 0;
        });
        return command;
    }

    private static ChildLevelDataset Read(FileInfo[] paths, string? year, string? collection)
    {
        foreach (var missing in paths.Where(p => !p.Exists))
        {
            throw new ReturnFormatException(new SourceLocation(missing.FullName, null, null, null), "there is no such file");
        }

        var parsed = ReturnReader.Read([.. paths.Select(p => ReturnFile.FromPath(p.FullName))], year);
        var expected = collection switch { "cin" => ReturnCollections.CinCensus, "903" => ReturnCollections.Ssda903, _ => null };
        if (expected is not null && parsed.Data.Collection != expected)
        {
            throw new ReturnFormatException(new SourceLocation(parsed.FileName, null, null, null), $"these files are a {parsed.Data.Collection} return, not {collection}");
        }

        return parsed.Data;
    }

    private static IEnumerable<RuleFinding> FromProblems(ChildLevelDataset data) =>
        data.Problems.Select(p => new RuleFinding("FILE", Severity.Query, null, p.Location.File, p.Location.ElementOrField ?? string.Empty, null, p.Message, p.Location));
}
