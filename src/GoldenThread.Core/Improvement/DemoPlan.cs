namespace GoldenThread.Core.Improvement;

/// <summary>Who and which units the demo plan refers to: user ids by demo e-mail address, and org units.</summary>
/// <param name="Users">User ids by e-mail address (director@demo.local …); a missing one leaves the action without an owner.</param>
/// <param name="Authority">The authority.</param>
/// <param name="UnitByName">The first org unit whose name starts with the text (e.g. "Assessment Team"), or null.</param>
/// <param name="ManagersTeam">The demo team manager's team.</param>
public sealed record DemoPlanContext(IReadOnlyDictionary<string, string> Users, long Authority, Func<string, long?> UnitByName, long? ManagersTeam);

/// <summary>
/// The synthetic demo improvement plan: the ten components of a successful children's service, four themes with objectives,
/// actions with mixed progress and some slippage relative to today, linked Ofsted recommendations and indicators with trajectories.
/// All dates are relative to <c>today</c>, so the demo always has something on track, something slipping and something overdue.
/// </summary>
public static class DemoPlan
{
    public const string Director = "director@demo.local";
    public const string ServiceManager = "servicemanager@demo.local";
    public const string TeamManager = "teammanager@demo.local";
    public const string SocialWorker = "socialworker@demo.local";
    public const string Analyst = "analyst@demo.local";
    public const string Auditor = "auditor@demo.local";

    public static IReadOnlyList<(string Name, string Description)> TenComponents { get; } =
    [
        ("Strong, stable leadership with a shared vision", "Leaders who know the service well and set a clear direction that staff understand."),
        ("Political and corporate support", "Members and the wider council champion children's services and hold them to account."),
        ("A clear model of social work practice", "One relational, strengths-based way of working that every team uses."),
        ("A stable, skilled workforce with manageable caseloads", "Permanent, well-trained staff who have time to know their children."),
        ("Good quality, regular supervision", "Reflective supervision that challenges and supports practice."),
        ("Excellent management oversight", "Managers who see the work, record their decisions and drive plans forward."),
        ("Quality assurance and audit that drive learning", "Audit and dip sampling whose findings change practice."),
        ("Accurate performance data that gives true assurance", "A cleansed child-level dataset and figures traceable to children."),
        ("Effective partnerships and early help", "Partners who share responsibility and help families early."),
        ("Children's voice in every decision", "Children are involved fully in the decisions about their lives."),
    ];

