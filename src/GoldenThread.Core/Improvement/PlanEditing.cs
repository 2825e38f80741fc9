using System.Globalization;

namespace GoldenThread.Core.Improvement;

/// <summary>The person making a change, as written in the updates log.</summary>
public sealed record PlanActor(string UserId, string Name);

/// <summary>
/// Every change to the plan goes through here: each method changes the item and returns the entry for the updates log
/// (who, when, what was said, each field before → after), or null when nothing changed.
/// </summary>
public static class PlanEditing
{
    public const int MaxReasonLength = 500;

    public static string StatusName(ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => "Not started",
        ActionStatus.InProgress => "In progress",
        ActionStatus.Completed => "Completed",
        _ => status.ToString(),
    };

    /// <summary>An owner's update: progress, status and a note. Completing sets progress to 100% and the completion date.</summary>
    public static PlanUpdate RecordProgress(PlanAction action, long planId, int progress, ActionStatus status, string note, PlanActor actor, DateTimeOffset at, DateOnly today, IReadOnlyCollection<long>? milestonesCompleted = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(actor);
        if (progress is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(progress), progress, "Progress is a percentage from 0 to 100.");
        }

        var changes = new List<PlanFieldChange>();
        if (status == ActionStatus.Completed)
        {
            progress = 100;
        }

        Change(changes, "Status", StatusName(action.Status), StatusName(status));
        Change(changes, "Progress", Percent(action.ProgressPercent), Percent(progress));
        var completedOn = status == ActionStatus.Completed ? action.CompletedOn ?? today : (DateOnly?)null;
        Change(changes, "Completed on", DateText(action.CompletedOn), DateText(completedOn));
        action.Status = status;
        action.ProgressPercent = progress;
        action.CompletedOn = completedOn;
        foreach (var milestone in action.Milestones.Where(m => m.CompletedOn is null && milestonesCompleted?.Contains(m.Id) == true).OrderBy(m => m.DueDate))
        {
            milestone.CompletedOn = today;
            changes.Add(new PlanFieldChange { Field = $"Milestone: {milestone.Title}", Before = "Not completed", After = $"Completed on {SlippageRules.Date(today)}" });
        }

