using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GoldenThread.Core.Calendar;
using GoldenThread.Core.Demo;
using GoldenThread.Data;
using Spectre.Console;

namespace GoldenThread.Cli;

/// <summary><c>goldenthread demo</c>: generate the synthetic demo authority into an empty database.</summary>
public static class DemoCommand
{
    public static Command Build()
    {
        var db = GoldenThreadCommandLine.DatabaseOption();
        var children = new Option<int>("--children") { Description = "How many children the demo authority has worked with.", DefaultValueFactory = _ => 20000 };
        var years = new Option<int>("--years") { Description = "How many years of history, ending today.", DefaultValueFactory = _ => 6 };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same authority.", DefaultValueFactory = _ => 42 };
        var today = new Option<string?>("--today") { Description = "The date the history ends, yyyy-mm-dd (default: today)." };
        var noWrite = new Option<bool>("--no-write") { Description = "Generate the authority and show what it holds, without touching any database (a dry run)." };
        var command = new Command("demo", "Create the synthetic demo authority (invented children and workers) in an empty database.")
        {
            db, children, years, seed, today, noWrite,
        };
        command.Validators.Add(result =>
        {
            // Only options the user typed are checked here; defaults are valid by construction.
            if (result.GetResult(children) is not null && result.GetValue(children) is < 1 or > 500_000)
            {
                result.AddError("--children must be between 1 and 500000.");
            }

            if (result.GetResult(years) is not null && result.GetValue(years) is < 1 or > 10)
            {
                result.AddError("--years must be between 1 and 10.");
            }

            if (result.GetValue(today) is { } t && !DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                result.AddError($"--today '{t}' is not a date in the format 2025-03-31.");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = GoldenThreadCommandLine.ResolveDatabase(parse.GetValue(db));
            var end = parse.GetValue(today) is { } t
                ? DateOnly.ParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : DateOnly.FromDateTime(DateTime.Now);
            var options = new DemoOptions(parse.GetValue(children), parse.GetValue(years), parse.GetValue(seed), end);
            var stopwatch = Stopwatch.StartNew();
            if (parse.GetValue(noWrite))
            {
                var dryRun = DemoAuthorityGenerator.Generate(options, WorkingDayCalendar.EnglandAndWales);
                var table = new Table().AddColumn("Records").AddColumn(new TableColumn("Count").RightAligned());
                foreach (var (name, count) in DemoSummary.Counts(dryRun))
                {
                    table.AddRow(name, count.ToString("N0", CultureInfo.InvariantCulture));
                }

                AnsiConsole.Write(table);
                AnsiConsole.MarkupLineInterpolated($"Generated {dryRun.RecordCount:N0} records in {stopwatch.Elapsed.TotalSeconds:F1} s; nothing was written.");
                return 0;
            }

            await using var context = DatabaseRegistration.CreateContext(settings);
            await DatabaseRegistration.MigrateAsync(context, cancellationToken);

            DemoAuthority? authority = null;
            try
            {
                await AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .StartAsync(async progress =>
                    {
                        var generate = progress.AddTask("Generating the demo authority", maxValue: 1);
                        authority = DemoAuthorityGenerator.Generate(options, WorkingDayCalendar.EnglandAndWales);
                        generate.Value = 1;
                        var write = progress.AddTask("Writing records", maxValue: authority.RecordCount);
                        await new DemoAuthorityWriter(context).WriteAsync(authority, options, Environment.UserName, DateTimeOffset.UtcNow, new SynchronousProgress(write), cancellationToken);
                        write.Value = authority.RecordCount;
                    });
            }
            catch (InvalidOperationException ex) when (ex.Message.StartsWith("The database already holds", StringComparison.Ordinal))
            {
                await Console.Error.WriteLineAsync($"goldenthread demo: {ex.Message} ({settings.Describe()})");
                return 2;
            }

            AnsiConsole.MarkupLineInterpolated(
                $"[green]Synthetic demo authority created[/] in {settings.Describe()}: {authority!.Children.Count:N0} children, {authority.RecordCount:N0} records, {stopwatch.Elapsed.TotalSeconds:F1} s.");
            return 0;
        });
        return command;
    }

    private static class DemoSummary
    {
        public static IEnumerable<(string Name, int Count)> Counts(DemoAuthority a) =>
        [
            ("Org units", a.OrgUnits.Count), ("Workers", a.Workers.Count), ("Children", a.Children.Count), ("Contacts", a.Contacts.Count),
            ("Early help episodes", a.EarlyHelpEpisodes.Count), ("Referrals", a.Referrals.Count), ("Assessments", a.Assessments.Count),
            ("Child in need plans", a.ChildInNeedPlans.Count), ("Section 47 enquiries", a.Section47Enquiries.Count),
            ("Initial conferences", a.InitialChildProtectionConferences.Count), ("Child protection plans", a.ChildProtectionPlans.Count),
            ("Child protection reviews", a.ChildProtectionReviews.Count), ("Child protection visits", a.ChildProtectionVisits.Count),
            ("Care episodes", a.CareEpisodes.Count), ("Care reviews", a.CareReviews.Count), ("Care visits", a.CareVisits.Count),
            ("Missing episodes", a.MissingEpisodes.Count), ("Health records", a.HealthRecords.Count), ("Care leaver records", a.CareLeaverRecords.Count),
            ("Adoption records", a.AdoptionRecords.Count), ("Allocations", a.Allocations.Count), ("Supervision records", a.SupervisionRecords.Count),
        ];
    }

    private sealed class SynchronousProgress(ProgressTask task) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => task.Value = value.Done;
    }
}
