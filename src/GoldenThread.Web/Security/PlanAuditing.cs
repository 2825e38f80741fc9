using GoldenThread.Core.Improvement;
using GoldenThread.Data.Auditing;

namespace GoldenThread.Web.Security;

/// <summary>Improvement plan changes in the audit trail: one entry per entry in the plan's updates log, with each field before and after.</summary>
public static class PlanAuditing
{
    /// <summary>
    /// Adds the audit entry for a plan update, to be saved with it. The record is the action, else the objective, else the
    /// plan, unless <paramref name="entityType"/> and <paramref name="entityId"/> name another (e.g. a linked indicator).
    /// </summary>
    public static AuditEntry RecordPlanUpdate(this AuditTrail audit, AuditActor actor, PlanUpdate update, string? entityType = null, long? entityId = null)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(update);
        var (type, id) = entityType is not null && entityId is { } given ? (entityType, given)
            : update.ActionId is { } action ? ("PlanAction", action)
            : update.ObjectiveId is { } objective ? ("PlanObjective", objective)
            : ("ImprovementPlan", update.PlanId);
        var fields = update.Changes.GroupBy(c => c.Field, StringComparer.Ordinal).ToList();
        var before = fields.ToDictionary(g => g.Key, g => g.First().Before, StringComparer.Ordinal);
        var after = fields.ToDictionary(g => g.Key, g => g.Last().After, StringComparer.Ordinal);
        if (update.Note is { } note)
        {
            after["Note"] = note;
        }

        return audit.Record(actor, update.Summary, type, id.ToString(System.Globalization.CultureInfo.InvariantCulture), before, after);
    }
}
