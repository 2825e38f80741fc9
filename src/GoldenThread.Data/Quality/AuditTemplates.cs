using GoldenThread.Core.Quality;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Quality;

/// <summary>The templates GoldenThread starts with. Councils add their own; these are written only into an empty table.</summary>
public static class AuditTemplates
{
    public const string PracticeAuditName = "Practice audit (all cases)";

    public const string PathwayPlanName = "Care leavers' pathway plans";

    public static AuditTemplate PracticeAudit() => Build(
        PracticeAuditName,
        "The standard monthly case audit: the child's experience, assessment and planning, oversight, and impact.",
        [
            ("The child's experience and voice", "Is the child's lived experience clear from the record?",
                "Look for what a day in the child's life is like, in the child's own words where possible, and how it has changed since we became involved."),
            ("The child's experience and voice", "Has the child been seen, and seen alone where appropriate, in line with the plan?",
                "Check visit records against the visiting standard for the child's status; note when the child was last seen alone."),
            ("The child's experience and voice", "Are the child's wishes and feelings recorded, and do they shape the plan?",
                "The plan should show what the child asked for and what was done about it."),
            ("Assessment and planning", "Does the assessment analyse risks and strengths, not only describe them?",
                "Look for a clear analysis of what is worrying, what is working well and what needs to happen."),
            ("Assessment and planning", "Is the plan SMART, saying what will change for the child and by when?",
                "Actions should be specific, have an owner and a date, and be reviewed."),
            ("Assessment and planning", "Are partner agencies contributing to the plan?",
                "Check attendance at meetings and whether partners' information is in the assessment."),
            ("Oversight and supervision", "Is there regular management oversight with clear decisions and reasons?",
                "Oversight should be recorded on the child's record at key points and at least every three months."),
            ("Oversight and supervision", "Has the case been discussed in supervision, with actions followed up?",
                "Supervision notes should reflect on the child's progress, not only list tasks."),
            ("Impact", "Is the child's situation improving because of our involvement?",
                "Judge the difference made for the child, not the amount of activity."),
        ]);

    public static AuditTemplate PathwayPlans() => Build(
        PathwayPlanName,
        "A themed audit of care leavers' pathway plans.",
        [
            ("The pathway plan", "Is there a pathway plan reviewed in the last six months?", "Check the date of the last review against the six-monthly requirement."),
            ("The pathway plan", "Does the plan cover accommodation, education, employment or training, health and money?", "Each area should have actions and an owner."),
            ("The young person", "Is the young person in touch with their personal adviser, with contact recorded at least every eight weeks?", "Count recorded contacts over the last six months."),
            ("The young person", "Are the young person's views in the plan in their own words?", "Look for direct quotes and evidence the plan was written with them."),
        ]);

    /// <summary>Adds the standard templates when there are none, so a round can always be planned.</summary>
    public static async Task EnsureDefaultsAsync(GoldenThreadDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!await db.AuditTemplates.AnyAsync(cancellationToken))
        {
            db.AuditTemplates.AddRange(PracticeAudit(), PathwayPlans());
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static AuditTemplate Build(string name, string description, (string Group, string Text, string Guidance)[] questions) => new()
    {
        Name = name,
        Description = description,
        Questions = [.. questions.Select((q, i) => new AuditQuestion { GroupName = q.Group, Position = i + 1, Text = q.Text, Guidance = q.Guidance })],
    };

    /// <summary>
    /// Reads a template's questions written one a line as <c>Group | Question | Guidance</c> (guidance optional), so councils
    /// can configure their own without a developer.
    /// </summary>
    public static IReadOnlyList<(string Group, string Text, string? Guidance)> ParseQuestions(string? text, out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        errors = problems;
        var result = new List<(string, string, string?)>();
        var lines = (text ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length is < 2 or > 3 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                problems.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Question line {i + 1} must be written as Group | Question | Guidance"));
                continue;
            }

            if (parts[0].Length > 200 || parts[1].Length > 1000 || (parts.Length == 3 && parts[2].Length > 2000))
            {
                problems.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Question line {i + 1} is too long"));
                continue;
            }

            result.Add((parts[0], parts[1], parts.Length == 3 && parts[2].Length > 0 ? parts[2] : null));
        }

        if (lines.Length == 0)
        {
            problems.Add("Enter at least one question");
        }

        return result;
    }
}
