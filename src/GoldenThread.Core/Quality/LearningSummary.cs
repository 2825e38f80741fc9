namespace GoldenThread.Core.Quality;

public sealed record GradeCount(Grade Grade, int Count);

public sealed record ThemeCount(string Theme, string Name, Proportion Audits);

/// <summary>
/// What a set of audits (a round, a team's audits, the programme) shows. Definitions, as in
/// docs/adr/0011-quality-assurance.md:
/// <list type="bullet">
/// <item>planned: audits in the set; completed: those submitted, moderated or closed;</item>
/// <item>grades: completed audits by final grade (the moderated grade where there is one, else the auditor's);</item>
/// <item>good or better: completed audits graded outstanding or good ÷ completed; inadequate: graded inadequate ÷ completed,
/// above tolerance when that share is strictly greater than the tolerance;</item>
/// <item>moderation agreement: moderated audits whose moderated grade equals the auditor's ÷ moderated audits;</item>
/// <item>themes: for each finding theme, completed audits tagging it (as an area for development, or as a strength) ÷ completed,
/// most frequent first, then in catalogue order; themes no audit tagged are left out;</item>
/// <item>child seen: completed audits recording that the child was seen ÷ completed; escalated: audits not submitted by their due date.</item>
/// </list>
/// </summary>
public sealed record LearningSummary(
    int Planned,
    int Completed,
    IReadOnlyList<GradeCount> Grades,
    Proportion GoodOrBetter,
    Proportion Inadequate,
    decimal InadequateTolerancePercent,
    Proportion ModerationAgreement,
    int GradesChangedAtModeration,
    IReadOnlyList<ThemeCount> AreasForDevelopment,
    IReadOnlyList<ThemeCount> Strengths,
    Proportion ChildSeen,
    int Escalated)
{
    public bool InadequateAboveTolerance => Inadequate.Total > 0 && 100m * Inadequate.Count > InadequateTolerancePercent * Inadequate.Total;

    public static LearningSummary Compute(IReadOnlyCollection<Audit> audits, DateOnly today, decimal inadequateTolerancePercent)
    {
        ArgumentNullException.ThrowIfNull(audits);
        var completed = audits.Where(a => a.IsCompleted && a.FinalGrade is not null).ToList();
        var moderated = audits.Where(a => a.IsModerated).ToList();
        var grades = Quality.Grades.All.Select(g => new GradeCount(g, completed.Count(a => a.FinalGrade == g))).ToList();
        return new LearningSummary(
            audits.Count,
            completed.Count,
            grades,
            new Proportion(completed.Count(a => Quality.Grades.IsGoodOrBetter(a.FinalGrade!.Value)), completed.Count),
            new Proportion(completed.Count(a => a.FinalGrade == Grade.Inadequate), completed.Count),
            inadequateTolerancePercent,
            new Proportion(moderated.Count(a => a.ModeratedGrade == a.AuditorGrade), moderated.Count),
            moderated.Count(a => a.ModeratedGrade != a.AuditorGrade),
            Themes(completed, FindingKind.AreaForDevelopment),
            Themes(completed, FindingKind.Strength),
            new Proportion(completed.Count(a => a.ChildSeen == true), completed.Count),
            audits.Count(a => a.IsEscalatedAt(today)));
    }

    private static List<ThemeCount> Themes(List<Audit> completed, FindingKind kind)
    {
        var catalogue = FindingThemes.All.Select((t, i) => (t.Code, t.Name, Order: i)).ToList();
        var counts = completed
            .SelectMany(a => a.Findings.Where(f => f.Kind == kind).Select(f => f.Theme).Distinct(StringComparer.Ordinal))
            .GroupBy(t => t, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return [.. counts
            .OrderByDescending(c => c.Value)
            .ThenBy(c => catalogue.FindIndex(t => t.Code == c.Key) is var i && i >= 0 ? i : int.MaxValue)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new ThemeCount(c.Key, FindingThemes.Name(c.Key), new Proportion(c.Value, completed.Count)))];
    }
}

/// <summary>Actions raised from audits: how many are open, overdue and done.</summary>
public sealed record ActionSummary(int Raised, int Open, int Overdue, int Done, int LinkedToImprovementPlan)
{
    public static ActionSummary Compute(IReadOnlyCollection<AuditAction> actions, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(actions);
        return new ActionSummary(
            actions.Count,
            actions.Count(a => a.Status == AuditActionStatus.Open),
            actions.Count(a => a.IsOverdueAt(today)),
            actions.Count(a => a.Status == AuditActionStatus.Done),
            actions.Count(a => a.ImprovementObjectiveId is not null));
    }
}
