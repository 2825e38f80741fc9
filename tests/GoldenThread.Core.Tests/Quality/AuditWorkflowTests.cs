using GoldenThread.Core.Quality;

namespace GoldenThread.Core.Tests.Quality;

public sealed class AuditWorkflowTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private static readonly AuditQuestion[] Questions =
    [
        new() { Id = 11, GroupName = "The child's experience", Position = 1, Text = "Is the child's lived experience clear?" },
        new() { Id = 12, GroupName = "The child's experience", Position = 2, Text = "Was the child seen alone?" },
        new() { Id = 21, GroupName = "Planning", Position = 3, Text = "Is the plan SMART?" },
    ];

    private static Audit NewAudit() => new()
    {
        Id = 7,
        AuditorUserId = "auditor-1",
        AuditorName = "Auditor One",
        DueDate = new DateOnly(2025, 3, 20),
        Status = AuditStatus.Assigned,
    };

    private static AuditResponse Complete(Grade overall) => new(
        Questions.ToDictionary(q => q.Id, _ => ((Grade?)Grade.Good, (string?)"Seen in the case notes of 3 March.")),
        overall,
        true,
        "Said she feels safer at home now.",
        null,
        [("planning", FindingKind.AreaForDevelopment), ("visits", FindingKind.Strength), ("not-a-theme", FindingKind.Strength)]);

    [Fact]
    public void Questions_are_numbered_by_group_and_position()
    {
        Assert.Equal(["1.1", "1.2", "2.1"], AuditWorkflow.Numbered(Questions).Select(q => q.Number));
    }

    [Fact]
    public void An_incomplete_audit_cannot_be_submitted_and_each_problem_is_named()
    {
        var response = new AuditResponse(
            new Dictionary<long, (Grade?, string?)> { [11] = (Grade.Good, "Evidence."), [12] = (null, " ") },
            null,
            null,
            "",
            null,
            []);
        Assert.Equal(
            [
                ("grade-12", "Select a grade for question 1.2"),
                ("evidence-12", "Enter the evidence for question 1.2"),
                ("grade-21", "Select a grade for question 2.1"),
                ("evidence-21", "Enter the evidence for question 2.1"),
                ("child-seen", "Select yes if the child was seen"),
                ("child-voice", "Enter the child's voice: what the child said, or how their views were gathered"),
                ("overall-grade", "Select an overall grade"),
            ],
            AuditWorkflow.Validate(Questions, response));
        var audit = NewAudit();
        Assert.Throws<AuditWorkflowException>(() => AuditWorkflow.Submit(audit, Questions, response, "auditor-1", Now));
        Assert.Equal(AuditStatus.Assigned, audit.Status);
    }

    [Fact]
    public void Saving_a_draft_starts_the_audit_and_submitting_records_grades_voice_and_known_findings()
    {
        var audit = NewAudit();
        AuditWorkflow.SaveDraft(audit, Questions, Complete(Grade.Good) with { OverallGrade = null }, "auditor-1", Now);
        Assert.Equal(AuditStatus.InProgress, audit.Status);
        Assert.Equal(Now, audit.StartedAt);

        AuditWorkflow.Submit(audit, Questions, Complete(Grade.Good), "auditor-1", Now.AddDays(1));
        Assert.Equal(AuditStatus.Submitted, audit.Status);
        Assert.Equal(Now, audit.StartedAt);
        Assert.Equal(Now.AddDays(1), audit.SubmittedAt);
        Assert.Equal(Grade.Good, audit.AuditorGrade);
        Assert.True(audit.ChildSeen);
        Assert.Equal("Said she feels safer at home now.", audit.ChildVoice);
        Assert.Equal(3, audit.Answers.Count);
        Assert.All(audit.Answers, a => Assert.Equal(Grade.Good, a.Grade));
        Assert.Equal([("planning", FindingKind.AreaForDevelopment), ("visits", FindingKind.Strength)], audit.Findings.Select(f => (f.Theme, f.Kind)));
    }

    [Fact]
    public void Only_the_assigned_auditor_edits_and_only_before_submission()
    {
        var audit = NewAudit();
        var other = Assert.Throws<AuditWorkflowException>(() => AuditWorkflow.SaveDraft(audit, Questions, Complete(Grade.Good), "someone-else", Now));
        Assert.Equal("Only the assigned auditor can change this audit.", other.Message);
        AuditWorkflow.Submit(audit, Questions, Complete(Grade.Good), "auditor-1", Now);
        var late = Assert.Throws<AuditWorkflowException>(() => AuditWorkflow.SaveDraft(audit, Questions, Complete(Grade.Inadequate), "auditor-1", Now));
        Assert.Equal("This audit has been submitted and can no longer be changed.", late.Message);
        Assert.Equal(Grade.Good, audit.AuditorGrade);
    }

    [Fact]
    public void Moderation_keeps_both_grades_and_needs_a_reason_for_a_change()
    {
        var audit = NewAudit();
        AuditWorkflow.Submit(audit, Questions, Complete(Grade.Good), "auditor-1", Now);

        Assert.Equal("Select the moderated grade", AuditWorkflow.ValidateModeration(audit, null, null));
        Assert.Equal("Enter the reason for changing the grade", AuditWorkflow.ValidateModeration(audit, Grade.RequiresImprovement, "  "));
        Assert.Null(AuditWorkflow.ValidateModeration(audit, Grade.Good, null));
        var own = Assert.Throws<AuditWorkflowException>(() => AuditWorkflow.Moderate(audit, Grade.Good, null, "auditor-1", "Auditor One", Now));
        Assert.Equal("You cannot moderate an audit you did yourself.", own.Message);

        AuditWorkflow.Moderate(audit, Grade.RequiresImprovement, " Plan has no timescales. ", "moderator-1", "Moderator One", Now.AddDays(2));
        Assert.Equal(AuditStatus.Moderated, audit.Status);
        Assert.Equal(Grade.Good, audit.AuditorGrade);
        Assert.Equal(Grade.RequiresImprovement, audit.ModeratedGrade);
        Assert.Equal(Grade.RequiresImprovement, audit.FinalGrade);
        Assert.Equal("Plan has no timescales.", audit.ModerationReason);
        Assert.Equal("Moderator One", audit.ModeratorName);

        var again = Assert.Throws<AuditWorkflowException>(() => AuditWorkflow.Moderate(audit, Grade.Good, "x", "moderator-2", "Moderator Two", Now));
        Assert.Equal("Only a submitted audit can be moderated.", again.Message);

        AuditWorkflow.Close(audit, Now.AddDays(3));
        Assert.Equal(AuditStatus.Closed, audit.Status);
        Assert.Equal(Grade.Good, audit.AuditorGrade);
        Assert.Equal(Grade.RequiresImprovement, audit.ModeratedGrade);
    }

    [Fact]
    public void Audits_not_submitted_by_their_due_date_are_escalated()
    {
        var audit = NewAudit();
        Assert.False(audit.IsEscalatedAt(new DateOnly(2025, 3, 20)));
        Assert.True(audit.IsEscalatedAt(new DateOnly(2025, 3, 21)));
        audit.Status = AuditStatus.InProgress;
        Assert.True(audit.IsEscalatedAt(new DateOnly(2025, 3, 21)));
        audit.Status = AuditStatus.Submitted;
        Assert.False(audit.IsEscalatedAt(new DateOnly(2025, 3, 21)));
        Assert.Throws<AuditWorkflowException>(() => AuditWorkflow.Close(audit, Now));
    }
}
