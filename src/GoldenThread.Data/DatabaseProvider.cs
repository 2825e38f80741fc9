namespace GoldenThread.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>Settings under <c>Database</c>: the provider, and the connection string <c>ConnectionStrings:GoldenThread</c>.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqlitePath = "data/goldenthread.db";

    /// <summary>
    /// Reads <c>--db</c> style input: a PostgreSQL connection string (it contains <c>Host=</c>) or a SQLite file path
    /// or SQLite connection string.
    /// </summary>
    public static DatabaseSettings FromDbArgument(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (value.Contains("Host=", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgres", StringComparison.OrdinalIgnoreCase))
        {
            return new DatabaseSettings(DatabaseProvider.PostgreSql, value);
        }

        return new DatabaseSettings(DatabaseProvider.Sqlite, value.Contains('=', StringComparison.Ordinal) ? value : $"Data Source={value}");
    }

    public static DatabaseSettings From(string? provider, string? connectionString)
    {
        var parsed = string.IsNullOrWhiteSpace(provider)
            ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(provider, ignoreCase: true, out var p)
                ? p
                : throw new InvalidOperationException($"Database:Provider '{provider}' is not known. Use Sqlite or PostgreSql.");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (parsed == DatabaseProvider.PostgreSql)
            {
                throw new InvalidOperationException("Database:Provider is PostgreSql but ConnectionStrings:GoldenThread is empty.");
            }

            connectionString = $"Data Source={DefaultSqlitePath}";
        }

        return parsed == DatabaseProvider.Sqlite && !connectionString.Contains('=', StringComparison.Ordinal)
            ? new DatabaseSettings(parsed, $"Data Source={connectionString}")
            : new DatabaseSettings(parsed, connectionString);
    }

    /// <summary>The same settings with any password removed, for messages.</summary>
    public string Describe() => Provider == DatabaseProvider.Sqlite
        ? $"SQLite ({ConnectionString})"
        : "PostgreSQL (" + string.Join(';', ConnectionString.Split(';').Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase))) + ")";
}
