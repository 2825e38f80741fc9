using System.Globalization;
using GoldenThread.Core.Indicators;

namespace GoldenThread.Core.Improvement;

/// <summary>A trajectory point as an editor enters it.</summary>
public sealed record TrajectoryEntry(DateOnly Date, decimal Value);

/// <summary>
/// Building the plan's structure: themes, objectives under them, and catalogue indicators linked to objectives with their trajectory.
/// Each change returns the updates-log entry that records it; the validators beside them give GOV.UK error messages by field.
/// </summary>
public static class PlanStructure
{
    public const int MaxTitleLength = 300;

    public const int MaxTextLength = 4000;

    public const int MaxTrajectoryPoints = 8;

    /// <summary>Errors for a new theme, by field id.</summary>
    public static Dictionary<string, string> ValidateTheme(string? title, string? description)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        Required(errors, "theme-title", title, "Enter the theme", MaxTitleLength, "The theme");
        Optional(errors, "theme-description", description, MaxTextLength, "The description");
        return errors;
    }

    /// <summary>Adds a theme numbered after the last one.</summary>
    public static (PlanTheme Theme, PlanUpdate Update) AddTheme(ImprovementPlan plan, string title, string? description, PlanActor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(actor);
        var theme = new PlanTheme
        {
            PlanId = plan.Id,
            Number = plan.Themes.Count == 0 ? 1 : plan.Themes.Max(t => t.Number) + 1,
            Title = title.Trim(),
            Description = Blank(description),
        };
        plan.Themes.Add(theme);
        return (theme, PlanEditing.Entry(plan.Id, null, null, actor, at, "Theme added", null,
            [new PlanFieldChange { Field = "Theme", Before = null, After = $"{theme.Number}. {theme.Title}" }]));
    }

    /// <summary>Errors for a new objective, by field id.</summary>
    public static Dictionary<string, string> ValidateObjective(string? title, string? difference)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        Required(errors, "objective-title", title, "Enter the objective", MaxTitleLength, "The objective");
        Required(errors, "difference", difference, "Enter what difference this will make to children", MaxTextLength, "What difference it will make");
        return errors;
    }

    /// <summary>Adds an objective numbered after the theme's last one, linked to components and Ofsted recommendations.</summary>
    public static (PlanObjective Objective, PlanUpdate Update) AddObjective(
        PlanTheme theme, string title, string difference, IEnumerable<StrategicComponent> components, IEnumerable<OfstedRecommendation> recommendations, PlanActor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentNullException.ThrowIfNull(components);
        ArgumentNullException.ThrowIfNull(recommendations);
        ArgumentNullException.ThrowIfNull(actor);
        var objective = new PlanObjective
        {
            Theme = theme,
            Number = theme.Objectives.Count == 0 ? 1 : theme.Objectives.Max(o => o.Number) + 1,
            Title = title.Trim(),
            DifferenceForChildren = difference.Trim(),
            Components = [.. components.OrderBy(c => c.Number)],
            Recommendations = [.. recommendations.OrderBy(r => r.Reference, StringComparer.Ordinal)],
        };
        theme.Objectives.Add(objective);
        var changes = new List<PlanFieldChange>
        {
            new() { Field = "Objective", After = $"{objective.Reference} {objective.Title}" },
            new() { Field = "What difference will this make to children", After = objective.DifferenceForChildren },
        };
        if (objective.Components.Count > 0)
        {
            changes.Add(new() { Field = "Components", After = string.Join("; ", objective.Components.Select(c => $"{c.Number}. {c.Name}")) });
        }

        if (objective.Recommendations.Count > 0)
        {
            changes.Add(new() { Field = "Ofsted recommendations", After = string.Join(", ", objective.Recommendations.Select(r => r.Reference)) });
        }

        return (objective, PlanEditing.Entry(theme.PlanId, null, null, actor, at, "Objective added", null, changes));
    }

    /// <summary>Errors for linking an indicator, by field id; the trajectory must have at least one point and no date twice.</summary>
    public static Dictionary<string, string> ValidateIndicatorLink(PlanObjective objective, string? indicatorId, decimal? tolerance, IReadOnlyList<TrajectoryEntry> trajectory)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(trajectory);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(indicatorId) || IndicatorCatalogue.Find(indicatorId) is null)
        {
            errors["indicator"] = "Select an indicator";
        }
        else if (objective.Indicators.Any(i => string.Equals(i.IndicatorId, indicatorId, StringComparison.OrdinalIgnoreCase)))
        {
            errors["indicator"] = "This objective is already linked to that indicator";
        }

        if (tolerance is null)
        {
            errors["tolerance"] = "Enter the tolerance as a number, like 3";
        }
        else if (tolerance < 0)
        {
            errors["tolerance"] = "The tolerance must be 0 or more";
        }

        if (trajectory.Count == 0)
        {
            errors["point-1-day"] = "Enter at least one date and the value expected by then";
        }
        else if (trajectory.GroupBy(p => p.Date).Any(g => g.Count() > 1))
        {
            errors["point-1-day"] = "Each trajectory date can only be used once";
        }

        return errors;
    }

    /// <summary>Links a catalogue indicator to an objective with the value expected by each date; polarity and unit come from the catalogue.</summary>
    public static (PlanIndicator Indicator, PlanUpdate Update) LinkIndicator(
        PlanObjective objective, long planId, Indicator indicator, decimal tolerance, IReadOnlyList<TrajectoryEntry> trajectory, PlanActor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(trajectory);
        ArgumentNullException.ThrowIfNull(actor);
        var unit = indicator.Unit switch
        {
            IndicatorUnit.Percentage => "%",
            IndicatorUnit.Days => " days",
            IndicatorUnit.RatePer10000 => " per 10,000",
            _ => string.Empty,
        };
        var link = new PlanIndicator
        {
            ObjectiveId = objective.Id,
            IndicatorId = indicator.Id,
            Name = indicator.Name,
            Polarity = indicator.Polarity == Polarity.LowerIsBetter ? IndicatorPolarity.LowerIsBetter : IndicatorPolarity.HigherIsBetter,
            Unit = unit,
            Tolerance = tolerance,
            Trajectory = [.. trajectory.OrderBy(p => p.Date).Select(p => new TrajectoryPoint { Date = p.Date, Value = p.Value })],
        };
        objective.Indicators.Add(link);
        var points = string.Join("; ", link.Trajectory.Select(p => $"{SlippageRules.Value(p.Value, unit)} by {SlippageRules.Date(p.Date)}"));
        return (link, PlanEditing.Entry(planId, objective.Id, null, actor, at, "Indicator linked", null,
            [new PlanFieldChange { Field = $"{indicator.Name} ({indicator.Id})", After = $"Trajectory {points}; tolerance {SlippageRules.Value(tolerance, unit)}" }]));
    }

    private static void Required(Dictionary<string, string> errors, string field, string? value, string missing, int max, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = missing;
        }
        else if (value.Trim().Length > max)
        {
            errors[field] = $"{name} must be {max.ToString("N0", CultureInfo.InvariantCulture)} characters or fewer";
        }
    }

    private static void Optional(Dictionary<string, string> errors, string field, string? value, int max, string name)
    {
        if (value is not null && value.Trim().Length > max)
        {
            errors[field] = $"{name} must be {max.ToString("N0", CultureInfo.InvariantCulture)} characters or fewer";
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
