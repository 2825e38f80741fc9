using System.CommandLine;
using System.Globalization;
using CsvHelper;
using GoldenThread.Core.Calendar;
using GoldenThread.Core.Indicators;
using GoldenThread.Core.Model;
using GoldenThread.Data;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace GoldenThread.Cli;

/// <summary>
/// <c>goldenthread kpi</c>: computes indicators from the database for the authority and each org unit, for each month, quarter,
/// financial year or one custom period between two dates, and writes them to a CSV file.
/// </summary>
public static class KpiCommand
{
    private static readonly Dictionary<string, PeriodKind> PeriodKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["month"] = PeriodKind.Month,
        ["quarter"] = PeriodKind.Quarter,
        ["year"] = PeriodKind.FinancialYear,
        ["custom"] = PeriodKind.Custom,
    };

    public static Command Build()
    {
        var db = GoldenThreadCommandLine.DatabaseOption();
        var from = new Option<string>("--from") { Description = "First day, yyyy-mm-dd.", Required = true };
        var to = new Option<string>("--to") { Description = "Last day, yyyy-mm-dd.", Required = true };
        var org = new Option<string?>("--org") { Description = "Only this org unit (its id or code); default: the authority and every org unit." };
        var indicators = new Option<string[]>("--indicator")
        {
            Description = "Indicator ids (repeat or list several); default: every indicator.",
            AllowMultipleArgumentsPerToken = true,
        };
        var period = new Option<string>("--period")
        {
            Description = "month, quarter or year (financial, April to March) periods between the dates, or custom: one period from --from to --to.",
            DefaultValueFactory = _ => "custom",
        };
        var population = new Option<int?>("--population") { Description = "Population aged 0 to 17 (ONS mid-year estimate) for rates per 10,000." };
        var output = new Option<string>("--out") { Description = "The CSV file to write.", Required = true };
        var command = new Command("kpi", "Compute performance indicators and write them to a CSV file.")
        {
            db, from, to, org, indicators, period, population, output,
        };
        command.Validators.Add(result =>
        {
            var start = ParseDate(result.GetValue(from));
            var end = ParseDate(result.GetValue(to));
            if (result.GetValue(from) is { } f && start is null)
            {
                result.AddError($"--from '{f}' is not a date in the format 2025-03-31.");
            }

            if (result.GetValue(to) is { } t && end is null)
            {
                result.AddError($"--to '{t}' is not a date in the format 2025-03-31.");
            }

            if (start is { } s && end is { } e && e < s)
            {
                result.AddError("--to must be on or after --from.");
            }

            if (result.GetValue(period) is { } p && !PeriodKinds.ContainsKey(p))
            {
                result.AddError($"--period '{p}' is not one of month, quarter, year, custom.");
            }

            foreach (var id in result.GetValue(indicators) ?? [])
            {
                if (IndicatorCatalogue.Find(id) is null)
                {
                    result.AddError($"--indicator '{id}' is not an indicator. Known: {string.Join(", ", IndicatorCatalogue.All.Select(i => i.Id))}.");
                }
            }

            if (result.GetValue(population) is <= 0)
            {
                result.AddError("--population must be a positive number.");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = GoldenThreadCommandLine.ResolveDatabase(parse.GetValue(db));
            var periods = ReportingPeriod.Split(ParseDate(parse.GetValue(from))!.Value, ParseDate(parse.GetValue(to))!.Value, PeriodKinds[parse.GetValue(period)!]);
            var selected = parse.GetValue(indicators) is { Length: > 0 } ids ? ids.Select(IndicatorCatalogue.Get).Distinct().ToList() : [.. IndicatorCatalogue.All];
            var indicatorSettings = IndicatorSettings.Default with { ChildPopulation = parse.GetValue(population) };
            var outPath = parse.GetValue(output)!;

            await using var context = DatabaseRegistration.CreateContext(settings);
            if ((await context.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                await Console.Error.WriteLineAsync($"goldenthread kpi: {settings.Describe()} is empty or not up to date; run goldenthread db migrate (and load data) first.");
                return 2;
            }

            IndicatorInput? input = null;
            var rows = new List<KpiRow>();
            string? problem = null;
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async progress =>
                {
                    var load = progress.AddTask("Loading records", maxValue: IndicatorInputLoader.Tables);
                    input = await IndicatorInputLoader.LoadAsync(context, new TaskProgress(load), cancellationToken);
                    var units = KpiCsv.UnitsToReport(input.OrgUnits, parse.GetValue(org));
                    if (units is null)
                    {
                        problem = $"goldenthread kpi: there is no org unit '{parse.GetValue(org)}' in {settings.Describe()}.";
                        return;
                    }

                    var compute = progress.AddTask("Computing indicators", maxValue: selected.Count * periods.Count);
                    var calculator = new IndicatorCalculator(input, WorkingDayCalendar.EnglandAndWales, indicatorSettings);
                    foreach (var breakdown in calculator.ComputeAll(selected, periods))
                    {
                        rows.AddRange(KpiCsv.Rows(breakdown, units));
                        compute.Increment(1);
                    }
                });

            if (problem is not null)
            {
                await Console.Error.WriteLineAsync(problem);
                return 2;
            }

            var folder = Path.GetDirectoryName(Path.GetFullPath(outPath));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            await using (var writer = new StreamWriter(outPath, append: false, new System.Text.UTF8Encoding(false)))
            {
                KpiCsv.Write(writer, rows);
            }

            AnsiConsole.MarkupLineInterpolated($"[green]Wrote {rows.Count:N0} figures[/] ({selected.Count} indicators, {periods.Count} periods) to {outPath}.");
            return 0;
        });
        return command;
    }

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private sealed class TaskProgress(ProgressTask task) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => task.Value = value.Done;
    }
}

