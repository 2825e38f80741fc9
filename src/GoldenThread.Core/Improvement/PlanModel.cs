namespace GoldenThread.Core.Improvement;

/// <summary>
/// An improvement plan: strategic components, themes, objectives, actions with milestones and evidence, linked Ofsted
/// recommendations and indicators with target trajectories, and the log of every change (docs/adr/0010-improvement-plan.md).
/// </summary>
public sealed class ImprovementPlan
{
    public long Id { get; set; }

    public required string Title { get; set; }

    public string? Summary { get; set; }

    public List<StrategicComponent> Components { get; set; } = [];

    public List<PlanTheme> Themes { get; set; } = [];

    public List<OfstedRecommendation> Recommendations { get; set; } = [];

    public IEnumerable<PlanObjective> Objectives => Themes.OrderBy(t => t.Number).SelectMany(t => t.Objectives.OrderBy(o => o.Number));

    public IEnumerable<PlanAction> Actions => Objectives.SelectMany(o => o.Actions.OrderBy(a => a.Number));
}

/// <summary>One of the components of a successful children's service that objectives contribute to (e.g. "Stable, skilled workforce").</summary>
public sealed class StrategicComponent
{
    public long Id { get; set; }

    public long PlanId { get; set; }

    public int Number { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public List<PlanObjective> Objectives { get; set; } = [];
}

/// <summary>A theme of the plan, e.g. "Quality assurance and audit".</summary>
public sealed class PlanTheme
{
    public long Id { get; set; }

    public long PlanId { get; set; }

    public int Number { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public List<PlanObjective> Objectives { get; set; } = [];
}

/// <summary>A recommendation from an Ofsted inspection report that the plan answers.</summary>
public sealed class OfstedRecommendation
{
    public long Id { get; set; }

    public long PlanId { get; set; }

    /// <summary>The plan's reference for it, e.g. <c>R3</c>.</summary>
    public required string Reference { get; set; }

    public required string Text { get; set; }

    public List<PlanObjective> Objectives { get; set; } = [];
}

/// <summary>What a RAG override says: the status set by hand, why, by whom and when.</summary>
public sealed record RagOverride(Rag Rag, string Reason, string SetByName, DateTimeOffset SetAt);

/// <summary>Something in the plan that carries a RAG status that an editor may set by hand.</summary>
public interface IRagOverridable
{
    Rag? OverrideRag { get; set; }

    string? OverrideReason { get; set; }

    string? OverrideByUserId { get; set; }

    string? OverrideByName { get; set; }

    DateTimeOffset? OverrideAt { get; set; }
}

public static class RagOverridableExtensions
{
    public static RagOverride? Override(this IRagOverridable item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.OverrideRag is { } rag && item.OverrideAt is { } at
            ? new RagOverride(rag, item.OverrideReason ?? string.Empty, item.OverrideByName ?? string.Empty, at)
            : null;
    }
}

/// <summary>An objective: what the plan means to achieve, and what difference it will make to children.</summary>
public sealed class PlanObjective : IRagOverridable
{
    public long Id { get; set; }

    public long ThemeId { get; set; }

    public PlanTheme? Theme { get; set; }

    /// <summary>Order within the theme; the reference is theme.objective, e.g. 2.1.</summary>
    public int Number { get; set; }

    public required string Title { get; set; }

    /// <summary>What difference this will make to children.</summary>
    public required string DifferenceForChildren { get; set; }

    /// <summary>The commentary for the board: the story behind the curve.</summary>
    public string? StoryBehindTheCurve { get; set; }

    public List<StrategicComponent> Components { get; set; } = [];

    public List<OfstedRecommendation> Recommendations { get; set; } = [];

    public List<PlanAction> Actions { get; set; } = [];

    public List<PlanIndicator> Indicators { get; set; } = [];

    public Rag? OverrideRag { get; set; }

    public string? OverrideReason { get; set; }

    public string? OverrideByUserId { get; set; }

    public string? OverrideByName { get; set; }

    public DateTimeOffset? OverrideAt { get; set; }

    public string Reference => Theme is null ? $"{Number}" : $"{Theme.Number}.{Number}";
}

public enum ActionStatus
{
    NotStarted = 1,
    InProgress = 2,
    Completed = 3,
}

/// <summary>An action: who does what by when, led by a service or team, with progress, milestones and evidence.</summary>
public sealed class PlanAction : IRagOverridable
{
    public long Id { get; set; }

    public long ObjectiveId { get; set; }

    public PlanObjective? Objective { get; set; }

