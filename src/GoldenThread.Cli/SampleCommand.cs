using System.CommandLine;
using System.Globalization;
using System.Text;
using GoldenThread.Core.Quality;
using GoldenThread.Data;
using GoldenThread.Data.Quality;
using Spectre.Console;

namespace GoldenThread.Cli;

/// <summary>
/// <c>goldenthread sample</c>: draws a reproducible dip sample. The same data, filter, date, size, seed and options always
/// print the same children in the same order, the same draw the web page makes (docs/adr/0011-quality-assurance.md).
/// </summary>
public static class SampleCommand
{
    public static Command Build()
    {
        var db = GoldenThreadCommandLine.DatabaseOption();
        var population = new Option<string>("--population")
        {
            Description = "The population filter, e.g. status=cp;min-weeks=65;service=S-SCP. Keys: status (cin, cp, cla, care-leaver), "
                + "plan (cin, cp, care, pathway), category, legal-status, service, team, min-weeks, max-weeks, min-months, max-months, min-age, max-age.",
            Required = true,
        };
        var size = new Option<int>("--size") { Description = "How many children to draw.", Required = true };
        var seed = new Option<ulong>("--seed") { Description = "The seed, a whole number from 0 to 18446744073709551615: record it to re-draw the same sample.", Required = true };
        var stratify = new Option<string?>("--stratify") { Description = "Stratify by 'team': proportional allocation by largest remainder." };
        var exclude = new Option<int>("--exclude-months") { Description = "Leave out children sampled for audit in this many months before the date.", DefaultValueFactory = _ => 0 };
        var date = new Option<string?>("--date") { Description = "The population date, yyyy-mm-dd (default: today). Give it to re-draw a past sample." };
        var output = new Option<FileInfo>("--out") { Description = "The CSV file to write: draw, la_child_id, team, stratum.", Required = true };
        var command = new Command("sample", "Draw a reproducible dip sample of children for audit and write it to a CSV file.")
        {
            db, population, size, seed, stratify, exclude, date, output,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(size) is < 1 or > 10_000)
            {
                result.AddError("--size must be between 1 and 10000.");
            }

            if (result.GetValue(exclude) is < 0 or > 120)
            {
                result.AddError("--exclude-months must be between 0 and 120.");
            }

            if (result.GetValue(stratify) is { } s && !string.Equals(s, "team", StringComparison.OrdinalIgnoreCase))
            {
                result.AddError($"--stratify '{s}' is not known: the only stratification is 'team'.");
            }

            if (result.GetValue(date) is { } d && !DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                result.AddError($"--date '{d}' is not a date in the format 2025-03-31.");
            }

            if (result.GetValue(population) is { } p && PopulationFilter.TryParse(p, out var problems) is null)
            {
                foreach (var problem in problems)
                {
                    result.AddError(problem + ".");
                }
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = GoldenThreadCommandLine.ResolveDatabase(parse.GetValue(db));
            var filter = PopulationFilter.Parse(parse.GetValue(population)!);
            var on = parse.GetValue(date) is { } d
                ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : DateOnly.FromDateTime(DateTime.Now);
            var request = new SampleRequest(parse.GetValue(size), parse.GetValue(seed), parse.GetValue(stratify) is not null, parse.GetValue(exclude));
            await using var context = DatabaseRegistration.CreateContext(settings);
            await DatabaseRegistration.MigrateAsync(context, cancellationToken);
            var outcome = await SampleDrawer.DrawAsync(context, filter, on, request, cancellationToken);
            if (outcome.Result is not { } result)
            {
                foreach (var error in outcome.Selection.Errors)
                {
                    await Console.Error.WriteLineAsync($"goldenthread sample: {error}.");
                }

                return 2;
            }

            var file = parse.GetValue(output)!;
            await File.WriteAllTextAsync(file.FullName, Csv(result), new UTF8Encoding(false), cancellationToken);
            AnsiConsole.MarkupLineInterpolated($"Population [bold]{filter}[/] at {on:yyyy-MM-dd}: {result.Frame.PopulationCount:N0} children, {result.Frame.ExcludedCount:N0} left out as audited in the last {request.ExcludeMonths} months, frame {result.Frame.Members.Count:N0}.");
            AnsiConsole.MarkupLineInterpolated($"Frame SHA-256 (sorted LA child IDs, one a line): {result.Frame.Sha256}");
            AnsiConsole.MarkupLineInterpolated($"Seed {request.Seed}, {(request.StratifyByTeam ? "stratified by team" : "not stratified")}, {result.Sample.Count} drawn:");
            var table = new Table().AddColumns("Draw", "LA child ID", "Team", "Stratum");
            foreach (var s in result.Sample)
            {
                table.AddRow(s.Position.ToString(CultureInfo.InvariantCulture), Markup.Escape(s.Member.LaChildId), Markup.Escape(s.Member.TeamCode ?? "–"), Markup.Escape(s.Stratum));
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLineInterpolated($"[green]Written[/] {file.FullName}");
            return 0;
        });
        return command;
    }

    /// <summary>The sample as CSV (RFC 4180, LF line ends): draw, la_child_id, team, stratum.</summary>
    public static string Csv(DipSampleResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder("draw,la_child_id,team,stratum\n");
        foreach (var s in result.Sample)
        {
            text.Append(s.Position.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Field(s.Member.LaChildId)).Append(',')
                .Append(Field(s.Member.TeamCode ?? string.Empty)).Append(',')
                .Append(Field(s.Stratum)).Append('\n');
        }

        return text.ToString();
    }

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
