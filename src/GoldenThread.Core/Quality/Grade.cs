namespace GoldenThread.Core.Quality;

/// <summary>The four grades Ofsted uses, applied to each audit question and to the audit overall.</summary>
public enum Grade
{
    Outstanding = 1,
    Good = 2,
    RequiresImprovement = 3,
    Inadequate = 4,
}

public static class Grades
{
    /// <summary>Best first.</summary>
    public static IReadOnlyList<Grade> All { get; } = [Grade.Outstanding, Grade.Good, Grade.RequiresImprovement, Grade.Inadequate];

    public static string Name(Grade grade) => grade switch
    {
        Grade.Outstanding => "Outstanding",
        Grade.Good => "Good",
        Grade.RequiresImprovement => "Requires improvement",
        Grade.Inadequate => "Inadequate",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, null),
    };

    /// <summary>The form value and URL slug of a grade, e.g. <c>requires-improvement</c>.</summary>
    public static string Slug(Grade grade) => grade switch
    {
        Grade.Outstanding => "outstanding",
        Grade.Good => "good",
        Grade.RequiresImprovement => "requires-improvement",
        Grade.Inadequate => "inadequate",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, null),
    };

    public static Grade? FromSlug(string? slug) => All.Cast<Grade?>().FirstOrDefault(g => string.Equals(Slug(g!.Value), slug, StringComparison.OrdinalIgnoreCase));

    /// <summary>The GOV.UK tag colour class for a grade.</summary>
    public static string TagClass(Grade grade) => grade switch
    {
        Grade.Outstanding => "govuk-tag--turquoise",
        Grade.Good => "govuk-tag--green",
        Grade.RequiresImprovement => "govuk-tag--orange",
        Grade.Inadequate => "govuk-tag--red",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, null),
    };

    public static bool IsGoodOrBetter(Grade grade) => grade is Grade.Outstanding or Grade.Good;
}

/// <summary>A count out of a total, kept as the two whole numbers so tests and pages state it exactly.</summary>
public readonly record struct Proportion(int Count, int Total)
{
    /// <summary>The share as a fraction from 0 to 1, or null when the total is 0.</summary>
    public decimal? Fraction => Total == 0 ? null : (decimal)Count / Total;

    /// <summary>The percentage rounded to whole numbers, halves away from zero, or null when the total is 0.</summary>
    public int? RoundedPercent => Total == 0 ? null : (int)Math.Round(100m * Count / Total, MidpointRounding.AwayFromZero);

    /// <summary>"3 of 4 (75%)", or "none yet" when the total is 0.</summary>
    public string Describe() => Total == 0
        ? "none yet"
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Count} of {Total} ({RoundedPercent}%)");
}
