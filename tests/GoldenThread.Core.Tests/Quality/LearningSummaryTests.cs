using GoldenThread.Core.Quality;

namespace GoldenThread.Core.Tests.Quality;

public sealed class LearningSummaryTests
{
    private static readonly DateOnly Today = new(2025, 3, 10);

    private static Audit A(long id, AuditStatus status, Grade? auditor, Grade? moderated, bool? seen, DateOnly due, params (string Theme, FindingKind Kind)[] findings) => new()
    {
        Id = id,
        AuditorUserId = "a",
        AuditorName = "A",
        Status = status,
        AuditorGrade = auditor,
        ModeratedGrade = moderated,
        ChildSeen = seen,
        DueDate = due,
        Findings = [.. findings.Select(f => new AuditFinding { AuditId = id, Theme = f.Theme, Kind = f.Kind })],
    };

    private static readonly DateOnly Due = new(2025, 3, 1);

    private static List<Audit> Audits() =>
    [
        // 1: submitted, good, seen; areas: voice, planning.
        A(1, AuditStatus.Submitted, Grade.Good, null, true, Due, ("voice-of-the-child", FindingKind.AreaForDevelopment), ("planning", FindingKind.AreaForDevelopment)),

        // 2: moderated good → requires improvement, seen; area: planning (tagged twice, counts once); strength: visits.
        A(2, AuditStatus.Moderated, Grade.Good, Grade.RequiresImprovement, true, Due, ("planning", FindingKind.AreaForDevelopment), ("planning", FindingKind.AreaForDevelopment), ("visits", FindingKind.Strength)),

        // 3: moderated inadequate, agreed, not seen; areas: management oversight, planning.
        A(3, AuditStatus.Moderated, Grade.Inadequate, Grade.Inadequate, false, Due, ("management-oversight", FindingKind.AreaForDevelopment), ("planning", FindingKind.AreaForDevelopment)),

        // 4: closed outstanding, agreed, seen; strengths: visits, voice.
        A(4, AuditStatus.Closed, Grade.Outstanding, Grade.Outstanding, true, Due, ("visits", FindingKind.Strength), ("voice-of-the-child", FindingKind.Strength)),

        // 5: in progress, due 1 March, today 10 March: escalated; its draft grade does not count.
        A(5, AuditStatus.InProgress, Grade.Good, null, true, Due, ("recording", FindingKind.AreaForDevelopment)),

        // 6: assigned, due 31 March: not escalated.
        A(6, AuditStatus.Assigned, null, null, null, new DateOnly(2025, 3, 31)),
    ];

    [Fact]
    public void The_learning_summary_is_exact_on_hand_built_audits()
    {
        var summary = LearningSummary.Compute(Audits(), Today, 10m);
        Assert.Equal(6, summary.Planned);
        Assert.Equal(4, summary.Completed);
        Assert.Equal([(Grade.Outstanding, 1), (Grade.Good, 1), (Grade.RequiresImprovement, 1), (Grade.Inadequate, 1)], summary.Grades.Select(g => (g.Grade, g.Count)));
        Assert.Equal(new Proportion(2, 4), summary.GoodOrBetter);
        Assert.Equal(new Proportion(1, 4), summary.Inadequate);
        Assert.True(summary.InadequateAboveTolerance);
        Assert.Equal(new Proportion(2, 3), summary.ModerationAgreement);
        Assert.Equal(1, summary.GradesChangedAtModeration);
        Assert.Equal(
            [("planning", 3), ("voice-of-the-child", 1), ("management-oversight", 1)],
            summary.AreasForDevelopment.Select(t => (t.Theme, t.Audits.Count)));
        Assert.All(summary.AreasForDevelopment, t => Assert.Equal(4, t.Audits.Total));
        Assert.Equal([("visits", 2), ("voice-of-the-child", 1)], summary.Strengths.Select(t => (t.Theme, t.Audits.Count)));
        Assert.Equal(new Proportion(3, 4), summary.ChildSeen);
        Assert.Equal(1, summary.Escalated);
    }

    [Fact]
    public void The_inadequate_share_is_above_tolerance_only_when_strictly_greater()
    {
        Assert.False(LearningSummary.Compute(Audits(), Today, 25m).InadequateAboveTolerance);
        Assert.True(LearningSummary.Compute(Audits(), Today, 24.9m).InadequateAboveTolerance);
        var empty = LearningSummary.Compute([], Today, 10m);
        Assert.False(empty.InadequateAboveTolerance);
        Assert.Null(empty.GoodOrBetter.RoundedPercent);
        Assert.Equal("none yet", empty.ModerationAgreement.Describe());
    }

    [Fact]
    public void Proportions_round_half_away_from_zero()
    {
        Assert.Equal(67, new Proportion(2, 3).RoundedPercent);
        Assert.Equal(13, new Proportion(1, 8).RoundedPercent);
        Assert.Equal("2 of 3 (67%)", new Proportion(2, 3).Describe());
    }

    [Fact]
    public void Actions_count_open_overdue_done_and_linked_to_the_improvement_plan()
    {
        AuditAction Action(AuditActionStatus status, DateOnly due, long? objective) =>
            new() { Description = "x", CreatedBy = "a", Status = status, DueDate = due, ImprovementObjectiveId = objective };
        var actions = new[]
        {
            Action(AuditActionStatus.Open, new DateOnly(2025, 3, 9), 4),
            Action(AuditActionStatus.Open, new DateOnly(2025, 3, 10), null),
            Action(AuditActionStatus.Done, new DateOnly(2025, 1, 1), 4),
        };
        Assert.Equal(new ActionSummary(3, 2, 1, 1, 2), ActionSummary.Compute(actions, Today));
    }
}