    public static ImprovementPlan Build(DateOnly today, DemoPlanContext context, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(context);
        var plan = new ImprovementPlan
        {
            Title = "Children's services improvement plan (synthetic)",
            Summary = "Our response to an inadequate judgement: what we will do, by when, who leads it, and how we will know that children's experiences are better.",
        };
        DateOnly D(int days) => today.AddDays(days);
        string? U(string email) => context.Users.TryGetValue(email, out var id) ? id : null;
        long Unit(string name) => context.UnitByName(name) ?? context.Authority;

        for (var i = 0; i < TenComponents.Count; i++)
        {
            plan.Components.Add(new StrategicComponent { Number = i + 1, Name = TenComponents[i].Name, Description = TenComponents[i].Description });
        }

        StrategicComponent C(int number) => plan.Components[number - 1];
        var recommendations = new[]
        {
            ("R1", "Improve leaders' oversight of performance, using accurate data, so that they know where practice is weak."),
            ("R2", "Improve the timeliness and quality of assessments, so that children's needs are understood and met without delay."),
            ("R3", "Strengthen management oversight of child protection work, including the frequency and purpose of visits."),
            ("R4", "Improve the sufficiency and stability of the workforce, so that children do not experience frequent changes of social worker."),
            ("R5", "Strengthen the quality assurance framework, so that audit findings lead to improvements in practice."),
            ("R6", "Improve the timeliness of reviews for children in care and how well children's views inform their plans."),
        };
        foreach (var (reference, text) in recommendations)
        {
            plan.Recommendations.Add(new OfstedRecommendation { Reference = reference, Text = text });
        }

        OfstedRecommendation R(string reference) => plan.Recommendations.Single(r => r.Reference == reference);

        var leadership = Theme(plan, 1, "Leadership, management and governance", "Leaders know their service, act on accurate information and are held to account.");
        var practice = Theme(plan, 2, "A robust model of social work practice", "Children are seen, heard and helped by a consistent, relational way of working.");
        var workforce = Theme(plan, 3, "Sufficient and skilled workforce", "Enough permanent, well-supported staff with caseloads that let them know their children.");
        var quality = Theme(plan, 4, "Quality assurance and audit", "Audit and performance information show what difference we make, and change practice.");

        var o11 = Objective(leadership, 1, "Leaders know the service through accurate performance data",
            "Decisions about children are based on what is really happening to them, so problems are found and fixed quickly.",
            "The dataset cleanse found 340 duplicate referrals, which had hidden delays in the front door. Figures are now reconciled monthly.",
            [C(1), C(8)], [R("R1")]);
        Action(o11, 1, "Establish a monthly performance clinic chaired by the Director", U(Director), context.Authority, D(-120), D(-30), ActionStatus.Completed, 100, D(-35));
        Action(o11, 2, "Cleanse the child-level dataset and reconcile it to the CIN census", U(Analyst), context.Authority, D(-90), D(30), ActionStatus.InProgress, 70);
        Action(o11, 3, "Publish a monthly scorecard for the Lead Member", U(Director), context.Authority, D(-60), D(60), ActionStatus.InProgress, 55);

        var o12 = Objective(leadership, 2, "The improvement board holds partners to account for slippage",
            "Children get help from every agency on time, because delays are seen and challenged at the board.",
            "Partners attend every board; escalation is agreed in principle but the protocol is not yet signed.",
            [C(1), C(2), C(9)], [R("R1")]);
        Action(o12, 1, "Set up the improvement board with an independent chair", U(Director), context.Authority, D(-150), D(-100), ActionStatus.Completed, 100, D(-104));
        Action(o12, 2, "Agree a partnership escalation protocol", U(ServiceManager), Unit("Safeguarding and Child Protection"), D(-60), D(10), ActionStatus.InProgress, 80);

        var o21 = Objective(practice, 1, "Children are seen, heard and helped quickly at the front door",
            "Children wait less for an assessment, and fewer come back to us within a year because we got it right first time.",
            "Assessment timeliness fell in the summer when two agency workers left; the tracker is in place and the curve should turn by the new year.",
            [C(3), C(9), C(10)], [R("R2")]);
        Action(o21, 1, "Introduce daily threshold meetings with partners at the front door", U(TeamManager), context.ManagersTeam ?? Unit("Front Door Team"), D(-100), D(-40), ActionStatus.InProgress, 80);
        Action(o21, 2, "Team managers review the assessment tracker every week", U(TeamManager), Unit("Assessment Team"), D(-20), D(70), ActionStatus.InProgress, 10);
        Action(o21, 3, "Coach assessment teams in analysis and planning", U(TeamManager), context.ManagersTeam ?? Unit("Assessment Team"), D(-40), D(40), ActionStatus.InProgress, 30);
        Indicator(o21, "assessment_45wd", "Assessments completed within 45 working days", IndicatorPolarity.HigherIsBetter, "%", 3m,
            [(D(-90), 70m), (D(-30), 78m), (D(60), 85m), (D(150), 88m)], [(D(-85), 71m), (D(-55), 74m), (D(-25), 72m)]);
        Indicator(o21, "rereferral_12m", "Re-referrals within 12 months", IndicatorPolarity.LowerIsBetter, "%", 2m,
            [(D(-90), 26m), (D(-30), 24m), (D(90), 22m)], [(D(-85), 25.8m), (D(-55), 24.9m), (D(-25), 23.5m)]);

        var o22 = Objective(practice, 2, "Children on child protection plans are visited and their plans progress",
            "Children on plans are seen regularly and alone, and their plans end because they are safer, not because time has passed.",
            "Visits are now on time for most children. Repeat plans are still too high; the long-plans review is looking at why.",
            [C(3), C(6)], [R("R3")]);
        Action(o22, 1, "Launch the practice model with training for every team", U(ServiceManager), Unit("Safeguarding and Child Protection"), D(-200), D(100), ActionStatus.InProgress, 65);
        Action(o22, 2, "Practice champions run monthly reflective sessions", U(SocialWorker), context.ManagersTeam ?? Unit("Child Protection Team"), D(-30), D(90), ActionStatus.InProgress, 30);
        var review = Action(o22, 3, "Review every child on a plan for more than 18 months", U(ServiceManager), Unit("Child Protection Team"), D(-50), D(12), ActionStatus.InProgress, 85);
        review.Milestones.Add(new PlanMilestone { Title = "Legal gateway panel reviews the first cohort", DueDate = D(-10) });
        review.Milestones.Add(new PlanMilestone { Title = "Children and families identified", DueDate = D(-40), CompletedOn = D(-42) });
        Indicator(o22, "cp_visits_10wd", "Child protection visits within 10 working days", IndicatorPolarity.HigherIsBetter, "%", 3m,
            [(D(-60), 80m), (D(30), 90m)], [(D(-65), 74m), (D(-35), 81m), (D(-5), 84m)]);
        Indicator(o22, "cpp_repeat", "Second or subsequent child protection plans", IndicatorPolarity.LowerIsBetter, "%", 3m,
            [(D(-60), 24m), (D(120), 20m)], [(D(-65), 28m), (D(-35), 27.5m), (D(-5), 27m)]);

        var o31 = Objective(workforce, 1, "Caseloads are manageable and the workforce is stable",
            "Children keep the same social worker, who has time to know them and to see them alone.",
            "Agency use is still high after the summer; eight offers have been made and start in January, when caseloads should fall below 20.",
            [C(4)], [R("R4")]);
        var recruit = Action(o31, 1, "Recruit 12 permanent social workers through a national campaign", U(Director), context.Authority, D(-100), D(80), ActionStatus.InProgress, 35);
        Action(o31, 2, "Introduce a caseload cap and a weekly caseload review", U(ServiceManager), Unit("Safeguarding and Child Protection"), D(-60), D(30), ActionStatus.InProgress, 70);
        Indicator(o31, "caseload_per_fte", "Caseload per case-holding FTE", IndicatorPolarity.LowerIsBetter, " per FTE", 2m,
            [(D(-90), 22m), (D(-30), 20m), (D(90), 18m)], [(D(-80), 23.1m), (D(-50), 22m), (D(-20), 21.4m)]);
        Indicator(o31, "agency_worker_rate", "Agency social worker rate", IndicatorPolarity.LowerIsBetter, "%", 3m,
            [(D(-90), 25m), (D(-30), 22m), (D(150), 15m)], [(D(-80), 26m), (D(-50), 26.5m), (D(-20), 27m)]);

        var o32 = Objective(workforce, 2, "Every worker has good quality, regular supervision",
            "Children's plans are challenged and moved on in supervision, and workers feel supported to stay.",
            "Supervision is recorded on time for four in five workers; the quality audit starts this quarter.",
            [C(5), C(6)], [R("R3"), R("R4")]);
        Action(o32, 1, "Adopt a supervision policy and recording template", U(TeamManager), context.ManagersTeam ?? Unit("Assessment Team"), D(-80), D(-20), ActionStatus.Completed, 100, D(-22));
        Action(o32, 2, "Audit the quality of supervision every quarter", U(Auditor), context.Authority, D(-10), D(80), ActionStatus.NotStarted, 0);
        Action(o32, 3, "Train every manager in reflective supervision", U(ServiceManager), Unit("Front Door and Assessment"), D(14), D(120), ActionStatus.NotStarted, 0);
        Indicator(o32, "supervision_in_timescale", "Supervision within timescale", IndicatorPolarity.HigherIsBetter, "%", 5m,
            [(D(-60), 75m), (D(30), 85m)], [(D(-70), 68m), (D(-40), 74m), (D(-10), 79m)]);

        var o41 = Objective(quality, 1, "Audit drives learning and improves practice",
            "What we learn from children's records changes how we work with the next child.",
            "The themed audits are running but the quarterly learning report is late because moderation took longer than planned.",
            [C(7), C(6)], [R("R5")]);
        Action(o41, 1, "Run a monthly themed audit programme with moderation", U(Auditor), context.Authority, D(-90), D(0), ActionStatus.InProgress, 90);
        Action(o41, 2, "Publish a quarterly learning report to the improvement board", U(Auditor), context.Authority, D(-45), D(-5), ActionStatus.InProgress, 60);

        var o42 = Objective(quality, 2, "Children in care have timely reviews and a voice in their plans",
            "Children in care take part in their reviews and see their wishes reflected in their plans.",
            "Reviews are back on trajectory since the reviewing officers' escalation started.",
            [C(10), C(6)], [R("R6")]);
        Action(o42, 1, "Reviewing officers escalate late reviews within 5 working days", U(ServiceManager), Unit("Children in Care"), D(-30), D(60), ActionStatus.InProgress, 40);
        Indicator(o42, "cla_reviews_in_timescale", "Children in care reviews within timescale", IndicatorPolarity.HigherIsBetter, "%", 3m,
            [(D(-60), 85m), (D(60), 92m)], [(D(-75), 82m), (D(-45), 85m), (D(-15), 86m)]);

        // One override, as a Director would set it: the campaign is behind on paper but offers have been made.
        recruit.OverrideRag = Rag.Amber;
        recruit.OverrideReason = "Eight offers made; starters confirmed for January";
        recruit.OverrideByUserId = U(Director);
        recruit.OverrideByName = "Demo Director of Children's Services";
        recruit.OverrideAt = now.AddDays(-3);
        return plan;
    }

