namespace GoldenThread.Core.Quality;

/// <summary>A step the workflow refused, with the reason in words for the person who tried it.</summary>
public sealed class AuditWorkflowException(string message) : InvalidOperationException(message);

/// <summary>What an auditor puts in the audit form.</summary>
public sealed record AuditResponse(
    IReadOnlyDictionary<long, (Grade? Grade, string? Evidence)> Answers,
    Grade? OverallGrade,
    bool? ChildSeen,
    string? ChildVoice,
    string? Summary,
    IReadOnlyCollection<(string Theme, FindingKind Kind)> Findings);

/// <summary>
/// The audit workflow: assigned → in progress → submitted → moderated → closed. Only the assigned auditor saves and
/// submits; a moderator other than the auditor moderates, keeping the auditor's grade beside their own and giving a
/// reason when they change it; a moderated audit is closed when its actions are raised.
/// </summary>
public static class AuditWorkflow
{
    public const int MaxTextLength = 4000;

    /// <summary>Keeps a draft: answers are stored as given and the audit is in progress.</summary>
    public static void SaveDraft(Audit audit, IReadOnlyList<AuditQuestion> questions, AuditResponse response, string userId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(audit);
        EnsureAuditorMayEdit(audit, userId);
        Apply(audit, questions, response);
        if (audit.Status == AuditStatus.Assigned)
        {
            audit.Status = AuditStatus.InProgress;
            audit.StartedAt = now;
        }
    }

    /// <summary>The problems that stop an audit being submitted, keyed by the form field they belong to.</summary>
    public static IReadOnlyList<(string Field, string Message)> Validate(IReadOnlyList<AuditQuestion> questions, AuditResponse response)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(response);
        var errors = new List<(string, string)>();
        foreach (var (question, number) in Numbered(questions))
        {
            response.Answers.TryGetValue(question.Id, out var answer);
            if (answer.Grade is null)
            {
                errors.Add(($"grade-{question.Id}", $"Select a grade for question {number}"));
            }

            if (string.IsNullOrWhiteSpace(answer.Evidence))
            {
                errors.Add(($"evidence-{question.Id}", $"Enter the evidence for question {number}"));
            }
            else if (answer.Evidence.Length > MaxTextLength)
            {
                errors.Add(($"evidence-{question.Id}", $"The evidence for question {number} must be {MaxTextLength} characters or fewer"));
            }
        }

        if (response.ChildSeen is null)
        {
            errors.Add(("child-seen", "Select yes if the child was seen"));
        }

        if (string.IsNullOrWhiteSpace(response.ChildVoice))
        {
            errors.Add(("child-voice", "Enter the child's voice: what the child said, or how their views were gathered"));
        }
        else if (response.ChildVoice.Length > MaxTextLength)
        {
            errors.Add(("child-voice", $"The child's voice must be {MaxTextLength} characters or fewer"));
        }

        if (response.Summary is { Length: > MaxTextLength })
        {
            errors.Add(("summary", $"The summary must be {MaxTextLength} characters or fewer"));
        }

        if (response.OverallGrade is null)
        {
            errors.Add(("overall-grade", "Select an overall grade"));
        }