    /// <summary>Order within the objective; the reference is theme.objective.action, e.g. 2.1.3.</summary>
    public int Number { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    /// <summary>The user who owns the action and updates it.</summary>
    public string? OwnerUserId { get; set; }

    /// <summary>The service or team leading the action (an <see cref="Model.OrgUnit"/> id).</summary>
    public long? LeadOrgUnitId { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly DueDate { get; set; }

    public ActionStatus Status { get; set; } = ActionStatus.NotStarted;

    /// <summary>Progress, 0 to 100.</summary>
    public int ProgressPercent { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public List<PlanMilestone> Milestones { get; set; } = [];

    public List<PlanEvidence> Evidence { get; set; } = [];

    public Rag? OverrideRag { get; set; }

    public string? OverrideReason { get; set; }

    public string? OverrideByUserId { get; set; }

    public string? OverrideByName { get; set; }

    public DateTimeOffset? OverrideAt { get; set; }

    public string Reference => Objective is null ? $"{Number}" : $"{Objective.Reference}.{Number}";
}

/// <summary>A dated step within an action.</summary>
public sealed class PlanMilestone
{
    public long Id { get; set; }

    public long ActionId { get; set; }

    public required string Title { get; set; }

    public DateOnly DueDate { get; set; }

    public DateOnly? CompletedOn { get; set; }
}

public enum EvidenceKind
{
    Note = 1,
    Link = 2,
    File = 3,
}

/// <summary>Evidence for an action: a note, a link, or a file kept in the database (its bytes in <see cref="PlanEvidenceFile"/>).</summary>
public sealed class PlanEvidence
{
    public long Id { get; set; }

    public long ActionId { get; set; }

    public EvidenceKind Kind { get; set; }

    public required string Title { get; set; }

    public string? Note { get; set; }

    public string? Url { get; set; }

    public string? FileName { get; set; }

    public string? ContentType { get; set; }

    public long? SizeBytes { get; set; }

    public required string AddedByUserId { get; set; }

    public required string AddedByName { get; set; }

    public DateTimeOffset AddedAt { get; set; }
}

/// <summary>The bytes of an evidence file, kept apart so lists of evidence never load them.</summary>
public sealed class PlanEvidenceFile
{
    public long EvidenceId { get; set; }

    public required byte[] Content { get; set; }
}

public enum IndicatorPolarity
{
    HigherIsBetter = 1,
    LowerIsBetter = 2,
}

/// <summary>
/// An indicator linked to an objective by its id in the indicator catalogue (e.g. <c>assessment_45wd</c>), with the value expected
/// by each date (the target trajectory) and the values recorded so far.
/// </summary>
public sealed class PlanIndicator
{
    public long Id { get; set; }

    public long ObjectiveId { get; set; }

    /// <summary>The indicator's id in the catalogue, lower case with underscores.</summary>
    public required string IndicatorId { get; set; }

    public required string Name { get; set; }

    public IndicatorPolarity Polarity { get; set; } = IndicatorPolarity.HigherIsBetter;

    /// <summary>Written after values, e.g. "%" or " per FTE".</summary>
    public string Unit { get; set; } = string.Empty;

    /// <summary>How far worse than the trajectory a value may be and still be amber rather than red.</summary>
    public decimal Tolerance { get; set; }

    public List<TrajectoryPoint> Trajectory { get; set; } = [];

    public List<IndicatorReading> Readings { get; set; } = [];

    /// <summary>The latest value recorded on or before the date, or null.</summary>
    public IndicatorReading? LatestReading(DateOnly asAt) =>
        Readings.Where(r => r.AsAt <= asAt).OrderByDescending(r => r.AsAt).ThenByDescending(r => r.Id).FirstOrDefault();

    /// <summary>The trajectory point in force at the date: the latest one dated on or before it.</summary>
    public TrajectoryPoint? ExpectedAt(DateOnly date) =>
        Trajectory.Where(p => p.Date <= date).OrderByDescending(p => p.Date).FirstOrDefault();
}

/// <summary>The value an indicator is expected to reach by a date.</summary>
public sealed class TrajectoryPoint
{
    public long Id { get; set; }

    public DateOnly Date { get; set; }

    public decimal Value { get; set; }
}

/// <summary>A value of an indicator as at a date, recorded in the plan (or, later, taken from the indicator engine).</summary>
public sealed class IndicatorReading
{
    public long Id { get; set; }

    public DateOnly AsAt { get; set; }

    public decimal Value { get; set; }

    public string? RecordedByName { get; set; }
}

/// <summary>One entry of the plan's updates log: who said what, when, and what changed (before → after).</summary>
public sealed class PlanUpdate
{
    public long Id { get; set; }

    public long PlanId { get; set; }

    public long? ObjectiveId { get; set; }

    public long? ActionId { get; set; }

    public required string UserId { get; set; }

    public required string UserName { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>What kind of change, e.g. "Progress update" or "RAG set by hand".</summary>
    public required string Summary { get; set; }

    /// <summary>What the person said.</summary>
    public string? Note { get; set; }

    public List<PlanFieldChange> Changes { get; set; } = [];
}

/// <summary>One field changed by an update, with its value before and after (as shown to people).</summary>
public sealed class PlanFieldChange
{
    public long Id { get; set; }

    public required string Field { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}
