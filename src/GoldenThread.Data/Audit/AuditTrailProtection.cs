using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GoldenThread.Data.Auditing;

/// <summary>
/// Makes the audit trail append-only in two places: the application refuses to save a changed or deleted
/// <see cref="AuditEntry"/>, and database triggers refuse any UPDATE or DELETE (and, on PostgreSQL, TRUNCATE) of the table,
/// whoever sends it. The triggers are created on every start, after migrations, so they do not depend on a migration.
/// </summary>
public static class AuditTrailProtection
{
    public const string Table = "audit_entries";

    /// <summary>The message both databases raise, so people and tests recognise it.</summary>
    public const string RefusalMessage = "The audit trail is append-only: an audit entry cannot be changed or deleted";

    private static readonly string[] SqliteStatements =
    [
        $"CREATE TRIGGER IF NOT EXISTS audit_entries_no_update BEFORE UPDATE ON {Table} BEGIN SELECT RAISE(ABORT, '{RefusalMessage}'); END;",
        $"CREATE TRIGGER IF NOT EXISTS audit_entries_no_delete BEFORE DELETE ON {Table} BEGIN SELECT RAISE(ABORT, '{RefusalMessage}'); END;",
    ];

    private static readonly string[] PostgreSqlStatements =
    [
        $"""
        CREATE OR REPLACE FUNCTION audit_entries_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '{RefusalMessage} (%)', TG_OP USING ERRCODE = 'insufficient_privilege';
        END;
        $$;
        """,
        $"DROP TRIGGER IF EXISTS audit_entries_no_change ON {Table};",
        $"CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON {Table} FOR EACH ROW EXECUTE FUNCTION audit_entries_refuse_change();",
        $"DROP TRIGGER IF EXISTS audit_entries_no_truncate ON {Table};",
        $"CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON {Table} FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_refuse_change();",
    ];

    /// <summary>Creates the triggers if they are missing (idempotent); run after migrations are applied.</summary>
    public static async Task EnsureAsync(GoldenThreadDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var statements = db.Database.IsSqlite() ? SqliteStatements
            : db.Database.IsNpgsql() ? PostgreSqlStatements
            : throw new NotSupportedException("The audit trail's protection is written for SQLite and PostgreSQL.");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var sql in statements)
        {
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}

/// <summary>Refuses to save an <see cref="AuditEntry"/> that has been changed or deleted: entries are only ever added.</summary>
public sealed class AuditEntryGuard : SaveChangesInterceptor
{
    public static AuditEntryGuard Instance { get; } = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private static void Check(DbContextEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is null)
        {
            return;
        }

        if (eventData.Context.ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException(AuditTrailProtection.RefusalMessage);
        }
    }
}
