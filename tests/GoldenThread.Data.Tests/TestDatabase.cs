using GoldenThread.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GoldenThread.Data.Tests;

/// <summary>A real, empty, migrated database for one test class: a SQLite file, or a new database in the test PostgreSQL cluster.</summary>
public abstract class TestDatabase : IAsyncLifetime
{
    public DatabaseSettings Settings { get; protected set; } = null!;

    public abstract DatabaseProvider Provider { get; }

    public GoldenThreadDbContext CreateContext() => DatabaseRegistration.CreateContext(Settings);

    public virtual async Task InitializeAsync()
    {
        await using var db = CreateContext();
        await DatabaseRegistration.MigrateAsync(db);
    }

    public abstract Task DisposeAsync();

    /// <summary>A date as the provider's raw SQL expects it: ISO text on SQLite, a date on PostgreSQL.</summary>
    public object SqlDate(DateOnly date) => Provider == DatabaseProvider.Sqlite ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : date;

    public async Task<long> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var db = CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"goldenthread-test-{Guid.NewGuid():N}.db");

    public SqliteTestDatabase() => Settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={_path};Pooling=false");

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override Task DisposeAsync()
    {
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }

        return Task.CompletedTask;
    }
}

public sealed class PostgreSqlTestDatabase : TestDatabase
{
    public const string Variable = "GOLDENTHREAD_TEST_POSTGRES";
    private readonly string _name = $"goldenthread_test_{Guid.NewGuid():N}";
    private string _server = string.Empty;

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    /// <summary>The server the test command started. Missing, the PostgreSQL tests fail: they are never skipped.</summary>
    public static string ServerConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException($"{Variable} is not set. Run the tests with ./test.sh, which starts a throwaway PostgreSQL cluster.");

    public override async Task InitializeAsync()
    {
        _server = ServerConnectionString;
        await using (var connection = new NpgsqlConnection(_server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        Settings = new DatabaseSettings(DatabaseProvider.PostgreSql, new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString);
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
