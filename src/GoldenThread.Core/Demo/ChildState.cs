using GoldenThread.Core.Model;

namespace GoldenThread.Core.Demo;

/// <summary>
/// What the generator knows about one child while it writes their journey: the true birth date (the record may
/// show only an expected one), traits that shape the journey, and which team holds the case over time.
/// </summary>
internal sealed class ChildState
{
    private readonly List<CasePhase> _phases = [];
    private CasePhase? _current;

    public ChildState(Child child, DateOnly birth, DateOnly? expectedBirth, int[] checkpoint, ChildRecordMarks marks)
    {
        Child = child;
        Birth = birth;
        ExpectedBirth = expectedBirth;
        Checkpoint = checkpoint;
        Marks = marks;
    }

    public Child Child { get; }

    public long Id => Child.Id;

    /// <summary>The day the child is (or will be) born.</summary>
    public DateOnly Birth { get; }

    /// <summary>Set for a child first known before birth.</summary>
    public DateOnly? ExpectedBirth { get; }

    /// <summary>Record counts before this child, so the child's own records can be found and, if need be, discarded.</summary>
    public int[] Checkpoint { get; }

    /// <summary>Where this child's records of the types filled in after the journey (workers on visits) begin.</summary>
    public ChildRecordMarks Marks { get; }

    public bool IsDisabled { get; init; }

    public bool IsUnaccompanied { get; init; }

    /// <summary>A child whose placements, if in care, tend to break down.</summary>
    public bool HasUnstablePlacements { get; init; }

    public required string HomePostcode { get; init; }

    public int PreviousPlans { get; set; }

    public bool WasLookedAfter { get; set; }

    public bool WasAdopted { get; set; }

    public IReadOnlyList<CasePhase> Phases => _phases;

    /// <summary>Whole years of age at the date; negative before birth.</summary>
    public int AgeAt(DateOnly date)
    {
        if (date < Birth)
        {
            return -1;
        }

        var age = date.Year - Birth.Year;
        return date < Birth.AddYears(age) ? age - 1 : age;
    }

    public DateOnly Birthday(int age) => Birth.AddYears(age);

    /// <summary>Hands the case to a team of this kind from the date; the previous team's holding ends the day before.</summary>
    public void OpenPhase(TeamKind kind, DateOnly date)
    {
        if (_current is { } current)
        {
            if (current.Kind == kind)
            {
                return;
            }

            if (current.Start >= date)
            {
                // Handed on the day it arrived: the new team holds it from the start.
                _phases.Remove(current);
            }
            else
            {
                current.End = date.AddDays(-1);
            }
        }

        _current = new CasePhase(kind, date);
        _phases.Add(_current);
    }

    /// <summary>The case closes on the date.</summary>
    public void ClosePhase(DateOnly date)
    {
        if (_current is { } current)
        {
            current.End = date > current.Start ? date : current.Start;
            _current = null;
        }
    }
}

/// <summary>A stretch of time in which a team of one kind holds the child's case; End null means still open.</summary>
internal sealed class CasePhase(TeamKind kind, DateOnly start)
{
    public TeamKind Kind { get; } = kind;

    public DateOnly Start { get; } = start;

    public DateOnly? End { get; set; }
}

/// <summary>Counts of some record types before a child's journey: the child's own records follow them.</summary>
internal readonly record struct ChildRecordMarks(int Allocations, int Assessments, int ChildProtectionVisits, int CareVisits);