/// <summary>One line of the kpi CSV.</summary>
public sealed record KpiRow(
    string Indicator,
    string OrgUnit,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    decimal Numerator,
    decimal? Denominator,
    decimal? Value,
    string Unit,
    string OrgUnitName);

/// <summary>
/// The kpi CSV contract: the columns <c>indicator,org_unit,period_start,period_end,numerator,denominator,value</c> first (then <c>unit</c>
/// and <c>org_unit_name</c>), invariant culture, dates yyyy-mm-dd, values unrounded (a percentage 0 to 100, a rate per 10,000, a count,
/// days or a ratio), empty where there is none, and any cell starting with = + - @ (or a tab or carriage return) prefixed with an
/// apostrophe by CsvHelper's injection escaping, so a spreadsheet does not run it as a formula.
/// </summary>
public static class KpiCsv
{
    public const string AuthorityCode = "authority";

    public static IReadOnlyList<string> Columns { get; } =
        ["indicator", "org_unit", "period_start", "period_end", "numerator", "denominator", "value", "unit", "org_unit_name"];

    /// <summary>
    /// The units to report, authority first, then services and teams by code; only the one named by id or code when given (null when
    /// there is no such unit). An empty structure reports the authority alone.
    /// </summary>
    public static IReadOnlyList<OrgUnit?>? UnitsToReport(IReadOnlyList<OrgUnit> units, string? only)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (only is not null)
        {
            var match = units.FirstOrDefault(u => string.Equals(u.Code, only, StringComparison.OrdinalIgnoreCase)
                || (long.TryParse(only, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && u.Id == id));
            return match is null ? null : [match];
        }

        return units.Count == 0 ? [null] : [.. units.OrderBy(u => u.Kind).ThenBy(u => u.Code, StringComparer.Ordinal)];
    }

    /// <summary>The rows of one breakdown for the units (a null unit is the authority).</summary>
    public static IEnumerable<KpiRow> Rows(IndicatorBreakdown breakdown, IEnumerable<OrgUnit?> units)
    {
        ArgumentNullException.ThrowIfNull(breakdown);
        ArgumentNullException.ThrowIfNull(units);
        foreach (var unit in units)
        {
            var result = unit is null ? breakdown.Authority : breakdown.OrgUnits[unit.Id];
            yield return new KpiRow(
                breakdown.Indicator.Id, unit?.Code ?? AuthorityCode, breakdown.Period.Start, breakdown.Period.End,
                result.Numerator, result.Denominator, result.Value, breakdown.Indicator.Unit.ToString(), unit?.Name ?? "The whole authority");
        }
    }

    public static void Write(TextWriter writer, IEnumerable<KpiRow> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        var options = new CsvWriterOptions { NewLine = "\n", Injection = CsvInjection.Escape };
        using var csv = CsvWriter.Create(writer, options, leaveOpen: true);
        csv.WriteRecord([.. Columns]);
        foreach (var row in rows)
        {
            csv.WriteRecord(
            [
                row.Indicator,
                row.OrgUnit,
                row.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                row.PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Number(row.Numerator),
                Number(row.Denominator),
                Number(row.Value),
                row.Unit,
                row.OrgUnitName,
            ]);
        }

        csv.Flush();
    }

    private static string Number(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : string.Empty;
}
