using GoldenThread.Data;
using GoldenThread.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace GoldenThread.Web.Tests;

/// <summary>
/// The web app in-process, on a fresh database (SQLite file or a new PostgreSQL database) seeded with a small
/// synthetic demo authority, with the clock fixed at <see cref="Today"/>.
/// </summary>
public abstract class GoldenThreadWebFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Synthetic-Test-Password-1";
    public static readonly DateOnly Today = new(2026, 11, 25);

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));

    public DatabaseSettings Database { get; protected set; } = null!;

    /// <summary>The sign-in rate limit: generous for most tests, which sign in many times a minute from one address.</summary>
    protected virtual int SignInPerMinute => 10_000;

    /// <summary>Whether the shipped DfE statistics are loaded on start (a few seconds): only for the tests that show benchmarks.</summary>
    protected virtual bool LoadPublishedStatistics => false;

    /// <summary>Whether months close in the background on start: off, so most tests see no snapshots unless they close months themselves.</summary>
    protected virtual bool CloseMonthsInBackground => false;

    public abstract Task PrepareDatabaseAsync();

    public virtual Task DropDatabaseAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable(DemoSeeder.PasswordVariable, Password);
        await PrepareDatabaseAsync();
        _ = Server; // starts the host: migrations, demo data and users
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await DropDatabaseAsync();
    }

    public GoldenThreadDbContext CreateContext() => DatabaseRegistration.CreateContext(Database);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:GoldenThread", Database.ConnectionString);
        builder.UseSetting("Demo:Children", "600");
        builder.UseSetting("Demo:Years", "3");
        builder.UseSetting("Demo:Seed", "7");
        builder.UseSetting("PublishedStatistics:LoadShipped", LoadPublishedStatistics ? "true" : "false");
        builder.UseSetting("Snapshots:Enabled", CloseMonthsInBackground ? "true" : "false");
        builder.UseSetting("RateLimits:SignInPerMinute", SignInPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}

public class SqliteWebFactory : GoldenThreadWebFactory
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"goldenthread-web-{Guid.NewGuid():N}.db");

    public override Task PrepareDatabaseAsync()
    {
        Database = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={_path};Pooling=false");
        return Task.CompletedTask;
    }

    public override Task DropDatabaseAsync()
    {
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }

        return Task.CompletedTask;
    }
}

public sealed class PostgreSqlWebFactory : GoldenThreadWebFactory
{
    private readonly string _name = $"goldenthread_web_{Guid.NewGuid():N}";
    private string _server = string.Empty;

    public override async Task PrepareDatabaseAsync()
    {
        _server = Environment.GetEnvironmentVariable("GOLDENTHREAD_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("GOLDENTHREAD_TEST_POSTGRES is not set. Run the tests with ./test.sh, which starts a throwaway PostgreSQL cluster.");
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
        await create.ExecuteNonQueryAsync();
        Database = new DatabaseSettings(DatabaseProvider.PostgreSql, new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString);
    }

    public override async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