        return errors;
    }

    public static void Submit(Audit audit, IReadOnlyList<AuditQuestion> questions, AuditResponse response, string userId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(audit);
        EnsureAuditorMayEdit(audit, userId);
        if (Validate(questions, response).Count > 0)
        {
            throw new AuditWorkflowException("The audit is not complete.");
        }

        Apply(audit, questions, response);
        audit.StartedAt ??= now;
        audit.Status = AuditStatus.Submitted;
        audit.SubmittedAt = now;
    }

    /// <summary>The problem with a moderation, or null when it may be recorded.</summary>
    public static string? ValidateModeration(Audit audit, Grade? grade, string? reason)
    {
        ArgumentNullException.ThrowIfNull(audit);
        if (grade is null)
        {
            return "Select the moderated grade";
        }

        if (grade != audit.AuditorGrade && string.IsNullOrWhiteSpace(reason))
        {
            return "Enter the reason for changing the grade";
        }

        return reason is { Length: > MaxTextLength } ? $"The reason must be {MaxTextLength} characters or fewer" : null;
    }

    /// <summary>Records the moderator's grade. The auditor's grade is never changed: both are kept.</summary>
    public static void Moderate(Audit audit, Grade? grade, string? reason, string moderatorUserId, string moderatorName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(audit);
        if (audit.Status != AuditStatus.Submitted)
        {
            throw new AuditWorkflowException("Only a submitted audit can be moderated.");
        }

        if (string.Equals(audit.AuditorUserId, moderatorUserId, StringComparison.Ordinal))
        {
            throw new AuditWorkflowException("You cannot moderate an audit you did yourself.");
        }

        if (ValidateModeration(audit, grade, reason) is { } problem)
        {
            throw new AuditWorkflowException(problem);
        }

        audit.ModeratedGrade = grade;
        audit.ModerationReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        audit.ModeratorUserId = moderatorUserId;
        audit.ModeratorName = moderatorName;
        audit.ModeratedAt = now;
        audit.Status = AuditStatus.Moderated;
    }

    public static void Close(Audit audit, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(audit);
        if (audit.Status != AuditStatus.Moderated)
        {
            throw new AuditWorkflowException("Only a moderated audit can be closed.");
        }

        audit.Status = AuditStatus.Closed;
        audit.ClosedAt = now;
    }

    /// <summary>Questions with their numbers: group number, then position in the group (1.1, 1.2, 2.1 …).</summary>
    public static IReadOnlyList<(AuditQuestion Question, string Number)> Numbered(IReadOnlyList<AuditQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var result = new List<(AuditQuestion, string)>();
        var groups = new List<string>();
        var inGroup = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var question in questions.OrderBy(q => q.Position).ThenBy(q => q.Id))
        {
            if (!groups.Contains(question.GroupName))
            {
                groups.Add(question.GroupName);
            }

            inGroup[question.GroupName] = inGroup.GetValueOrDefault(question.GroupName) + 1;
            result.Add((question, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{groups.IndexOf(question.GroupName) + 1}.{inGroup[question.GroupName]}")));
        }

        return result;
    }

    private static void EnsureAuditorMayEdit(Audit audit, string userId)
    {
        if (!string.Equals(audit.AuditorUserId, userId, StringComparison.Ordinal))
        {
            throw new AuditWorkflowException("Only the assigned auditor can change this audit.");
        }

        if (audit.Status is not (AuditStatus.Assigned or AuditStatus.InProgress))
        {
            throw new AuditWorkflowException("This audit has been submitted and can no longer be changed.");
        }
    }

    private static void Apply(Audit audit, IReadOnlyList<AuditQuestion> questions, AuditResponse response)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(response);
        foreach (var question in questions)
        {
            response.Answers.TryGetValue(question.Id, out var given);
            var answer = audit.Answers.FirstOrDefault(a => a.QuestionId == question.Id);
            if (answer is null)
            {
                answer = new AuditAnswer { AuditId = audit.Id, QuestionId = question.Id };
                audit.Answers.Add(answer);
            }

            answer.Grade = given.Grade;
            answer.Evidence = Clean(given.Evidence);
        }

        audit.AuditorGrade = response.OverallGrade;
        audit.ChildSeen = response.ChildSeen;
        audit.ChildVoice = Clean(response.ChildVoice);
        audit.Summary = Clean(response.Summary);
        var wanted = response.Findings.Where(f => FindingThemes.IsKnown(f.Theme)).Distinct().ToList();
        audit.Findings.RemoveAll(f => !wanted.Contains((f.Theme, f.Kind)));
        foreach (var (theme, kind) in wanted.Where(w => !audit.Findings.Any(f => f.Theme == w.Theme && f.Kind == w.Kind)))
        {
            audit.Findings.Add(new AuditFinding { AuditId = audit.Id, Theme = theme, Kind = kind });
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