    /// <summary>
    /// The demo plan's history for the updates log, written once the plan has its ids: the plan's creation, each owner's last
    /// progress update, and the Director's override.
    /// </summary>
    public static List<PlanUpdate> History(ImprovementPlan plan, PlanActor author, Func<string, string> nameOf, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(author);
        ArgumentNullException.ThrowIfNull(nameOf);
        var log = new List<PlanUpdate>
        {
            new()
            {
                PlanId = plan.Id,
                UserId = author.UserId,
                UserName = author.Name,
                At = now.AddDays(-150),
                Summary = "Plan created",
                Note = "Plan agreed by the improvement board.",
                Changes = [new PlanFieldChange { Field = "Plan", After = plan.Title }],
            },
        };
        foreach (var action in plan.Actions.Where(a => a.ProgressPercent > 0 && a.OwnerUserId is not null))
        {
            var changes = new List<PlanFieldChange> { new() { Field = "Progress", Before = $"{Math.Max(0, action.ProgressPercent - 20)}%", After = $"{action.ProgressPercent}%" } };
            if (action.Status == ActionStatus.Completed)
            {
                changes.Insert(0, new PlanFieldChange { Field = "Status", Before = PlanEditing.StatusName(ActionStatus.InProgress), After = PlanEditing.StatusName(ActionStatus.Completed) });
            }

            log.Add(new PlanUpdate
            {
                PlanId = plan.Id,
                ObjectiveId = action.ObjectiveId,
                ActionId = action.Id,
                UserId = action.OwnerUserId!,
                UserName = nameOf(action.OwnerUserId!),
                At = now.AddDays(-7),
                Summary = "Progress update",
                Note = action.Status == ActionStatus.Completed
                    ? "Completed and reported to the improvement board."
                    : "Work continues; the next steps are in the milestones.",
                Changes = changes,
            });
        }

        foreach (var action in plan.Actions.Where(a => a.OverrideRag is not null))
        {
            log.Add(new PlanUpdate
            {
                PlanId = plan.Id,
                ObjectiveId = action.ObjectiveId,
                ActionId = action.Id,
                UserId = action.OverrideByUserId ?? author.UserId,
                UserName = action.OverrideByName ?? author.Name,
                At = action.OverrideAt ?? now,
                Summary = "RAG set by hand",
                Note = action.OverrideReason,
                Changes = [new PlanFieldChange { Field = "RAG", Before = "Red (computed)", After = $"{SlippageRules.Name(action.OverrideRag!.Value)} (set by {action.OverrideByName}: {action.OverrideReason})" }],
            });
        }

        return log;
    }

