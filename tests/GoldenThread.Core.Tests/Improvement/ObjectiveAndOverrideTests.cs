using GoldenThread.Core.Improvement;

namespace GoldenThread.Core.Tests.Improvement;

/// <summary>Objectives (worst of actions and indicators), indicators against trajectory, overrides, exceptions and the updates log.</summary>
public sealed class ObjectiveAndOverrideTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private static readonly PlanActor Director = new("u-director", "Demo Director");

    /// <summary>
    /// A plan with one theme and one objective holding: action 1 on track (green), action 2 overdue (red), action 3 amber
    /// (forecast 6 days late), and indicator assessment_45wd.
    /// </summary>
    private static (ImprovementPlan Plan, PlanObjective Objective, PlanIndicator Indicator) APlan(bool withRedAction = true)
    {
        var plan = new ImprovementPlan { Id = 1, Title = "Plan" };
        var theme = new PlanTheme { Id = 1, PlanId = 1, Number = 2, Title = "Practice" };
        plan.Themes.Add(theme);
        var objective = new PlanObjective { Id = 10, ThemeId = 1, Theme = theme, Number = 1, Title = "Children are seen quickly", DifferenceForChildren = "Less waiting" };
        theme.Objectives.Add(objective);
        objective.Actions.Add(new PlanAction { Id = 101, ObjectiveId = 10, Objective = objective, Number = 1, Title = "On track", OwnerUserId = "u-tm", StartDate = Today.AddDays(-50), DueDate = Today.AddDays(50), ProgressPercent = 60, Status = ActionStatus.InProgress });
        if (withRedAction)
        {
            objective.Actions.Add(new PlanAction { Id = 102, ObjectiveId = 10, Objective = objective, Number = 2, Title = "Overdue", OwnerUserId = "u-sm", StartDate = Today.AddDays(-60), DueDate = Today.AddDays(-3), ProgressPercent = 80, Status = ActionStatus.InProgress });
        }

        objective.Actions.Add(new PlanAction { Id = 103, ObjectiveId = 10, Objective = objective, Number = 3, Title = "Slipping", OwnerUserId = "u-tm", StartDate = Today.AddDays(-100), DueDate = Today, ProgressPercent = 95, Status = ActionStatus.InProgress });
        var indicator = new PlanIndicator
        {
            Id = 1000,
            ObjectiveId = 10,
            IndicatorId = "assessment_45wd",
            Name = "Assessments within 45 working days",
            Polarity = IndicatorPolarity.HigherIsBetter,
            Unit = "%",
            Tolerance = 3m,
            Trajectory = [new() { Date = new(2026, 9, 30), Value = 78m }, new() { Date = new(2027, 3, 31), Value = 85m }],
        };
        objective.Indicators.Add(indicator);
        return (plan, objective, indicator);
    }

    private static IndicatorReading Reading(int y, int m, int d, decimal value) => new() { AsAt = new(y, m, d), Value = value };

    [Theory]
    [InlineData(80, Rag.Green, "On trajectory: 80% at 31 October 2026 against 78% expected by 30 September 2026")]
    [InlineData(78, Rag.Green, "On trajectory: 78% at 31 October 2026 against 78% expected by 30 September 2026")]
    [InlineData(75, Rag.Amber, "Off trajectory: 75% at 31 October 2026 against 78% expected by 30 September 2026")]
    [InlineData(74.9, Rag.Red, "Off trajectory: 74.9% at 31 October 2026 against 78% expected by 30 September 2026")]
    public void A_higher_is_better_indicator_is_judged_against_the_trajectory_point_in_force_at_its_value_date(double value, Rag rag, string reason)
    {
        var (_, _, indicator) = APlan();
        var result = SlippageRules.AssessIndicator(indicator, Reading(2026, 10, 31, (decimal)value));
        Assert.Equal(rag, result.Rag);
        Assert.Equal(reason, result.Reason);
    }

    [Theory]
    [InlineData(24, Rag.Green)]
    [InlineData(26, Rag.Amber)]
    [InlineData(26.01, Rag.Red)]
    public void A_lower_is_better_indicator_is_off_trajectory_above_the_expected_value(double value, Rag rag)
    {
        var indicator = new PlanIndicator
        {
            IndicatorId = "rereferral_12m",
            Name = "Re-referrals",
            Polarity = IndicatorPolarity.LowerIsBetter,
            Unit = "%",
            Tolerance = 2m,
            Trajectory = [new() { Date = new(2026, 9, 30), Value = 24m }],
        };
        Assert.Equal(rag, SlippageRules.AssessIndicator(indicator, Reading(2026, 9, 30, (decimal)value)).Rag);
    }

    [Fact]
    public void An_indicator_without_a_value_or_before_its_first_trajectory_point_is_not_assessed()
    {
        var (_, _, indicator) = APlan();
        Assert.Equal(new IndicatorAssessment(Rag.NotAssessed, "No value recorded yet", null, null), SlippageRules.AssessIndicator(indicator, null));
        var early = Reading(2026, 9, 29, 10m);
        var result = SlippageRules.AssessIndicator(indicator, early);
        Assert.Equal(Rag.NotAssessed, result.Rag);
        Assert.Equal("No trajectory point on or before 29 September 2026", result.Reason);
    }

    [Fact]
    public void The_latest_value_on_or_before_the_date_is_used()
    {
        var (_, _, indicator) = APlan();
        indicator.Readings.Add(new IndicatorReading { Id = 1, AsAt = new(2026, 10, 31), Value = 70m });
        indicator.Readings.Add(new IndicatorReading { Id = 2, AsAt = new(2026, 11, 20), Value = 79m });
        indicator.Readings.Add(new IndicatorReading { Id = 3, AsAt = new(2026, 11, 30), Value = 60m });
        Assert.Equal(79m, indicator.LatestReading(Today)!.Value);
        Assert.Equal(70m, indicator.LatestReading(new(2026, 11, 19))!.Value);
        Assert.Null(indicator.LatestReading(new(2026, 10, 30)));
    }

    [Fact]
    public void An_objective_is_the_worst_of_its_actions_and_indicators()
    {
        var (plan, objective, indicator) = APlan();
        indicator.Readings.Add(new IndicatorReading { AsAt = new(2026, 10, 31), Value = 80m });
        var result = PlanAssessment.Assess(plan, Today, SlippageSettings.Default);
        Assert.Equal(Rag.Green, result.Actions[101].Computed);
        Assert.Equal(Rag.Red, result.Actions[102].Computed);
        Assert.Equal(Rag.Amber, result.Actions[103].Computed);
        Assert.Equal(Rag.Green, result.Indicators[1000].Rag);
        var assessed = result.Objectives[objective.Id];
        Assert.Equal(Rag.Red, assessed.Computed);
        Assert.Equal(
            [
                "Action 2.1.2 is Red: Overdue: due 22 November 2026, 3 days ago",
                "Action 2.1.3 is Amber: Forecast to finish 6 days late (1 December 2026) at the rate of progress so far",
                "Action 2.1.1 is Green",
                "Assessments within 45 working days: On trajectory: 80% at 31 October 2026 against 78% expected by 30 September 2026",
            ],
            assessed.Reasons);
    }

    [Fact]
    public void An_indicator_off_trajectory_makes_an_objective_with_green_actions_red()
    {
        var (plan, objective, indicator) = APlan(withRedAction: false);
        objective.Actions.RemoveAt(1);
        indicator.Readings.Add(new IndicatorReading { AsAt = new(2026, 10, 31), Value = 70m });
        var result = PlanAssessment.Assess(plan, Today, SlippageSettings.Default);
        Assert.Equal(Rag.Red, result.Objectives[objective.Id].Computed);
        Assert.Equal("Assessments within 45 working days: Off trajectory: 70% at 31 October 2026 against 78% expected by 30 September 2026", result.Objectives[objective.Id].Reasons[0]);
    }

    [Fact]
    public void The_indicator_value_is_an_input_so_another_source_can_supply_it()
    {
        var (plan, objective, _) = APlan(withRedAction: false);
        objective.Actions.RemoveAt(1);
        var result = PlanAssessment.Assess(plan, Today, SlippageSettings.Default, (indicator, asAt) => new IndicatorReading { AsAt = asAt, Value = 86m });
        Assert.Equal(Rag.Green, result.Indicators[1000].Rag);
        Assert.Equal("On trajectory: 86% at 25 November 2026 against 78% expected by 30 September 2026", result.Indicators[1000].Reason);
    }

    [Fact]
    public void An_objective_with_nothing_to_assess_is_not_assessed()
    {
        var theme = new PlanTheme { Id = 1, Number = 1, Title = "T" };
        var objective = new PlanObjective { Id = 5, Theme = theme, Number = 1, Title = "Empty", DifferenceForChildren = "d" };
        theme.Objectives.Add(objective);
        var plan = new ImprovementPlan { Title = "P", Themes = [theme] };
        var result = PlanAssessment.Assess(plan, Today, SlippageSettings.Default);
        Assert.Equal(Rag.NotAssessed, result.Objectives[5].Computed);
        Assert.Equal(["No action or indicator to assess yet"], result.Objectives[5].Reasons);
        Assert.Empty(result.Exceptions);
    }

    [Fact]
    public void An_override_needs_a_RAG_and_a_reason()
    {
        Assert.Equal("Select a RAG status", PlanEditing.OverrideError(null, "reason"));
        Assert.Equal("Select a RAG status", PlanEditing.OverrideError(Rag.NotAssessed, "reason"));
        Assert.Equal("Enter a reason for setting the RAG status by hand", PlanEditing.OverrideError(Rag.Green, "  "));
        Assert.Equal("Reason must be 500 characters or fewer", PlanEditing.OverrideError(Rag.Green, new string('x', 501)));
        Assert.Null(PlanEditing.OverrideError(Rag.Green, new string('x', 500)));
        var action = new PlanAction { Title = "A" };
        Assert.Throws<ArgumentException>(() => PlanEditing.SetOverride(action, 1, 1, 1, Rag.Green, "", Rag.Red, Director, Now));
        Assert.Null(action.OverrideRag);
    }

    [Fact]
    public void An_override_is_in_force_shown_with_who_and_why_logged_and_still_listed_as_an_exception()
    {
        var (plan, objective, _) = APlan();
        var overdue = objective.Actions.Single(a => a.Id == 102);
        var update = PlanEditing.SetOverride(overdue, 1, 10, 102, Rag.Green, " Finished; report going to the board ", Rag.Red, Director, Now);

        Assert.Equal("RAG set by hand", update.Summary);
        Assert.Equal("u-director", update.UserId);
        Assert.Equal("Demo Director", update.UserName);
        Assert.Equal(Now, update.At);
        Assert.Equal("Finished; report going to the board", update.Note);
        var change = Assert.Single(update.Changes);
        Assert.Equal(("RAG", "Red (computed)", "Green (set by Demo Director: Finished; report going to the board)"), (change.Field, change.Before, change.After));

        var result = PlanAssessment.Assess(plan, Today, SlippageSettings.Default);
        var assessed = result.Actions[102];
        Assert.Equal(Rag.Red, assessed.Computed);
        Assert.Equal(Rag.Green, assessed.Effective);
        Assert.Equal("Green (set by Demo Director: Finished; report going to the board)", assessed.Describe());
        Assert.Contains(result.Exceptions, e => e.Kind == "Action" && e.Id == 102);

        // The objective now takes the override: the amber action is the worst.
        Assert.Equal(Rag.Amber, result.Objectives[10].Computed);

        var cleared = PlanEditing.SetOverride(overdue, 1, 10, 102, null, null, Rag.Red, Director, Now.AddHours(1));
        Assert.Equal("RAG override removed", cleared.Summary);
        Assert.Equal(("RAG", "Green (set by Demo Director: Finished; report going to the board)", "Red (computed)"), (cleared.Changes[0].Field, cleared.Changes[0].Before, cleared.Changes[0].After));
        Assert.Null(overdue.OverrideRag);
        Assert.Null(overdue.OverrideReason);
    }

    [Fact]
    public void An_objective_override_replaces_its_computed_RAG()
    {
        var (plan, objective, _) = APlan();
        PlanEditing.SetOverride(objective, 1, 10, null, Rag.Amber, "Recovery plan agreed", Rag.Red, Director, Now);
        var assessed = PlanAssessment.Assess(plan, Today, SlippageSettings.Default).Objectives[10];
        Assert.Equal((Rag.Red, Rag.Amber), (assessed.Computed, assessed.Effective));
        Assert.Equal("Amber (set by Demo Director: Recovery plan agreed)", assessed.Describe());
    }

    [Fact]
    public void Exceptions_list_red_before_amber_objectives_before_actions_with_owners()
    {
        var (plan, _, _) = APlan();
        var result = PlanAssessment.Assess(plan, Today, SlippageSettings.Default);
        Assert.Equal(
            [("Objective", "2.1", Rag.Red, null), ("Action", "2.1.2", Rag.Red, "u-sm"), ("Action", "2.1.3", Rag.Amber, "u-tm")],
            result.Exceptions.Select(e => (e.Kind, e.Reference, e.Assessment.Effective, e.OwnerUserId)));
    }

    [Fact]
    public void An_owners_update_logs_each_change_before_and_after()
    {
        var (_, objective, _) = APlan();
        var action = objective.Actions.Single(a => a.Id == 103);
        action.Milestones.Add(new PlanMilestone { Id = 7, Title = "Report drafted", DueDate = Today.AddDays(-2) });
        var update = PlanEditing.RecordProgress(action, 1, 100, ActionStatus.Completed, " Report signed off ", new PlanActor("u-tm", "Demo Team Manager"), Now, Today, [7]);
        Assert.Equal("Progress update", update.Summary);
        Assert.Equal("Report signed off", update.Note);
        Assert.Equal((10L, 103L), (update.ObjectiveId!.Value, update.ActionId!.Value));
        Assert.Equal(
            [
                ("Status", "In progress", "Completed"),
                ("Progress", "95%", "100%"),
                ("Completed on", null, "25 November 2026"),
                ("Milestone: Report drafted", "Not completed", "Completed on 25 November 2026"),
            ],
            update.Changes.Select(c => (c.Field, c.Before, c.After)));
        Assert.Equal(Rag.Green, SlippageRules.AssessAction(action, Today, SlippageSettings.Default).Computed);
    }

    [Fact]
    public void Completing_sets_progress_to_100_and_reopening_clears_the_completion_date()
    {
        var action = new PlanAction { Title = "A", StartDate = Today.AddDays(-10), DueDate = Today.AddDays(10), ProgressPercent = 40, Status = ActionStatus.InProgress };
        PlanEditing.RecordProgress(action, 1, 40, ActionStatus.Completed, "done", Director, Now, Today);
        Assert.Equal((100, ActionStatus.Completed, (DateOnly?)Today), (action.ProgressPercent, action.Status, action.CompletedOn));
        var reopened = PlanEditing.RecordProgress(action, 1, 90, ActionStatus.InProgress, "reopened", Director, Now, Today.AddDays(1));
        Assert.Equal((90, ActionStatus.InProgress, (DateOnly?)null), (action.ProgressPercent, action.Status, action.CompletedOn));
        Assert.Equal(("Completed on", "25 November 2026", null), (reopened.Changes[2].Field, reopened.Changes[2].Before, reopened.Changes[2].After));
        Assert.Throws<ArgumentOutOfRangeException>(() => PlanEditing.RecordProgress(action, 1, 101, ActionStatus.InProgress, "x", Director, Now, Today));
    }

    [Fact]
    public void Editing_an_action_logs_only_what_changed()
    {
        var action = new PlanAction { Id = 5, ObjectiveId = 2, Title = "Old", OwnerUserId = "a", LeadOrgUnitId = 1, StartDate = Today, DueDate = Today.AddDays(30) };
        var names = new Dictionary<string, string> { ["a"] = "Person A", ["b"] = "Person B" };
        var update = PlanEditing.EditAction(action, 1, new ActionDetails("Old", null, "b", 1, Today, Today.AddDays(45)), id => id is null ? "No owner" : names[id], id => id == 1 ? "Assessment Team 1" : "Not set", Director, Now);
        Assert.NotNull(update);
        Assert.Equal("Action edited", update.Summary);
        Assert.Equal([("Owner", "Person A", "Person B"), ("Due date", "25 December 2026", "9 January 2027")], update.Changes.Select(c => (c.Field, c.Before, c.After)));
        Assert.Null(PlanEditing.EditAction(action, 1, new ActionDetails("Old", null, "b", 1, Today, Today.AddDays(45)), id => id is null ? "No owner" : names[id], _ => "x", Director, Now));
    }

    [Theory]
    [InlineData("2.10", "0002.0010")]
    [InlineData("2.9.1", "0002.0009.0001")]
    public void References_sort_as_numbers(string reference, string key) => Assert.Equal(key, PlanAssessment.ReferenceKey(reference));
}
