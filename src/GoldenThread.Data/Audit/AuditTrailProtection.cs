using GoldenThread.Data.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GoldenThread.Data.Auditing;

/// <summary>
/// Makes the two records of what people did append-only, in two places: the application refuses to save a changed or
/// deleted <see cref="AuditEntry"/> or <see cref="ChildRecordAccess"/>, and database triggers refuse any UPDATE or DELETE
/// (and, on PostgreSQL, TRUNCATE) of their tables, whoever sends it. The triggers are created on every start, after
/// migrations, so they do not depend on a migration. Nothing deletes rows from either table, record retention included
/// (ADR 0014, ADR 0015): there is no exception to make.
/// </summary>
public static class AuditTrailProtection
{
    /// <summary>The audit trail of changes to users, targets and the plan.</summary>
    public const string Table = "audit_entries";

    /// <summary>The message both databases raise for the audit trail, so people and tests recognise it.</summary>
    public const string RefusalMessage = "The audit trail is append-only: an audit entry cannot be changed or deleted";

    /// <summary>The log of who opened which child's record, when, and which page.</summary>
    public const string AccessLogTable = "child_record_accesses";

    /// <summary>The message both databases raise for the access log (no apostrophe: it is written into SQL literals).</summary>
    public const string AccessLogRefusalMessage = "The child record access log is append-only: a record of who opened a child record cannot be changed or deleted";

    private static readonly (string Table, string Message)[] Protected = [(Table, RefusalMessage), (AccessLogTable, AccessLogRefusalMessage)];

    private static IEnumerable<string> SqliteStatements(string table, string message) =>
    [
        $"CREATE TRIGGER IF NOT EXISTS {table}_no_update BEFORE UPDATE ON {table} BEGIN SELECT RAISE(ABORT, '{message}'); END;",
        $"CREATE TRIGGER IF NOT EXISTS {table}_no_delete BEFORE DELETE ON {table} BEGIN SELECT RAISE(ABORT, '{message}'); END;",
    ];

    private static IEnumerable<string> PostgreSqlStatements(string table, string message) =>
    [
        $"""
        CREATE OR REPLACE FUNCTION {table}_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '{message} (%)', TG_OP USING ERRCODE = 'insufficient_privilege';
        END;
        $$;
        """,
        $"DROP TRIGGER IF EXISTS {table}_no_change ON {table};",
        $"CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION {table}_refuse_change();",
        $"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table};",
        $"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION {table}_refuse_change();",
    ];

    /// <summary>Creates the triggers on both tables if they are missing (idempotent); run after migrations are applied.</summary>
    public static async Task EnsureAsync(GoldenThreadDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        Func<string, string, IEnumerable<string>> statements = db.Database.IsSqlite() ? SqliteStatements
            : db.Database.IsNpgsql() ? PostgreSqlStatements
            : throw new NotSupportedException("The audit trail's protection is written for SQLite and PostgreSQL.");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var sql in Protected.SelectMany(p => statements(p.Table, p.Message)))
        {
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}

/// <summary>
/// Refuses to save an <see cref="AuditEntry"/> or a <see cref="ChildRecordAccess"/> that has been changed or deleted:
/// both are only ever added.
/// </summary>
public sealed class AppendOnlyGuard : SaveChangesInterceptor
{
    public static AppendOnlyGuard Instance { get; } = new();

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
        if (eventData.Context is not { } context)
        {
            return;
        }

        if (context.ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException(AuditTrailProtection.RefusalMessage);
        }

        if (context.ChangeTracker.Entries<ChildRecordAccess>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException(AuditTrailProtection.AccessLogRefusalMessage);
        }
    }
}
