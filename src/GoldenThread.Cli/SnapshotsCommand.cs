using System.CommandLine;
using System.Globalization;
using GoldenThread.Core.Calendar;
using GoldenThread.Core.Indicators;
using GoldenThread.Core.Indicators.Snapshots;
using GoldenThread.Data;
using GoldenThread.Data.Indicators;
using Spectre.Console;

namespace GoldenThread.Cli;

/// <summary>
/// <c>goldenthread snapshots freeze</c>: closes months — freezes every indicator's month-end figures for each closed month not yet
/// frozen (the web app does the same every hour). Frozen figures are never changed; later data show beside them as restatements.
/// </summary>
public static class SnapshotsCommand
{
    public static Command Build()
    {
        var db = GoldenThreadCommandLine.DatabaseOption();
        var today = new Option<string?>("--today") { Description = "The date to close months as at, yyyy-mm-dd (default: today)." };
        var closeAfter = new Option<int>("--close-after-days")
        {
            Description = "Days after a month ends before it closes (0 to 27).",
            DefaultValueFactory = _ => MonthClose.DefaultCloseAfterDays,
        };
        var backfill = new Option<int>("--backfill-months")
        {
            Description = "How many closed months, counting back from the latest, to freeze if not yet frozen.",
            DefaultValueFactory = _ => MonthClose.DefaultBackfillMonths,
        };
        var population = new Option<int?>("--population") { Description = "Population aged 0 to 17 (ONS mid-year estimate) for rates per 10,000, as the web app's Indicators:ChildPopulation." };
        var freeze = new Command("freeze", "Freeze the month-end figures of every closed month not yet frozen.") { db, today, closeAfter, backfill, population };
        freeze.Validators.Add(result =>
        {
            if (result.GetValue(today) is { } t && !DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                result.AddError($"--today '{t}' is not a date in the format 2025-03-31.");
            }

            if (result.GetResult(closeAfter) is not null && result.GetValue(closeAfter) is < 0 or > 27)
            {
                result.AddError("--close-after-days must be between 0 and 27.");
            }

            if (result.GetValue(population) is <= 0)
            {
                result.AddError("--population must be a positive number.");
            }

            // Only when given: a validator sees an option left out as 0, not as its default (so the default of 24 was refused).
            if (result.GetResult(backfill) is not null && result.GetValue(backfill) is < 1 or > 120)
            {
                result.AddError("--backfill-months must be between 1 and 120.");
            }
        });
        freeze.SetAction(async (parse, cancellationToken) =>
        {
            var settings = GoldenThreadCommandLine.ResolveDatabase(parse.GetValue(db));
            var asAt = parse.GetValue(today) is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : DateOnly.FromDateTime(DateTime.Today);
            await using var context = DatabaseRegistration.CreateContext(settings);
            await DatabaseRegistration.MigrateAsync(context, cancellationToken);
            var input = await IndicatorInputLoader.LoadAsync(context, cancellationToken: cancellationToken);
            var calculator = new IndicatorCalculator(input, WorkingDayCalendar.EnglandAndWales, IndicatorSettings.Default with { ChildPopulation = parse.GetValue(population) });
            var frozen = await new IndicatorSnapshotStore(context).FreezeClosedMonthsAsync(
                calculator, asAt, new MonthCloseSettings(parse.GetValue(closeAfter), parse.GetValue(backfill)), DateTimeOffset.UtcNow, cancellationToken);
            var latest = MonthClose.LatestClosedMonthEnd(asAt, parse.GetValue(closeAfter));
            if (frozen.Count == 0)
            {
                AnsiConsole.MarkupLineInterpolated($"Nothing to freeze: every closed month up to {latest:MMMM yyyy} is frozen already.");
            }
            else
            {
                AnsiConsole.MarkupLineInterpolated($"[green]Froze {frozen.Count} month(s)[/]: {frozen[0]:MMMM yyyy} to {frozen[^1]:MMMM yyyy}, {IndicatorCatalogue.All.Count} indicators each.");
            }

            return 0;
        });

        return new Command("snapshots", "Month-end figures frozen when a month closes.") { freeze };
    }
}
