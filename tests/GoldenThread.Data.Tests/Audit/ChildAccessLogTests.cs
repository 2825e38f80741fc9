using GoldenThread.Data.Auditing;
using GoldenThread.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Tests.Auditing;

/// <summary>
/// The log of who opened which child's record is append-only, like the audit trail: openings are added as the web app
/// adds them, the application refuses to change or delete one, and so does the database itself for raw SQL, with a
/// message that says why. Nothing deletes these rows, record retention included. SQLite and PostgreSQL.
/// </summary>
public abstract class ChildAccessLogTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 25, 9, 30, 0, TimeSpan.Zero);

    protected TDatabase Database => database;

    /// <summary>Adds an opening as <c>ChildRecordAccessLog</c> in the web app does: one entity, one save.</summary>
    protected async Task<long> OpenAsync(long childId, string purpose = "chronology", string userName = "teammanager@synthetic.local")
    {
        await using var db = database.CreateContext();
        var access = new ChildRecordAccess { ChildId = childId, UserId = "user-" + userName, UserName = userName, AccessedAt = Morning, Purpose = purpose };
        db.ChildRecordAccesses.Add(access);
        await db.SaveChangesAsync();
        return access.Id;
    }

    [Fact]
    public async Task Openings_are_still_added_and_read_back_in_order()
    {
        var first = await OpenAsync(1001);
        var second = await OpenAsync(1001, "audit", "auditor@synthetic.local");
        Assert.True(second > first);

        await using var db = database.CreateContext();
        var logged = await db.ChildRecordAccesses.Where(a => a.ChildId == 1001).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([("teammanager@synthetic.local", "chronology"), ("auditor@synthetic.local", "audit")], logged.Select(a => (a.UserName, a.Purpose)));
        Assert.All(logged, a => Assert.Equal(Morning, a.AccessedAt));
    }

    [Fact]
    public async Task The_application_refuses_to_save_a_changed_opening()
    {
        var id = await OpenAsync(1002);
        await using var db = database.CreateContext();
        (await db.ChildRecordAccesses.SingleAsync(a => a.Id == id)).UserName = "someone-else@synthetic.local";
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Equal(AuditTrailProtection.AccessLogRefusalMessage, error.Message);
        await using var check = database.CreateContext();
        Assert.Equal("teammanager@synthetic.local", (await check.ChildRecordAccesses.SingleAsync(a => a.Id == id)).UserName);
    }

    [Fact]
    public async Task The_application_refuses_to_save_a_deleted_opening()
    {
        var id = await OpenAsync(1003);
        await using var db = database.CreateContext();
        db.ChildRecordAccesses.Remove(await db.ChildRecordAccesses.SingleAsync(a => a.Id == id));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Equal(AuditTrailProtection.AccessLogRefusalMessage, error.Message);
        await using var check = database.CreateContext();
        Assert.True(await check.ChildRecordAccesses.AnyAsync(a => a.Id == id));
    }

    [Theory]
    [InlineData("UPDATE child_record_accesses SET \"UserName\" = 'tampered@synthetic.local' WHERE \"Id\" = {0}")]
    [InlineData("UPDATE child_record_accesses SET \"ChildId\" = 0 WHERE \"Id\" = {0}")]
    [InlineData("UPDATE child_record_accesses SET \"AccessedAt\" = \"AccessedAt\" WHERE \"Id\" >= {0}")]
    public async Task The_database_refuses_a_raw_sql_update(string sql)
    {
        var id = await OpenAsync(1004);
        await using var db = database.CreateContext();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync(sql, id));
        Assert.Contains(AuditTrailProtection.AccessLogRefusalMessage, error.Message, StringComparison.Ordinal);
        var stored = await db.ChildRecordAccesses.AsNoTracking().SingleAsync(a => a.Id == id);
        Assert.Equal((1004L, "teammanager@synthetic.local"), (stored.ChildId, stored.UserName));
    }

    [Theory]
    [InlineData("DELETE FROM child_record_accesses WHERE \"Id\" = {0}")]
    [InlineData("DELETE FROM child_record_accesses WHERE \"Id\" >= {0}")]
    public async Task The_database_refuses_a_raw_sql_delete(string sql)
    {
        var id = await OpenAsync(1005);
        await using var db = database.CreateContext();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync(sql, id));
        Assert.Contains(AuditTrailProtection.AccessLogRefusalMessage, error.Message, StringComparison.Ordinal);
        Assert.True(await db.ChildRecordAccesses.AnyAsync(a => a.Id == id));
    }

    [Fact]
    public async Task The_database_refuses_deleting_every_opening()
    {
        await OpenAsync(1006);
        await using var db = database.CreateContext();
        var before = await db.ChildRecordAccesses.CountAsync();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM child_record_accesses"));
        Assert.Contains(AuditTrailProtection.AccessLogRefusalMessage, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await db.ChildRecordAccesses.CountAsync());
    }

    [Fact]
    public async Task The_protection_can_be_applied_again_on_every_start_and_openings_are_still_added()
    {
        await using (var db = database.CreateContext())
        {
            await AuditTrailProtection.EnsureAsync(db);
            await AuditTrailProtection.EnsureAsync(db);
        }

        var id = await OpenAsync(1007);
        await using var check = database.CreateContext();
        Assert.True(await check.ChildRecordAccesses.AnyAsync(a => a.Id == id));
        var error = await Assert.ThrowsAnyAsync<Exception>(() => check.Database.ExecuteSqlRawAsync("DELETE FROM child_record_accesses WHERE \"Id\" = {0}", id));
        Assert.Contains(AuditTrailProtection.AccessLogRefusalMessage, error.Message, StringComparison.Ordinal);
        Assert.True(await check.ChildRecordAccesses.AnyAsync(a => a.Id == id));
    }

    [Fact]
    public async Task A_refused_change_leaves_the_transaction_it_was_in_undone()
    {
        await using var db = database.CreateContext();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.ChildRecordAccesses.Add(new ChildRecordAccess { ChildId = 1008, UserId = "user-x", UserName = "x@synthetic.local", AccessedAt = Morning, Purpose = "chronology" });
            await db.SaveChangesAsync();
            await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE child_record_accesses SET \"Purpose\" = 'changed' WHERE \"ChildId\" = 1008"));
            await transaction.RollbackAsync();
        }

        await using var check = database.CreateContext();
        Assert.False(await check.ChildRecordAccesses.AnyAsync(a => a.ChildId == 1008));
    }
}

public sealed class SqliteChildAccessLogTests(SqliteTestDatabase database) : ChildAccessLogTests<SqliteTestDatabase>(database);

public sealed class PostgreSqlChildAccessLogTests(PostgreSqlTestDatabase database) : ChildAccessLogTests<PostgreSqlTestDatabase>(database)
{
    [Fact]
    public async Task Truncate_is_refused()
    {
        await OpenAsync(1009);
        await using var db = Database.CreateContext();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("TRUNCATE child_record_accesses"));
        Assert.Contains(AuditTrailProtection.AccessLogRefusalMessage, error.Message, StringComparison.Ordinal);
        Assert.True(await db.ChildRecordAccesses.AnyAsync(a => a.ChildId == 1009));
    }

    [Fact]
    public async Task The_refusal_is_an_insufficient_privilege_error()
    {
        var id = await OpenAsync(1010);
        await using var db = Database.CreateContext();
        var error = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM child_record_accesses WHERE \"Id\" = {0}", id));
        Assert.Equal(Npgsql.PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        Assert.Equal($"{AuditTrailProtection.AccessLogRefusalMessage} (DELETE)", error.MessageText);
    }
}