    private static PlanTheme Theme(ImprovementPlan plan, int number, string title, string description)
    {
        var theme = new PlanTheme { Number = number, Title = title, Description = description };
        plan.Themes.Add(theme);
        return theme;
    }

    private static PlanObjective Objective(PlanTheme theme, int number, string title, string difference, string story, List<StrategicComponent> components, List<OfstedRecommendation> recommendations)
    {
        var objective = new PlanObjective
        {
            Number = number,
            Theme = theme,
            Title = title,
            DifferenceForChildren = difference,
            StoryBehindTheCurve = story,
            Components = components,
            Recommendations = recommendations,
        };
        theme.Objectives.Add(objective);
        return objective;
    }

    private static PlanAction Action(PlanObjective objective, int number, string title, string? owner, long lead, DateOnly start, DateOnly due, ActionStatus status, int progress, DateOnly? completedOn = null)
    {
        var action = new PlanAction
        {
            Number = number,
            Objective = objective,
            Title = title,
            OwnerUserId = owner,
            LeadOrgUnitId = lead,
            StartDate = start,
            DueDate = due,
            Status = status,
            ProgressPercent = progress,
            CompletedOn = completedOn,
        };
        objective.Actions.Add(action);
        return action;
    }

    private static void Indicator(PlanObjective objective, string id, string name, IndicatorPolarity polarity, string unit, decimal tolerance, (DateOnly Date, decimal Value)[] trajectory, (DateOnly AsAt, decimal Value)[] readings) =>
        objective.Indicators.Add(new PlanIndicator
        {
            IndicatorId = id,
            Name = name,
            Polarity = polarity,
            Unit = unit,
            Tolerance = tolerance,
            Trajectory = [.. trajectory.Select(t => new TrajectoryPoint { Date = t.Date, Value = t.Value })],
            Readings = [.. readings.Select(r => new IndicatorReading { AsAt = r.AsAt, Value = r.Value, RecordedByName = "Demo Performance Analyst" })],
        });
}
