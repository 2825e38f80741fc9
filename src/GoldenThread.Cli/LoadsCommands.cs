using System.CommandLine;
using System.Globalization;
using GoldenThread.Data;
using GoldenThread.Data.Loads;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace GoldenThread.Cli;

/// <summary><c>goldenthread loads list</c> and <c>goldenthread loads rollback ID</c>.</summary>
public static class LoadsCommands
{
    public static Command Build()
    {
        var listDb = GoldenThreadCommandLine.DatabaseOption();
        var list = new Command("list", "List every load: what was loaded, when, by whom, and whether it is current.") { listDb };
        list.SetAction(async (parse, cancellationToken) =>
        {
            var settings = GoldenThreadCommandLine.ResolveDatabase(parse.GetValue(listDb));
            await using var db = DatabaseRegistration.CreateContext(settings);
            await DatabaseRegistration.MigrateAsync(db, cancellationToken);
            var loads = await db.DataLoads.AsNoTracking().OrderBy(l => l.Id).ToListAsync(cancellationToken);
            var table = new Table().AddColumns("Id", "Collection", "Year or date", "File", "Status", "Children", "Records", "Replaced", "Loaded by", "Loaded at (UTC)");
            foreach (var l in loads)
            {
                table.AddRow(
                    l.Id.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(l.Collection),
                    Markup.Escape(l.Slice ?? "–"),
                    Markup.Escape(l.FileName),
                    LoadRollback.Describe(l.Status),
                    l.ChildCount.ToString("N0", CultureInfo.InvariantCulture),
                    l.RecordCount.ToString("N0", CultureInfo.InvariantCulture),
                    l.SupersededCount.ToString("N0", CultureInfo.InvariantCulture),
                    Markup.Escape(l.LoadedBy),
                    l.LoadedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            return 0;
        });

        var rollbackDb = GoldenThreadCommandLine.DatabaseOption();
        var id = new Argument<long>("ID") { Description = "The load to roll back (the newest committed load)." };
        var rollback = new Command("rollback", "Undo a load: its records go, what it replaced comes back. Loads are rolled back newest first.") { rollbackDb, id };
        rollback.SetAction(async (parse, cancellationToken) =>
        {
            var settings = GoldenThreadCommandLine.ResolveDatabase(parse.GetValue(rollbackDb));
            await using var db = DatabaseRegistration.CreateContext(settings);
            await DatabaseRegistration.MigrateAsync(db, cancellationToken);
            try
            {
                var load = await new LoadRollback(db).RollbackAsync(parse.GetValue(id), Environment.UserName, DateTimeOffset.UtcNow, cancellationToken);
                AnsiConsole.MarkupLineInterpolated($"[green]Load {load.Id} rolled back[/] ({load.FileName}). The data is as it was before that load.");
                return 0;
            }
            catch (LoadRollbackException ex)
            {
                await Console.Error.WriteLineAsync($"goldenthread loads rollback: {ex.Message}");
                return 2;
            }
        });

        return new Command("loads", "The record of every load, and rolling a load back.") { list, rollback };
    }
}
