using System.CommandLine;
using GoldenThread.Data;
using Spectre.Console;

namespace GoldenThread.Cli;

/// <summary><c>goldenthread db migrate</c>: create or upgrade the database.</summary>
public static class DatabaseCommands
{
    public static Command Build()
    {
        var db = GoldenThreadCommandLine.DatabaseOption();
        var migrate = new Command("migrate", "Create the database or apply any migrations it lacks.") { db };
        migrate.SetAction(async (parse, cancellationToken) =>
        {
            var settings = GoldenThreadCommandLine.ResolveDatabase(parse.GetValue(db));
            await using var context = DatabaseRegistration.CreateContext(settings);
            await DatabaseRegistration.MigrateAsync(context, cancellationToken);
            AnsiConsole.MarkupLineInterpolated($"[green]Database is up to date:[/] {settings.Describe()}");
            return 0;
        });
        return new Command("db", "Database administration.") { migrate };
    }
}
