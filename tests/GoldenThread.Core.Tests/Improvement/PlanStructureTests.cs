using GoldenThread.Core.Improvement;
using GoldenThread.Core.Indicators;

namespace GoldenThread.Core.Tests.Improvement;

public sealed class PlanStructureTests
{
    private static readonly PlanActor Director = new("u1", "A Director");
    private static readonly DateTimeOffset At = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Themes_and_objectives_are_numbered_after_the_last_and_logged()
    {
        var plan = new ImprovementPlan { Id = 3, Title = "Plan" };
        plan.Themes.Add(new PlanTheme { Id = 1, PlanId = 3, Number = 2, Title = "Practice" });
        var (theme, update) = PlanStructure.AddTheme(plan, "  Workforce  ", " ", Director, At);
        Assert.Equal((3, "Workforce", (string?)null), (theme.Number, theme.Title, theme.Description));
        Assert.Equal(("Theme added", "3. Workforce", 3L), (update.Summary, update.Changes.Single().After, update.PlanId));

        theme.Objectives.Add(new PlanObjective { Number = 4, Title = "Existing", DifferenceForChildren = "x", Theme = theme });
        var component = new StrategicComponent { Id = 9, Number = 4, Name = "Stable, skilled workforce" };
        var (objective, logged) = PlanStructure.AddObjective(theme, "Caseloads fall", "Children keep their worker.", [component], [], Director, At);
        Assert.Equal("3.5", objective.Reference);
        Assert.Equal(
            [("Objective", "3.5 Caseloads fall"), ("What difference will this make to children", "Children keep their worker."), ("Components", "4. Stable, skilled workforce")],
            logged.Changes.Select(c => (c.Field, c.After!)));
    }

    [Fact]
    public void Validation_names_each_field_to_fix()
    {
        Assert.Equal(["theme-title"], PlanStructure.ValidateTheme(" ", null).Keys);
        Assert.Equal("The theme must be 300 characters or fewer", PlanStructure.ValidateTheme(new string('x', 301), null)["theme-title"]);
        Assert.Empty(PlanStructure.ValidateTheme(new string('x', 300), null));

        var objective = new PlanObjective { Title = "o", DifferenceForChildren = "d" };
        objective.Indicators.Add(new PlanIndicator { IndicatorId = "cpp_repeat", Name = "Repeat plans" });
        var errors = PlanStructure.ValidateIndicatorLink(objective, "cpp_repeat", null, []);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["indicator"] = "This objective is already linked to that indicator",
                ["tolerance"] = "Enter the tolerance as a number, like 3",
                ["point-1-day"] = "Enter at least one date and the value expected by then",
            },
            errors);
        var twice = PlanStructure.ValidateIndicatorLink(objective, "referrals", 0m, [new(new DateOnly(2027, 3, 31), 1), new(new DateOnly(2027, 3, 31), 2)]);
        Assert.Equal("Each trajectory date can only be used once", Assert.Single(twice).Value);
        Assert.Equal("Select an indicator", PlanStructure.ValidateIndicatorLink(objective, "no_such_indicator", 1m, [new(new DateOnly(2027, 3, 31), 1)])["indicator"]);
    }

    [Fact]
    public void A_linked_indicator_takes_its_polarity_and_unit_from_the_catalogue()
    {
        var objective = new PlanObjective { Id = 5, Title = "o", DifferenceForChildren = "d" };
        var (link, update) = PlanStructure.LinkIndicator(objective, 1, IndicatorCatalogue.Get("adoption_a1_days"), 30m, [new(new DateOnly(2027, 3, 31), 400m)], Director, At);
        Assert.Equal((IndicatorPolarity.LowerIsBetter, " days", 5L), (link.Polarity, link.Unit, link.ObjectiveId));
        Assert.Equal("Trajectory 400 days by 31 March 2027; tolerance 30 days", update.Changes.Single().After);
    }
}
