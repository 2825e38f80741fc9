using System.CommandLine;
using GoldenThread.Data;

namespace GoldenThread.Cli;

/// <summary>The <c>goldenthread</c> command: each verb is a thin host over the core and data libraries.</summary>
public static class GoldenThreadCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("GoldenThread: children's social care data, validation and performance from the command line.");
        root.Subcommands.Add(DatabaseCommands.Build());
        root.Subcommands.Add(DemoCommand.Build());
        root.Subcommands.Add(LoadsCommands.Build());
        root.Subcommands.Add(ImportCommand.Build());
        root.Subcommands.Add(ExportCommand.Build());
        root.Subcommands.Add(ValidateCommand.Build());
        foreach (var command in BackupCommands.Build())
        {
            root.Subcommands.Add(command);
        }

        root.Subcommands.Add(KpiCommand.Build());
        root.Subcommands.Add(SnapshotsCommand.Build());
        root.Subcommands.Add(SampleCommand.Build());
        root.Subcommands.Add(RetentionCommand.Build());
        return root;
    }

    /// <summary>The <c>--db</c> option every command that touches data has.</summary>
    public static Option<string?> DatabaseOption() => new("--db")
    {
        Description = "A SQLite file path (default data/goldenthread.db) or a PostgreSQL connection string (Host=...). "
            + "Without it, Database__Provider and ConnectionStrings__GoldenThread from the environment are used.",
    };

    public static DatabaseSettings ResolveDatabase(string? db) =>
        string.IsNullOrWhiteSpace(db)
            ? DatabaseSettings.From(Environment.GetEnvironmentVariable("Database__Provider"), Environment.GetEnvironmentVariable("ConnectionStrings__GoldenThread"))
            : DatabaseSettings.FromDbArgument(db);
}
