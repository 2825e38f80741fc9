using System.CommandLine;
using System.Globalization;
using GoldenThread.Core.Retention;
using GoldenThread.Data;
using Spectre.Console;

namespace GoldenThread.Cli;

/// <summary><c>goldenthread retention</c>: the children whose records are past their retention date, for review. Nothing is deleted.</summary>
public static class RetentionCommand
{
    public static Command Build()
    {
        var db = GoldenThreadCommandLine.DatabaseOption();
        var asAt = new Option<string?>("--as-at") { Description = "The date to assess on, yyyy-mm-dd (default: today)." };
        var output = new Option<FileInfo?>("--out") { Description = "Also write the list to this CSV file." };
        var command = new Command("retention", "List the children whose records are past their retention date (looked after: 75th birthday; adoption: 100 years; other children in need: 25th birthday), for review. Nothing is deleted.")
        {
            db, asAt, output,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(asAt) is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                result.AddError($"--as-at '{text}' is not a date in the format 2025-03-31.");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var date = parse.GetValue(asAt) is { } text
                ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : DateOnly.FromDateTime(DateTime.Now);
            await using var context = DatabaseRegistration.CreateContext(GoldenThreadCommandLine.ResolveDatabase(parse.GetValue(db)));
            await DatabaseRegistration.MigrateAsync(context, cancellationToken);
            var all = await ChildLevelDatasetLoader.LoadAsync(context, cancellationToken);
            var due = RecordRetention.PastRetention(all, date);
            if (parse.GetValue(output) is { } file)
            {
                await using var writer = new StreamWriter(file.FullName, false, new System.Text.UTF8Encoding(false));
                RecordRetention.WriteCsv(due, writer);
            }

            var table = new Table().AddColumn("Child").AddColumn("Rule").AddColumn("Retain until").AddColumn(new TableColumn("Days past").RightAligned());
            foreach (var d in due.Take(50))
            {
                table.AddRow(Markup.Escape(d.LaChildId), RecordRetention.Describe(d.Category), d.RetainUntil.ToString("d MMM yyyy", CultureInfo.InvariantCulture), d.DaysPast.ToString("N0", CultureInfo.InvariantCulture));
            }

            if (due.Count > 0)
            {
                AnsiConsole.Write(table);
            }

            AnsiConsole.MarkupLineInterpolated(
                $"{due.Count:N0} of {all.Children.Count:N0} children's records are past their retention date on {date:d MMMM yyyy} and due for review; nothing was deleted.");
            return 0;
        });
        return command;
    }
}
