namespace GoldenThread.Core.Quality;

/// <summary>A set of questions auditors answer about one child's case, grouped, each with guidance.</summary>
public sealed class AuditTemplate
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public List<AuditQuestion> Questions { get; set; } = [];
}

/// <summary>One question of a template, graded outstanding to inadequate with evidence.</summary>
public sealed class AuditQuestion
{
    public long Id { get; set; }

    public long TemplateId { get; set; }

    /// <summary>The heading the question sits under, e.g. "The child's experience".</summary>
    public required string GroupName { get; set; }

    /// <summary>Order within the template, from 1.</summary>
    public int Position { get; set; }

    public required string Text { get; set; }

    /// <summary>What an auditor looks for; shown as hint text beside the question.</summary>
    public string? Guidance { get; set; }
}

public enum AuditRoundKind
{
    /// <summary>The regular monthly audit of a sample of open cases.</summary>
    Monthly = 1,

    /// <summary>An audit of a theme, e.g. children on child protection plans for 15 months or more.</summary>
    Themed = 2,
}

/// <summary>
/// A round of the audit programme: which children (a population filter at a date), how many (a sample size,
/// stratified by team where asked), which template, and the record that lets anyone re-draw the same sample:
/// the seed and a snapshot of the sorted population with its SHA-256.
/// </summary>
public sealed class AuditRound
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public AuditRoundKind Kind { get; set; }

    /// <summary>The population filter in the documented syntax (docs/adr/0011-quality-assurance.md), e.g. <c>status=cp;min-weeks=65</c>.</summary>
    public required string PopulationFilter { get; set; }

    /// <summary>The date the population was taken at.</summary>
    public DateOnly PopulationDate { get; set; }

    public int SampleSize { get; set; }

    public bool StratifiedByTeam { get; set; }

    /// <summary>Children with an audit in this many months before the population date were left out; 0 for none.</summary>
    public int ExcludeMonths { get; set; }

    public ulong Seed { get; set; }

    /// <summary>Children matching the filter before exclusions.</summary>
    public int PopulationCount { get; set; }

    /// <summary>Children left out because they had been audited recently.</summary>
    public int ExcludedCount { get; set; }

    /// <summary>The sampling frame the draw ran on: LA child IDs sorted ordinally, one per line, each ending in a line feed.</summary>
    public required string FrameSnapshot { get; set; }

    /// <summary>SHA-256 of <see cref="FrameSnapshot"/> as UTF-8, lower-case hex.</summary>
    public required string FrameSha256 { get; set; }

    public int FrameCount { get; set; }

    public long TemplateId { get; set; }

    public DateOnly DueDate { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}

/// <summary>Where an audit is in its workflow: assigned → in progress → submitted → moderated → closed.</summary>
public enum AuditStatus
{
    Assigned = 1,
    InProgress = 2,
    Submitted = 3,
    Moderated = 4,
    Closed = 5,
}

/// <summary>The audit of one sampled child's case by one auditor.</summary>
public sealed class Audit
{
    public long Id { get; set; }

    public long RoundId { get; set; }

    public long ChildId { get; set; }

    /// <summary>1 for the first child drawn, and so on.</summary>
    public int DrawPosition { get; set; }

    /// <summary>The team holding the case at the population date (the sampling stratum), if any.</summary>
    public long? TeamId { get; set; }

    /// <summary>The worker holding the case at the population date, if any: actions default to them.</summary>
    public long? WorkerId { get; set; }

    public required string AuditorUserId { get; set; }

    public required string AuditorName { get; set; }

    /// <summary>True when no auditor outside the child's team was available and the auditor audits their own team's case.</summary>
    public bool OwnTeamAudit { get; set; }

    public DateOnly DueDate { get; set; }

