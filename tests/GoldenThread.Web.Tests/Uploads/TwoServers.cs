using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Tests.Uploads;

/// <summary>
/// Another web server on the database of <paramref name="first"/>, as a second server behind a load balancer: its own process
/// memory, its own clock (at the same time), the same database. It neither creates nor drops the database.
/// </summary>
public sealed class SharedDatabaseWebFactory(GoldenThreadWebFactory first, double? staleAfterMinutes = null) : GoldenThreadWebFactory
{
    public override Task PrepareDatabaseAsync()
    {
        Database = first.Database;
        Clock.SetUtcNow(first.Clock.GetUtcNow());
        return Task.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (staleAfterMinutes is { } minutes)
        {
            builder.UseSetting("Imports:StaleAfterMinutes", minutes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}

/// <summary>Two web servers (two in-process apps) sharing one database: the first creates it, the second starts on it.</summary>
public abstract class TwoServers(GoldenThreadWebFactory first) : IAsyncLifetime
{
    private SharedDatabaseWebFactory? _second;

    public GoldenThreadWebFactory First { get; } = first;

    public SharedDatabaseWebFactory Second => _second ?? throw new InvalidOperationException("The servers have not started.");

    public async Task InitializeAsync()
    {
        await First.InitializeAsync();
        _second = new SharedDatabaseWebFactory(First);
        await _second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_second is not null)
        {
            await ((IAsyncLifetime)_second).DisposeAsync();
        }

        await ((IAsyncLifetime)First).DisposeAsync();
    }

    /// <summary>The user id of a demo user, by email.</summary>
    public async Task<string> UserIdAsync(string email)
    {
        await using var db = First.CreateContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }
}

public sealed class SqliteTwoServers() : TwoServers(new SqliteWebFactory());

public sealed class PostgreSqlTwoServers() : TwoServers(new PostgreSqlWebFactory());
