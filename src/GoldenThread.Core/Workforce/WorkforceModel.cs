namespace GoldenThread.Core.Workforce;

/// <summary>
/// A team's establishment: the full-time-equivalent case-holding posts it is funded for, from a date until the next
/// figure for the team.
/// </summary>
public sealed class TeamEstablishment
{
    public long Id { get; set; }

    public long TeamId { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public decimal Fte { get; set; }
}

/// <summary>A named training programme, such as "Back to basics", whose completion is tracked.</summary>
public sealed class TrainingProgramme
{
    public long Id { get; set; }

    /// <summary>Short stable code, e.g. <c>back-to-basics</c>.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public DateOnly LaunchDate { get; set; }

    /// <summary>The date everyone in the audience should have completed it by, if set.</summary>
    public DateOnly? TargetDate { get; set; }
}

/// <summary>A worker completed a programme on a date.</summary>
public sealed class TrainingCompletion
{
    public long Id { get; set; }

    public long ProgrammeId { get; set; }

    public long WorkerId { get; set; }

    public DateOnly CompletedOn { get; set; }
}
