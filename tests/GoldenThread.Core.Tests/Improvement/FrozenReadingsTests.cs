using GoldenThread.Core.Improvement;
using GoldenThread.Core.Indicators;
using GoldenThread.Core.Indicators.Snapshots;

namespace GoldenThread.Core.Tests.Improvement;

/// <summary>Plan indicators take their values from month-end figures frozen by the indicator engine.</summary>
public sealed class FrozenReadingsTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static ImprovementPlan APlan()
    {
        var objective = new PlanObjective { Id = 1, Number = 1, Title = "Children are assessed quickly", DifferenceForChildren = "They wait less." };
        objective.Indicators.Add(new PlanIndicator
        {
            Id = 1,
            IndicatorId = "assessment_45wd",
            Name = "Assessments within 45 working days",
            Unit = "%",
            Tolerance = 3m,
            Trajectory = [new TrajectoryPoint { Date = new DateOnly(2026, 9, 1), Value = 80m }],
            Readings =
            [
                new IndicatorReading { Id = 7, AsAt = new DateOnly(2026, 9, 15), Value = 85m, RecordedByName = "An analyst" },
                new IndicatorReading { Id = 8, AsAt = new DateOnly(2026, 10, 31), Value = 90m, RecordedByName = "An analyst" }, // gives way to the frozen figure
            ],
        });
        var theme = new PlanTheme { Id = 1, Number = 1, Title = "Practice" };
        theme.Objectives.Add(objective);
        objective.Theme = theme;
        return new ImprovementPlan { Id = 1, Title = "Improvement plan", Themes = [theme] };
    }

    private static IndicatorSnapshot Frozen(string id, DateOnly monthEnd, decimal? value) => new()
    {
        IndicatorId = id,
        MonthEnd = monthEnd,
        PeriodKind = PeriodKind.RollingTwelveMonths,
        PeriodStart = monthEnd.AddYears(-1).AddDays(1),
        PeriodEnd = monthEnd,
        Value = value,
        FrozenAt = new DateTimeOffset(monthEnd.AddDays(6).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        DataVersion = "1",
    };

    [Fact]
    public void The_latest_frozen_month_end_decides_the_indicator_position()
    {
        var plan = APlan();
        var frozen = new[]
        {
            Frozen("assessment_45wd", new DateOnly(2025, 10, 31), 60m), // more than 12 months before the date: left out
            Frozen("assessment_45wd", new DateOnly(2026, 9, 30), 79.04m),
            Frozen("assessment_45wd", new DateOnly(2026, 10, 31), 76.96m), // rounds to 77.0
            Frozen("assessment_45wd", new DateOnly(2026, 11, 30), 99m), // after the date: left out
            Frozen("rereferral_12m", new DateOnly(2026, 10, 31), 20m), // not linked to the plan
        }.ToLookup(s => s.IndicatorId, StringComparer.Ordinal);

        FrozenReadings.Apply(plan, frozen, Today);
        var indicator = plan.Objectives.Single().Indicators.Single();
        Assert.Equal(
            [(new DateOnly(2026, 9, 15), 85m), (new DateOnly(2026, 9, 30), 79.0m), (new DateOnly(2026, 10, 31), 77.0m)],
            indicator.Readings.OrderBy(r => r.AsAt).Select(r => (r.AsAt, r.Value)));
        Assert.Equal("Indicator engine: 12 months to 31 October 2026, frozen 6 November 2026", indicator.LatestReading(Today)!.RecordedByName);

        // 77.0% against 80% expected: 3 points short, within the tolerance of 3: amber (the hand-recorded 85% is older).
        var assessed = SlippageRules.AssessIndicator(indicator, indicator.LatestReading(Today));
        Assert.Equal(GoldenThread.Core.Improvement.Rag.Amber, assessed.Rag);
        Assert.Equal("Off trajectory: 77% at 31 October 2026 against 80% expected by 1 September 2026", assessed.Reason);
    }

    [Fact]
    public void The_scorecard_has_the_latest_frozen_figure_and_the_six_months_before_it()
    {
        var plan = APlan();
        var frozen = Enumerable.Range(1, 10)
            .Select(m => Frozen("assessment_45wd", new DateOnly(2026, m, 1).AddMonths(1).AddDays(-1), 70m + m))
            .ToLookup(s => s.IndicatorId, StringComparer.Ordinal);

        var row = Assert.Single(BoardPackScorecard.Rows(plan, frozen, new DateOnly(2026, 9, 30), new Dictionary<string, GoldenThread.Core.Published.Benchmark>()));
        Assert.Equal(("assessment_45wd", new DateOnly(2026, 9, 30), 79m), (row.IndicatorId, row.MonthEnd!.Value, row.Value!.Value));
        Assert.Equal([73m, 74m, 75m, 76m, 77m, 78m], row.Trend.Select(t => t.Value!.Value)); // March to August
        Assert.Equal(new DateOnly(2026, 3, 31), row.Trend[0].MonthEnd);
        Assert.Null(row.Benchmark);
    }
}