        return Entry(planId, action.ObjectiveId, action.Id, actor, at, "Progress update", note, changes);
    }

    /// <summary>Sets or clears a RAG override. Setting one needs a reason; both are logged.</summary>
    public static PlanUpdate SetOverride(IRagOverridable item, long planId, long? objectiveId, long? actionId, Rag? rag, string? reason, Rag computed, PlanActor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(actor);
        if (rag is not null && OverrideError(rag, reason) is { } error)
        {
            throw new ArgumentException(error, nameof(reason));
        }

        var before = Describe(item.Override(), computed);
        if (rag is { } set)
        {
            item.OverrideRag = set;
            item.OverrideReason = reason!.Trim();
            item.OverrideByUserId = actor.UserId;
            item.OverrideByName = actor.Name;
            item.OverrideAt = at;
        }
        else
        {
            item.OverrideRag = null;
            item.OverrideReason = null;
            item.OverrideByUserId = null;
            item.OverrideByName = null;
            item.OverrideAt = null;
        }

        var after = Describe(item.Override(), computed);
        var changes = new List<PlanFieldChange>();
        Change(changes, "RAG", before, after);
        return Entry(planId, objectiveId, actionId, actor, at, rag is null ? "RAG override removed" : "RAG set by hand", reason?.Trim(), changes);
    }

    /// <summary>The error for an override, in GOV.UK wording, or null when it may be set.</summary>
    public static string? OverrideError(Rag? rag, string? reason)
    {
        if (rag is not (Rag.Red or Rag.Amber or Rag.Green))
        {
            return "Select a RAG status";
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return "Enter a reason for setting the RAG status by hand";
        }

        return reason.Trim().Length > MaxReasonLength ? $"Reason must be {MaxReasonLength} characters or fewer" : null;
    }

    /// <summary>An editor's change to an action's details.</summary>
    public static PlanUpdate? EditAction(PlanAction action, long planId, ActionDetails details, Func<string?, string> ownerName, Func<long?, string> unitName, PlanActor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(ownerName);
        ArgumentNullException.ThrowIfNull(unitName);
        var changes = new List<PlanFieldChange>();
        Change(changes, "Title", action.Title, details.Title);
        Change(changes, "Description", action.Description, details.Description);
        Change(changes, "Owner", ownerName(action.OwnerUserId), ownerName(details.OwnerUserId));
        Change(changes, "Lead service or team", unitName(action.LeadOrgUnitId), unitName(details.LeadOrgUnitId));
        Change(changes, "Start date", DateText(action.StartDate), DateText(details.StartDate));
        Change(changes, "Due date", DateText(action.DueDate), DateText(details.DueDate));
        if (changes.Count == 0)
        {
            return null;
        }

        action.Title = details.Title;
        action.Description = details.Description;
        action.OwnerUserId = details.OwnerUserId;
        action.LeadOrgUnitId = details.LeadOrgUnitId;
        action.StartDate = details.StartDate;
        action.DueDate = details.DueDate;
        return Entry(planId, action.ObjectiveId, action.Id == 0 ? null : action.Id, actor, at, action.Id == 0 ? "Action added" : "Action edited", null, changes);
    }

    /// <summary>An editor's change to an objective's wording or commentary.</summary>
    public static PlanUpdate? EditObjective(PlanObjective objective, long planId, string title, string difference, string? story, PlanActor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(objective);
        var changes = new List<PlanFieldChange>();
        Change(changes, "Title", objective.Title, title);
        Change(changes, "What difference will this make to children", objective.DifferenceForChildren, difference);
        Change(changes, "Story behind the curve", objective.StoryBehindTheCurve, story);
        if (changes.Count == 0)
        {
            return null;
        }

        objective.Title = title;
        objective.DifferenceForChildren = difference;
        objective.StoryBehindTheCurve = story;
        return Entry(planId, objective.Id, null, actor, at, "Objective edited", null, changes);
    }

    /// <summary>Evidence added to an action.</summary>
    public static PlanUpdate AddEvidence(PlanAction action, long planId, PlanEvidence evidence, PlanActor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(evidence);
        action.Evidence.Add(evidence);
        var what = evidence.Kind switch
        {
            EvidenceKind.File => $"{evidence.Title} (file {evidence.FileName}, {EvidenceFiles.Size(evidence.SizeBytes ?? 0)})",
            EvidenceKind.Link => $"{evidence.Title} (link {evidence.Url})",
            _ => $"{evidence.Title} (note)",
        };
        return Entry(planId, action.ObjectiveId, action.Id, actor, at, "Evidence added", null, [new PlanFieldChange { Field = "Evidence", Before = null, After = what }]);
    }

    /// <summary>A value of a linked indicator recorded by hand.</summary>
    public static PlanUpdate RecordReading(PlanIndicator indicator, long planId, DateOnly asAt, decimal value, PlanActor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(actor);
        var previous = indicator.LatestReading(asAt);
        indicator.Readings.Add(new IndicatorReading { AsAt = asAt, Value = value, RecordedByName = actor.Name });
        return Entry(planId, indicator.ObjectiveId, null, actor, at, "Indicator value recorded", null,
        [
            new PlanFieldChange
            {
                Field = $"{indicator.Name} ({indicator.IndicatorId})",
                Before = previous is null ? null : $"{SlippageRules.Value(previous.Value, indicator.Unit)} at {SlippageRules.Date(previous.AsAt)}",
                After = $"{SlippageRules.Value(value, indicator.Unit)} at {SlippageRules.Date(asAt)}",
            },
        ]);
    }

    private static string Describe(RagOverride? o, Rag computed) =>
        o is null ? $"{SlippageRules.Name(computed)} (computed)" : $"{SlippageRules.Name(o.Rag)} (set by {o.SetByName}: {o.Reason})";

    private static void Change(List<PlanFieldChange> changes, string field, string? before, string? after)
    {
        before = string.IsNullOrEmpty(before) ? null : before;
        after = string.IsNullOrEmpty(after) ? null : after;
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add(new PlanFieldChange { Field = field, Before = before, After = after });
        }
    }

    internal static PlanUpdate Entry(long planId, long? objectiveId, long? actionId, PlanActor actor, DateTimeOffset at, string summary, string? note, List<PlanFieldChange> changes) => new()
    {
        PlanId = planId,
        ObjectiveId = objectiveId,
        ActionId = actionId,
        UserId = actor.UserId,
        UserName = actor.Name,
        At = at,
        Summary = summary,
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        Changes = changes,
    };

    private static string Percent(int value) => value.ToString(CultureInfo.InvariantCulture) + "%";

    private static string? DateText(DateOnly? date) => date is { } d ? SlippageRules.Date(d) : null;
}

/// <summary>An action's details as an editor sets them.</summary>
public sealed record ActionDetails(string Title, string? Description, string? OwnerUserId, long? LeadOrgUnitId, DateOnly StartDate, DateOnly DueDate);
