using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GoldenThread.Data.Auditing;

/// <summary>
/// Records changes in the audit trail. An entry is added to the same context as the change it describes, so the change and
/// its entry are saved together by the caller's <c>SaveChanges</c>, or not at all.
/// </summary>
public sealed class AuditTrail(GoldenThreadDbContext db, TimeProvider clock)
{
    /// <summary>The longest JSON kept for one side of a change; longer values are cut and marked.</summary>
    public const int MaxJsonLength = 20_000;

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter() },
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        MaxDepth = 8,
    };

    /// <summary>
    /// Adds an entry for a change. <paramref name="before"/> and <paramref name="after"/> are small snapshots of the changed
    /// values (an anonymous object or a dictionary), written as JSON; pass null for a side that does not exist.
    /// </summary>
    public AuditEntry Record(AuditActor actor, string action, string entityType, string entityId, object? before, object? after)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        var entry = new AuditEntry
        {
            OccurredAt = clock.GetUtcNow().UtcDateTime,
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            BeforeJson = Serialise(before),
            AfterJson = Serialise(after),
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>Adds an entry and saves it at once, for changes that are not saved through this context (e.g. Identity's stores).</summary>
    public async Task<AuditEntry> RecordNowAsync(AuditActor actor, string action, string entityType, string entityId, object? before, object? after, CancellationToken cancellationToken = default)
    {
        var entry = Record(actor, action, entityType, entityId, before, after);
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    public static string? Serialise(object? value)
    {
        if (value is null)
        {
            return null;
        }

        var json = JsonSerializer.Serialize(value, value.GetType(), Json);
        return json.Length <= MaxJsonLength ? json : JsonSerializer.Serialize(new { truncated = json[..MaxJsonLength] }, Json);
    }
}
