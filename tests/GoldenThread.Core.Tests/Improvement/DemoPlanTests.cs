using GoldenThread.Core.Improvement;

namespace GoldenThread.Core.Tests.Improvement;

/// <summary>The demo plan: its shape, and the RAG of every objective and action relative to the day it is built.</summary>
public sealed class DemoPlanTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private static ImprovementPlan Build()
    {
        var users = new Dictionary<string, string>
        {
            [DemoPlan.Director] = "u-director",
            [DemoPlan.ServiceManager] = "u-sm",
            [DemoPlan.TeamManager] = "u-tm",
            [DemoPlan.SocialWorker] = "u-sw",
            [DemoPlan.Analyst] = "u-analyst",
            [DemoPlan.Auditor] = "u-auditor",
        };
        var plan = DemoPlan.Build(Today, new DemoPlanContext(users, 1, name => name.Length, 99), Now);

        // Give ids as the database would.
        long id = 1;
        foreach (var objective in plan.Objectives)
        {
            objective.Id = id++;
            foreach (var action in objective.Actions)
            {
                action.Id = id++;
                action.ObjectiveId = objective.Id;
            }

            foreach (var indicator in objective.Indicators)
            {
                indicator.Id = id++;
            }
        }

        return plan;
    }

    [Fact]
    public void The_demo_plan_has_four_themes_ten_components_and_the_eight_indicators()
    {
        var plan = Build();
        Assert.Equal(
            ["Leadership, management and governance", "A robust model of social work practice", "Sufficient and skilled workforce", "Quality assurance and audit"],
            plan.Themes.Select(t => t.Title));
        Assert.Equal(10, plan.Components.Count);
        Assert.Equal(Enumerable.Range(1, 10), plan.Components.Select(c => c.Number));
        Assert.Equal(
            ["agency_worker_rate", "assessment_45wd", "caseload_per_fte", "cla_reviews_in_timescale", "cp_visits_10wd", "cpp_repeat", "rereferral_12m", "supervision_in_timescale"],
            plan.Objectives.SelectMany(o => o.Indicators).Select(i => i.IndicatorId).Order(StringComparer.Ordinal));
        Assert.All(plan.Objectives, o => Assert.NotEmpty(o.DifferenceForChildren));
        Assert.All(plan.Objectives, o => Assert.NotEmpty(o.Recommendations));
        Assert.Equal(["u-analyst", "u-auditor", "u-director", "u-sm", "u-sw", "u-tm"], plan.Actions.Select(a => a.OwnerUserId!).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_demo_plan_has_mixed_progress_and_slippage_relative_to_today()
    {
        var plan = Build();
        var result = PlanAssessment.Assess(plan, Today, SlippageSettings.Default);
        Assert.Equal(
            [
                ("1.1", Rag.Amber), ("1.2", Rag.Amber), ("2.1", Rag.Red), ("2.2", Rag.Amber),
                ("3.1", Rag.Red), ("3.2", Rag.Green), ("4.1", Rag.Red), ("4.2", Rag.Green),
            ],
            plan.Objectives.Select(o => (o.Reference, result.Objectives[o.Id].Effective)));
        Assert.Equal(
            [
                ("1.1.1", Rag.Green, Rag.Green), ("1.1.2", Rag.Amber, Rag.Amber), ("1.1.3", Rag.Green, Rag.Green),
                ("1.2.1", Rag.Green, Rag.Green), ("1.2.2", Rag.Amber, Rag.Amber),
                ("2.1.1", Rag.Red, Rag.Red), ("2.1.2", Rag.Green, Rag.Green), ("2.1.3", Rag.Red, Rag.Red),
                ("2.2.1", Rag.Amber, Rag.Amber), ("2.2.2", Rag.Green, Rag.Green), ("2.2.3", Rag.Amber, Rag.Amber),
                ("3.1.1", Rag.Red, Rag.Amber), ("3.1.2", Rag.Green, Rag.Green),
                ("3.2.1", Rag.Green, Rag.Green), ("3.2.2", Rag.Green, Rag.Green), ("3.2.3", Rag.Green, Rag.Green),
                ("4.1.1", Rag.Amber, Rag.Amber), ("4.1.2", Rag.Red, Rag.Red),
                ("4.2.1", Rag.Green, Rag.Green),
            ],
            plan.Actions.Select(a => (a.Reference, result.Actions[a.Id].Computed, result.Actions[a.Id].Effective)));
        Assert.Equal(
            "Amber (set by Demo Director of Children's Services: Eight offers made; starters confirmed for January)",
            result.Actions[plan.Actions.Single(a => a.Reference == "3.1.1").Id].Describe());
    }

    [Fact]
    public void The_demo_history_logs_the_plan_each_progress_update_and_the_override()
    {
        var plan = Build();
        plan.Id = 7;
        var log = DemoPlan.History(plan, new PlanActor("u-director", "Demo Director"), id => "Name of " + id, Now);
        Assert.Equal("Plan created", log[0].Summary);
        Assert.Equal(17, log.Count(u => u.Summary == "Progress update"));
        var over = Assert.Single(log, u => u.Summary == "RAG set by hand");
        Assert.Equal(("RAG", "Red (computed)", "Amber (set by Demo Director of Children's Services: Eight offers made; starters confirmed for January)"), (over.Changes[0].Field, over.Changes[0].Before, over.Changes[0].After));
        Assert.All(log, u => Assert.Equal(7, u.PlanId));
    }
}
