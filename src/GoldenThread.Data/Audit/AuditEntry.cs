// Namespace "Auditing", not "Audit": GoldenThread.Core.Quality.Audit (a case audit) would otherwise be hidden inside GoldenThread.Data.
namespace GoldenThread.Data.Auditing;

/// <summary>
/// One change made by a person, as it was made: who, when, what they did, to which record, and the record's values before
/// and after. Entries are only ever added: the application refuses to change or delete one, and so does the database
/// (docs/adr/0014-openid-connect-and-immutable-audit-trail.md).
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>When the change was made, in UTC.</summary>
    public DateTime OccurredAt { get; set; }

    public required string UserId { get; set; }

    public required string UserName { get; set; }

    /// <summary>What was done, e.g. "User created" or "Objective edited".</summary>
    public required string Action { get; set; }

    /// <summary>The kind of record changed, e.g. "User" or "PlanAction".</summary>
    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    /// <summary>The changed values before, as JSON; null when the record was created.</summary>
    public string? BeforeJson { get; set; }

    /// <summary>The changed values after, as JSON; null when the record was removed.</summary>
    public string? AfterJson { get; set; }
}

/// <summary>The person making a change, as recorded in the audit trail.</summary>
public sealed record AuditActor(string UserId, string UserName)
{
    /// <summary>Changes made by the system itself (start-up, command line), not by a signed-in person.</summary>
    public static AuditActor System { get; } = new("system", "GoldenThread");
}
