using GoldenThread.Core.Improvement;

namespace GoldenThread.Core.Tests.Improvement;

/// <summary>
/// The slippage rules on hand-built actions (docs/adr/0010-improvement-plan.md). Today is 25 November 2026 throughout;
/// every expected RAG and reason is worked by hand in the comment beside it.
/// </summary>
public sealed class SlippageRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly SlippageSettings Settings = SlippageSettings.Default;

    private static PlanAction AnAction(int startOffset, int dueOffset, int progress, ActionStatus status = ActionStatus.InProgress) => new()
    {
        Id = 1,
        Number = 1,
        Title = "An action",
        StartDate = Today.AddDays(startOffset),
        DueDate = Today.AddDays(dueOffset),
        ProgressPercent = progress,
        Status = status,
    };

    private static RagAssessment Assess(PlanAction action) => SlippageRules.AssessAction(action, Today, Settings);

    [Fact]
    public void The_default_due_soon_window_is_14_days_and_forecasts_start_at_a_quarter_of_the_time()
    {
        Assert.Equal(14, SlippageSettings.Default.DueSoonDays);
        Assert.Equal(25, SlippageSettings.Default.ForecastFromElapsedPercent);
    }

    [Fact]
    public void A_completed_action_is_green_even_when_past_its_due_date()
    {
        var action = AnAction(-100, -10, 100, ActionStatus.Completed);
        action.CompletedOn = Today.AddDays(-5);
        var result = Assess(action);
        Assert.Equal(Rag.Green, result.Computed);
        Assert.Equal(["Completed on 20 November 2026"], result.Reasons);
    }

    [Fact]
    public void An_action_past_its_due_date_is_red()
    {
        // Due yesterday, 90% done: overdue by 1 day.
        var result = Assess(AnAction(-100, -1, 90));
        Assert.Equal(Rag.Red, result.Computed);
        Assert.Equal("Overdue: due 24 November 2026, 1 day ago", result.Reasons[0]);
    }

    [Fact]
    public void An_action_due_today_is_not_overdue_and_is_amber_when_behind()
    {
        // Start 100 days ago, due today, 95% done. Expected 100%. Forecast: 100 × 100 / 95 = 105.3 → 106 days, 6 days late (≤ 14): amber.
        // Due today with 95% against 100%: amber.
        var result = Assess(AnAction(-100, 0, 95));
        Assert.Equal(Rag.Amber, result.Computed);
        Assert.Equal(
            ["Forecast to finish 6 days late (1 December 2026) at the rate of progress so far", "Due today with 95% done against 100% expected"],
            result.Reasons);
    }

    [Fact]
    public void An_action_due_today_at_100_percent_but_not_marked_complete_is_green()
    {
        var result = Assess(AnAction(-100, 0, 100));
        Assert.Equal(Rag.Green, result.Computed);
        Assert.Equal(["On track: 100% done against 100% expected"], result.Reasons);
    }

    [Fact]
    public void An_action_due_today_with_half_done_is_red_from_the_forecast()
    {
        // Start 100 days ago, 50%: forecast 200 days, 100 days late (> 14): red.
        var result = Assess(AnAction(-100, 0, 50));
        Assert.Equal(Rag.Red, result.Computed);
        Assert.Equal("Forecast to finish 100 days late (5 March 2027) at the rate of progress so far", result.Reasons[0]);
    }

    [Fact]
    public void Due_in_exactly_14_days_with_progress_below_the_expected_share_is_amber()
    {
        // Start 4 days ago, due in 14: 4 of 18 days gone = 22.2% expected, below the 25% at which forecasts start.
        // 20% done < 22.2%, due in 14 days (inside the window): amber.
        var result = Assess(AnAction(-4, 14, 20));
        Assert.Equal(Rag.Amber, result.Computed);
        Assert.Equal(["Due in 14 days with 20% done against 22% expected"], result.Reasons);
    }

    [Fact]
    public void Due_in_15_days_with_the_same_shortfall_is_green()
    {
        // Start 4 days ago, due in 15: 4 of 19 days = 21.1% expected; 20% done but outside the 14-day window, and no forecast yet.
        var result = Assess(AnAction(-4, 15, 20));
        Assert.Equal(Rag.Green, result.Computed);
        Assert.Equal(["On track: 20% done against 21% expected"], result.Reasons);
    }

    [Fact]
    public void Due_in_exactly_14_days_at_the_expected_share_is_green()
    {
        // Start 86 days ago, due in 14: 86% expected; 86% done: forecast 86 × 100 / 86 = 100 days, on time.
        var result = Assess(AnAction(-86, 14, 86));
        Assert.Equal(Rag.Green, result.Computed);
        Assert.Equal(["On track: 86% done against 86% expected"], result.Reasons);
    }

    [Fact]
    public void A_forecast_slip_of_exactly_14_days_is_amber_and_15_days_is_red()
    {
        // Start 50 days ago, due in 50 (100 days), 44% done: 50 × 100 / 44 = 113.6 → 114 days to finish, 14 days late: amber.
        var amber = Assess(AnAction(-50, 50, 44));
        Assert.Equal(Rag.Amber, amber.Computed);
        Assert.Equal(["Forecast to finish 14 days late (28 January 2027) at the rate of progress so far"], amber.Reasons);

        // Start 30 days ago, due in 30 (60 days), 40% done: 30 × 100 / 40 = 75 days to finish, 15 days late: red.
        var red = Assess(AnAction(-30, 30, 40));
        Assert.Equal(Rag.Red, red.Computed);
        Assert.Equal("Forecast to finish 15 days late (9 January 2027) at the rate of progress so far", red.Reasons[0]);
    }

    [Fact]
    public void No_forecast_is_made_before_a_quarter_of_the_time_has_gone()
    {
        // Start 24 days ago, due in 76 (100 days): 24% gone, 1% done. No forecast and not due soon: green.
        var early = Assess(AnAction(-24, 76, 1));
        Assert.Equal(Rag.Green, early.Computed);

        // One day later (25% gone) the forecast applies: 25 × 100 / 1 = 2,500 days: red.
        var later = Assess(AnAction(-25, 75, 1));
        Assert.Equal(Rag.Red, later.Computed);
        Assert.Equal("Forecast to finish 2400 days late (4 September 2033) at the rate of progress so far", later.Reasons[0]);
    }

    [Fact]
    public void No_progress_with_a_quarter_of_the_time_gone_is_red()
    {
        var result = Assess(AnAction(-30, 60, 0, ActionStatus.NotStarted));
        Assert.Equal(Rag.Red, result.Computed);
        Assert.Equal(["No progress recorded with 33% of the time gone"], result.Reasons);
    }

    [Fact]
    public void An_action_not_due_to_start_is_green()
    {
        var result = Assess(AnAction(14, 120, 0, ActionStatus.NotStarted));
        Assert.Equal(Rag.Green, result.Computed);
        Assert.Equal(["Not due to start until 9 December 2026"], result.Reasons);
    }

    [Fact]
    public void A_missed_milestone_makes_an_on_track_action_amber_and_a_completed_milestone_does_not()
    {
        var action = AnAction(-50, 50, 60);
        action.Milestones.Add(new PlanMilestone { Id = 1, Title = "Panel reviews the cohort", DueDate = Today.AddDays(-1) });
        action.Milestones.Add(new PlanMilestone { Id = 2, Title = "Families identified", DueDate = Today.AddDays(-30), CompletedOn = Today.AddDays(-31) });
        action.Milestones.Add(new PlanMilestone { Id = 3, Title = "Due today", DueDate = Today });
        var result = Assess(action);
        Assert.Equal(Rag.Amber, result.Computed);
        Assert.Equal(["Milestone missed: Panel reviews the cohort (due 24 November 2026)", "On track: 60% done against 50% expected"], result.Reasons);
    }

    [Fact]
    public void The_due_soon_window_is_a_setting()
    {
        // Due in 20 days, 4 of 24 days gone (16.7% expected), 10% done: outside the default window, inside a 21-day one.
        var action = AnAction(-4, 20, 10);
        Assert.Equal(Rag.Green, SlippageRules.AssessAction(action, Today, Settings).Computed);
        var wider = SlippageRules.AssessAction(action, Today, new SlippageSettings(DueSoonDays: 21));
        Assert.Equal(Rag.Amber, wider.Computed);
        Assert.Equal(["Due in 20 days with 10% done against 17% expected"], wider.Reasons);
    }

    [Theory]
    [InlineData(0, 10, 0, 0)]
    [InlineData(-5, 5, 0, 50)]
    [InlineData(-10, 0, 0, 100)]
    [InlineData(0, 0, 0, 100)]
    [InlineData(-3, 0, 0, 100)]
    [InlineData(5, 10, 0, 0)]
    public void Expected_progress_is_the_share_of_the_time_gone(int start, int due, int asAt, int expected) =>
        Assert.Equal(expected, SlippageRules.ExpectedProgress(Today.AddDays(start), Today.AddDays(due), Today.AddDays(asAt)));
}
