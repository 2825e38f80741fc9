using System.CommandLine;
using GoldenThread.Data;
using Microsoft.Data.Sqlite;
using Spectre.Console;

namespace GoldenThread.Cli;

/// <summary>
/// <c>goldenthread backup</c> and <c>goldenthread restore</c> for the embedded SQLite database, using SQLite's online backup
/// (consistent while the app is running). PostgreSQL is backed up with pg_dump; the commands say how.
/// </summary>
public static class BackupCommands
{
    private const string PostgreSqlGuidance =
        "For PostgreSQL use the server's own tools, for example: pg_dump --format=custom --file goldenthread.dump \"$CONNECTION\" and pg_restore --clean --dbname \"$CONNECTION\" goldenthread.dump (see docs/deployment.md).";

    public static IEnumerable<Command> Build()
    {
        var backupDb = GoldenThreadCommandLine.DatabaseOption();
        var output = new Option<FileInfo>("--out") { Description = "The backup file to write (it must not exist).", Required = true };
        var backup = new Command("backup", "Copy the SQLite database to a backup file, consistently, even while the app is running.") { backupDb, output };
        backup.SetAction(async (parse, cancellationToken) =>
        {
            var settings = GoldenThreadCommandLine.ResolveDatabase(parse.GetValue(backupDb));
            if (settings.Provider != DatabaseProvider.Sqlite)
            {
                await Console.Error.WriteLineAsync($"goldenthread backup: {PostgreSqlGuidance}");
                return 2;
            }

            var target = parse.GetValue(output)!;
            if (target.Exists)
            {
                await Console.Error.WriteLineAsync($"goldenthread backup: {target.FullName} already exists; choose a new file name.");
                return 2;
            }

            await using var source = new SqliteConnection(settings.ConnectionString);
            await source.OpenAsync(cancellationToken);
            await using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target.FullName, Pooling = false }.ToString());
            await destination.OpenAsync(cancellationToken);
            source.BackupDatabase(destination);
            AnsiConsole.MarkupLineInterpolated($"[green]Backed up[/] {settings.Describe()} to {target.FullName}.");
            return 0;
        });

        var restoreDb = GoldenThreadCommandLine.DatabaseOption();
        var input = new Option<FileInfo>("--from") { Description = "The backup file to restore from.", Required = true };
        var restore = new Command("restore", "Replace the SQLite database's contents with a backup made by goldenthread backup.") { restoreDb, input };
        restore.SetAction(async (parse, cancellationToken) =>
        {
            var settings = GoldenThreadCommandLine.ResolveDatabase(parse.GetValue(restoreDb));
            if (settings.Provider != DatabaseProvider.Sqlite)
            {
                await Console.Error.WriteLineAsync($"goldenthread restore: {PostgreSqlGuidance}");
                return 2;
            }

            var from = parse.GetValue(input)!;
            if (!from.Exists)
            {
                await Console.Error.WriteLineAsync($"goldenthread restore: {from.FullName}: there is no such file.");
                return 2;
            }

            await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = from.FullName, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await source.OpenAsync(cancellationToken);
            await using (var check = source.CreateCommand())
            {
                check.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
                if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
                {
                    await Console.Error.WriteLineAsync($"goldenthread restore: {from.FullName} is not a GoldenThread backup.");
                    return 2;
                }
            }

            var builder = new SqliteConnectionStringBuilder(settings.ConnectionString) { Pooling = false };
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            await using var destination = new SqliteConnection(builder.ToString());
            await destination.OpenAsync(cancellationToken);
            source.BackupDatabase(destination);
            AnsiConsole.MarkupLineInterpolated($"[green]Restored[/] {settings.Describe()} from {from.FullName}.");
            return 0;
        });
        return [backup, restore];
    }
}
