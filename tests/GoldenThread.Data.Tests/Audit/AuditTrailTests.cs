using System.Text.Json;
using GoldenThread.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace GoldenThread.Data.Tests.Auditing;

/// <summary>
/// The audit trail is append-only: entries are added with the change they describe, the application refuses to change or
/// delete one, and so does the database itself for raw SQL. SQLite and PostgreSQL.
/// </summary>
public abstract class AuditTrailTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static readonly AuditActor Admin = new("user-1", "admin@synthetic.local");

    protected TDatabase Database => database;

    private async Task<long> AddEntryAsync(string entityId)
    {
        await using var db = database.CreateContext();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.Zero));
        var entry = new AuditTrail(db, clock).Record(Admin, "User role changed", "User", entityId, new { Role = "Analyst" }, new { Role = "Director" });
        await db.SaveChangesAsync();
        return entry.Id;
    }

    [Fact]
    public async Task An_entry_is_saved_with_who_when_what_and_the_values_before_and_after()
    {
        var id = await AddEntryAsync("saved");
        await using var db = database.CreateContext();
        var entry = await db.AuditEntries.SingleAsync(e => e.Id == id);
        Assert.Equal("user-1", entry.UserId);
        Assert.Equal("admin@synthetic.local", entry.UserName);
        Assert.Equal("User role changed", entry.Action);
        Assert.Equal(("User", "saved"), (entry.EntityType, entry.EntityId));
        Assert.Equal(new DateTime(2026, 11, 25, 9, 30, 0), DateTime.SpecifyKind(entry.OccurredAt, DateTimeKind.Unspecified));
        Assert.Equal("Analyst", JsonDocument.Parse(entry.BeforeJson!).RootElement.GetProperty("Role").GetString());
        Assert.Equal("Director", JsonDocument.Parse(entry.AfterJson!).RootElement.GetProperty("Role").GetString());
    }

    [Fact]
    public async Task The_application_refuses_to_save_a_changed_entry()
    {
        var id = await AddEntryAsync("changed");
        await using var db = database.CreateContext();
        var entry = await db.AuditEntries.SingleAsync(e => e.Id == id);
        entry.Action = "Something else";
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Equal(AuditTrailProtection.RefusalMessage, error.Message);
        await using var check = database.CreateContext();
        Assert.Equal("User role changed", (await check.AuditEntries.SingleAsync(e => e.Id == id)).Action);
    }

    [Fact]
    public async Task The_application_refuses_to_save_a_deleted_entry()
    {
        var id = await AddEntryAsync("deleted");
        await using var db = database.CreateContext();
        db.AuditEntries.Remove(await db.AuditEntries.SingleAsync(e => e.Id == id));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        await using var check = database.CreateContext();
        Assert.True(await check.AuditEntries.AnyAsync(e => e.Id == id));
    }

    [Fact]
    public async Task The_database_refuses_a_raw_sql_update()
    {
        var id = await AddEntryAsync("raw-update");
        await using var db = database.CreateContext();
        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET \"Action\" = 'tampered' WHERE \"Id\" = {0}", id));
        Assert.Contains(AuditTrailProtection.RefusalMessage, error.Message, StringComparison.Ordinal);
        Assert.Equal("User role changed", (await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Id == id)).Action);
    }

    [Fact]
    public async Task The_database_refuses_a_raw_sql_delete()
    {
        var id = await AddEntryAsync("raw-delete");
        await using var db = database.CreateContext();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries"));
        Assert.Contains(AuditTrailProtection.RefusalMessage, error.Message, StringComparison.Ordinal);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Id == id));
    }

    [Fact]
    public async Task The_protection_can_be_applied_again_on_every_start()
    {
        await using (var db = database.CreateContext())
        {
            await AuditTrailProtection.EnsureAsync(db);
            await AuditTrailProtection.EnsureAsync(db);
        }

        var id = await AddEntryAsync("again");
        await using var check = database.CreateContext();
        await Assert.ThrowsAnyAsync<Exception>(() => check.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries WHERE \"Id\" = {0}", id));
        Assert.True(await check.AuditEntries.AnyAsync(e => e.Id == id));
    }
}

public sealed class SqliteAuditTrailTests(SqliteTestDatabase database) : AuditTrailTests<SqliteTestDatabase>(database);

public sealed class PostgreSqlAuditTrailTests(PostgreSqlTestDatabase database) : AuditTrailTests<PostgreSqlTestDatabase>(database)
{
    [Fact]
    public async Task Truncate_is_refused()
    {
        await using var db = Database.CreateContext();
        new AuditTrail(db, TimeProvider.System).Record(AuditActor.System, "Test", "Test", "1", null, new { A = 1 });
        await db.SaveChangesAsync();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("TRUNCATE audit_entries"));
        Assert.Contains(AuditTrailProtection.RefusalMessage, error.Message, StringComparison.Ordinal);
        Assert.True(await db.AuditEntries.AnyAsync());
    }
}