    public AuditStatus Status { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>The auditor's overall grade, kept unchanged after moderation.</summary>
    public Grade? AuditorGrade { get; set; }

    /// <summary>Was the child seen by their worker as the record shows it (answered by the auditor).</summary>
    public bool? ChildSeen { get; set; }

    /// <summary>The child's voice: what the child said, or how their views were gathered and used.</summary>
    public string? ChildVoice { get; set; }

    public string? Summary { get; set; }

    /// <summary>The moderator's grade; equal to the auditor's when the moderator agreed.</summary>
    public Grade? ModeratedGrade { get; set; }

    public string? ModerationReason { get; set; }

    public string? ModeratorUserId { get; set; }

    public string? ModeratorName { get; set; }

    public DateTimeOffset? ModeratedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public List<AuditAnswer> Answers { get; set; } = [];

    public List<AuditFinding> Findings { get; set; } = [];

    /// <summary>The grade that counts: the moderated grade where there is one, else the auditor's.</summary>
    public Grade? FinalGrade => ModeratedGrade ?? AuditorGrade;

    public bool IsCompleted => Status is AuditStatus.Submitted or AuditStatus.Moderated or AuditStatus.Closed;

    public bool IsModerated => ModeratedGrade is not null && AuditorGrade is not null;

    /// <summary>Late: not yet submitted and past its due date. Such audits are escalated to the QA lead.</summary>
    public bool IsEscalatedAt(DateOnly today) => Status is AuditStatus.Assigned or AuditStatus.InProgress && today > DueDate;
}

/// <summary>The auditor's grade and evidence for one question.</summary>
public sealed class AuditAnswer
{
    public long Id { get; set; }

    public long AuditId { get; set; }

    public long QuestionId { get; set; }

    public Grade? Grade { get; set; }

    public string? Evidence { get; set; }
}

public enum FindingKind
{
    Strength = 1,
    AreaForDevelopment = 2,
}

/// <summary>A theme an audit found, as a strength or an area for development; the learning summary counts them.</summary>
public sealed class AuditFinding
{
    public long Id { get; set; }

    public long AuditId { get; set; }

    /// <summary>One of the <see cref="FindingThemes"/> codes.</summary>
    public required string Theme { get; set; }

    public FindingKind Kind { get; set; }
}

public enum AuditActionStatus
{
    Open = 1,
    Done = 2,
}

/// <summary>An action an audit raised for the worker or the team, with a due date.</summary>
public sealed class AuditAction
{
    public long Id { get; set; }

    public long AuditId { get; set; }

    public required string Description { get; set; }

    /// <summary>The worker the action is for, or null when it is for the team.</summary>
    public long? WorkerId { get; set; }

    public long? TeamId { get; set; }

    public DateOnly DueDate { get; set; }

    /// <summary>The improvement plan objective this action serves, by its id in the plan (kept as given).</summary>
    public long? ImprovementObjectiveId { get; set; }

    public AuditActionStatus Status { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    /// <summary>Open and past its due date.</summary>
    public bool IsOverdueAt(DateOnly today) => Status == AuditActionStatus.Open && today > DueDate;
}

/// <summary>The themes auditors tag findings with. Codes are stored; do not rename.</summary>
public static class FindingThemes
{
    public static IReadOnlyList<(string Code, string Name)> All { get; } =
    [
        ("voice-of-the-child", "Voice of the child"),
        ("management-oversight", "Management oversight"),
        ("supervision", "Supervision"),
        ("assessment", "Assessment quality"),
        ("planning", "Planning (SMART plans)"),
        ("risk", "Risk analysis"),
        ("visits", "Visits and seeing the child"),
        ("multi-agency", "Multi-agency working"),
        ("recording", "Recording and chronology"),
        ("identity", "Identity, culture and diversity"),
    ];

    public static bool IsKnown(string code) => All.Any(t => t.Code == code);

    public static string Name(string code) => All.FirstOrDefault(t => t.Code == code).Name ?? code;
}

/// <summary>A management-oversight decision recorded on a child's record by a manager.</summary>
public sealed class ManagementOversightDecision
{
    public long Id { get; set; }

    public long ChildId { get; set; }

    public DateOnly DecisionDate { get; set; }

    /// <summary>The decision and its reasons, as recorded on the child's record.</summary>
    public required string Decision { get; set; }

    /// <summary>When the manager will look again, if set.</summary>
    public DateOnly? NextReviewDate { get; set; }

    public required string RecordedByUserId { get; set; }

    public required string RecordedByName { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
