using GoldenThread.Core.Calendar;
using GoldenThread.Core.Caseload;
using GoldenThread.Core.Indicators;
using GoldenThread.Core.Model;
using GoldenThread.Testing;

namespace GoldenThread.Core.Tests.Caseload;

/// <summary>
/// Children needing action, hand-worked against the England and Wales calendar. Spring 2025 has four bank holidays after 1 April:
/// Good Friday 18 April, Easter Monday 21 April, 5 May and 26 May.
/// </summary>
public sealed class ActionListsTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static (TestRecords Records, Worker Worker, OrgUnit Team) Authority()
    {
        var r = new TestRecords();
        var authority = r.AnOrgUnit("LA", OrgUnitKind.Authority);
        var service = r.AnOrgUnit("SVC", OrgUnitKind.Service, authority);
        var team = r.AnOrgUnit("TEAM", OrgUnitKind.Team, service);
        return (r, r.AWorker(team, "W1"), team);
    }

    private static IReadOnlyList<ChildAction> At(TestRecords r, DateOnly date) =>
        new ActionLists(r.IndicatorInput(), WorkingDayCalendar.EnglandAndWales).At(date);

    // Assessment started Tuesday 1 April 2025 (day 0). With the four bank holidays, day 34 is Thursday 22 May, day 35 Friday 23 May,
    // day 44 Friday 6 June, day 45 Monday 9 June (the last day in time), day 46 Tuesday 10 June.
    [Theory]
    [InlineData(2025, 5, 22, null, 34)]
    [InlineData(2025, 5, 23, ChildActionKind.AssessmentDueSoon, 35)]
    [InlineData(2025, 6, 6, ChildActionKind.AssessmentDueSoon, 44)]
    [InlineData(2025, 6, 8, ChildActionKind.AssessmentDueSoon, 44)]
    [InlineData(2025, 6, 9, ChildActionKind.AssessmentDueSoon, 45)]
    [InlineData(2025, 6, 10, ChildActionKind.AssessmentOverdue, 46)]
    public void An_open_assessment_is_flagged_from_day_35_and_overdue_after_day_45(int y, int m, int d, ChildActionKind? expected, int elapsed)
    {
        var (r, worker, team) = Authority();
        var child = r.AChild().WithReferral(D(2025, 3, 28)).WithAssessment(D(2025, 4, 1), null).AllocatedTo(worker, D(2025, 3, 28));
        var date = D(y, m, d);

        Assert.Equal(elapsed, WorkingDayCalendar.EnglandAndWales.WorkingDaysBetween(D(2025, 4, 1), date));
        var actions = At(r, date);
        if (expected is null)
        {
            Assert.Empty(actions);
            return;
        }

        var action = Assert.Single(actions);
        Assert.Equal(new ChildAction(child.Id, expected.Value, D(2025, 4, 1), D(2025, 6, 9), elapsed, team.Id, worker.Id), action);
    }

    [Fact]
    public void An_authorised_assessment_needs_no_action_from_its_authorisation_day_and_a_closed_episode_none_at_all()
    {
        var (r, worker, _) = Authority();
        var authorised = r.AChild().WithReferral(D(2025, 3, 28)).WithAssessment(D(2025, 4, 1), D(2025, 6, 11)).AllocatedTo(worker, D(2025, 3, 28));
        r.AChild().WithReferral(D(2025, 3, 28), closed: D(2025, 6, 2)).WithAssessment(D(2025, 4, 1), null).AllocatedTo(worker, D(2025, 3, 28));

        Assert.Equal([(authorised.Id, ChildActionKind.AssessmentOverdue)], At(r, D(2025, 6, 10)).Select(a => (a.ChildId, a.Kind)));
        Assert.Empty(At(r, D(2025, 6, 11)));
    }

    // Seen on Thursday 1 May 2025; Monday 5 May is a bank holiday, so day 10 is Friday 16 May and day 11 Monday 19 May.
    [Theory]
    [InlineData(2025, 5, 16, false)]
    [InlineData(2025, 5, 18, false)]
    [InlineData(2025, 5, 19, true)]
    public void A_child_on_a_plan_not_seen_for_more_than_10_working_days_is_overdue_a_visit(int y, int m, int d, bool overdue)
    {
        var (r, worker, _) = Authority();
        var child = r.AChild().WithReferral(D(2025, 3, 1)).WithChildProtectionPlan(D(2025, 4, 10))
            .WithChildProtectionVisit(D(2025, 5, 1)).WithChildProtectionVisit(D(2025, 5, 9), childSeen: false).AllocatedTo(worker, D(2025, 3, 1));

        var visits = At(r, D(y, m, d)).Where(a => a.Kind == ChildActionKind.ChildProtectionVisitOverdue).ToList();

        if (overdue)
        {
            var action = Assert.Single(visits);
            Assert.Equal((child.Id, D(2025, 5, 1), D(2025, 5, 16), 11), (action.ChildId, action.From, action.Due!.Value, action.WorkingDaysElapsed!.Value));
        }
        else
        {
            Assert.Empty(visits);
        }
    }

    [Fact]
    public void Child_protection_reviews_are_due_3_months_after_the_plan_starts_then_6_months_after_the_last()
    {
        var (r, worker, _) = Authority();
        var noReview = r.AChild().WithReferral(D(2025, 3, 1)).WithChildProtectionPlan(D(2025, 4, 10)).AllocatedTo(worker, D(2025, 3, 1));
        var reviewed = r.AChild().WithReferral(D(2025, 3, 1)).WithChildProtectionPlan(D(2025, 4, 10)).WithChildProtectionReview(D(2025, 7, 1)).AllocatedTo(worker, D(2025, 3, 1));

        static List<(long, DateOnly?)> Reviews(IReadOnlyList<ChildAction> actions) =>
            [.. actions.Where(a => a.Kind == ChildActionKind.ChildProtectionReviewOverdue).Select(a => (a.ChildId, a.Due))];

        Assert.Empty(Reviews(At(r, D(2025, 7, 10))));
        Assert.Equal([(noReview.Id, (DateOnly?)D(2025, 7, 10))], Reviews(At(r, D(2025, 7, 11))));
        Assert.Equal([(noReview.Id, (DateOnly?)D(2025, 7, 10))], Reviews(At(r, D(2026, 1, 1))));
        Assert.Equal([(noReview.Id, (DateOnly?)D(2025, 7, 10)), (reviewed.Id, D(2026, 1, 1))], Reviews(At(r, D(2026, 1, 2))));
    }

    [Fact]
    public void A_looked_after_child_is_visited_within_7_days_of_placement_then_every_6_weeks()
    {
        var (r, worker, _) = Authority();
        var visited = r.AChild().WithCareEpisode(D(2025, 1, 6)).WithCareVisit(D(2025, 1, 10)).AllocatedTo(worker, D(2025, 1, 6));
        var notVisited = r.AChild().WithCareEpisode(D(2025, 2, 10)).AllocatedTo(worker, D(2025, 2, 10));

        static List<(long, DateOnly?)> Visits(IReadOnlyList<ChildAction> actions) =>
            [.. actions.Where(a => a.Kind == ChildActionKind.CareVisitOverdue).Select(a => (a.ChildId, a.Due))];

        // 10 January + 42 days = 21 February; 10 February + 7 days = 17 February.
        Assert.Empty(Visits(At(r, D(2025, 2, 17))));
        Assert.Equal([(notVisited.Id, (DateOnly?)D(2025, 2, 17))], Visits(At(r, D(2025, 2, 21))));
        Assert.Equal([(notVisited.Id, (DateOnly?)D(2025, 2, 17)), (visited.Id, D(2025, 2, 21))], Visits(At(r, D(2025, 2, 22))));
    }

    [Fact]
    public void The_first_looked_after_review_is_due_20_working_days_after_care_starts_then_3_months_after_it()
    {
        var (r, worker, _) = Authority();
        var child = r.AChild().WithCareEpisode(D(2025, 1, 6)).WithCareVisit(D(2025, 1, 7)).AllocatedTo(worker, D(2025, 1, 6));

        static List<ChildAction> Reviews(IReadOnlyList<ChildAction> actions) => [.. actions.Where(a => a.Kind == ChildActionKind.CareReviewOverdue)];

        // Monday 6 January is day 0; day 20 is Monday 3 February.
        Assert.Empty(Reviews(At(r, D(2025, 2, 3))));
        var overdue = Assert.Single(Reviews(At(r, D(2025, 2, 4))));
        Assert.Equal((child.Id, D(2025, 1, 6), D(2025, 2, 3), 21), (overdue.ChildId, overdue.From, overdue.Due!.Value, overdue.WorkingDaysElapsed!.Value));

        r.CareReviews.Add(new CareReview { Id = r.NextId(), ChildId = child.Id, ReviewDate = D(2025, 1, 31), ParticipationCode = "PN1" });
        Assert.Empty(Reviews(At(r, D(2025, 4, 30))));
        Assert.Equal([D(2025, 4, 30)], Reviews(At(r, D(2025, 5, 1))).Select(a => a.Due!.Value));
    }

    [Fact]
    public void An_open_child_without_a_current_allocation_is_unallocated_in_the_team_that_last_held_the_case()
    {
        var (r, worker, team) = Authority();
        var lapsed = r.AChild().WithReferral(D(2025, 3, 1)).AllocatedTo(worker, D(2025, 3, 1), D(2025, 5, 31));
        var never = r.AChild().WithReferral(D(2025, 4, 2));
        r.AChild().WithReferral(D(2025, 3, 1)).AllocatedTo(worker, D(2025, 3, 1));
        r.AChild().WithReferral(D(2025, 3, 1), closed: D(2025, 5, 1));
        r.AChild().WithReferral(D(2025, 3, 1), noFurtherAction: true);

        var unallocated = At(r, D(2025, 6, 2)).Where(a => a.Kind == ChildActionKind.Unallocated).ToList();

        Assert.Equal(
            [new ChildAction(lapsed.Id, ChildActionKind.Unallocated, D(2025, 6, 1), null, null, team.Id, null), new ChildAction(never.Id, ChildActionKind.Unallocated, D(2025, 4, 2), null, null, null, null)],
            unallocated.OrderBy(a => a.ChildId));
    }

    [Fact]
    public void Lists_are_scoped_by_the_indicators_attribution()
    {
        var r = new TestRecords();
        var authority = r.AnOrgUnit("LA", OrgUnitKind.Authority);
        var service = r.AnOrgUnit("SVC", OrgUnitKind.Service, authority);
        var teamA = r.AnOrgUnit("A", OrgUnitKind.Team, service);
        var teamB = r.AnOrgUnit("B", OrgUnitKind.Team, service);
        var workerA = r.AWorker(teamA, "WA");
        var workerB = r.AWorker(teamB, "WB");
        var inA = r.AChild().WithReferral(D(2025, 3, 1)).WithChildProtectionPlan(D(2025, 4, 1)).AllocatedTo(workerA, D(2025, 3, 1));
        var inB = r.AChild().WithReferral(D(2025, 3, 1)).WithChildProtectionPlan(D(2025, 4, 1)).AllocatedTo(workerB, D(2025, 3, 1));
        var lists = new ActionLists(r.IndicatorInput(), WorkingDayCalendar.EnglandAndWales);
        var date = D(2025, 6, 2);

        Assert.Equal([inA.Id], lists.At(date, IndicatorScope.ForOrgUnit(teamA.Id)).Select(a => a.ChildId).Distinct());
        Assert.Equal([inB.Id], lists.At(date, IndicatorScope.ForWorker(workerB.Id)).Select(a => a.ChildId).Distinct());
        Assert.Equal([inA.Id, inB.Id], lists.At(date, IndicatorScope.ForOrgUnit(service.Id)).Select(a => a.ChildId).Distinct().Order());
        Assert.Equal(lists.At(date).Count, lists.At(date, IndicatorScope.ForOrgUnit(authority.Id)).Count);
    }

    [Fact]
    public void Overdue_visits_and_reviews_are_exactly_the_plans_and_children_outside_the_indicators_numerators()
    {
        var (r, worker, _) = Authority();
        for (var i = 0; i < 6; i++)
        {
            var child = r.AChild().WithReferral(D(2025, 3, 1)).WithChildProtectionPlan(D(2025, 3, 3 + i)).AllocatedTo(worker, D(2025, 3, 1));
            if (i % 2 == 0)
            {
                child.WithChildProtectionVisit(D(2025, 6, 2 + i)).WithChildProtectionReview(D(2025, 5, 20));
            }

            r.AChild().WithCareEpisode(D(2025, 1, 6 + i)).AllocatedTo(worker, D(2025, 1, 6));
        }

        var date = D(2025, 6, 13);
        var actions = At(r, date);
        var calculator = new IndicatorCalculator(r.IndicatorInput(), WorkingDayCalendar.EnglandAndWales);
        int Outside(string id)
        {
            var result = calculator.Compute(id, ReportingPeriod.AsAt(date));
            return (int)(result.Denominator!.Value - result.Numerator);
        }

        Assert.Equal(Outside("cp_visits_10wd"), actions.Count(a => a.Kind == ChildActionKind.ChildProtectionVisitOverdue));
        Assert.Equal(Outside("cp_reviews_in_timescale"), actions.Count(a => a.Kind == ChildActionKind.ChildProtectionReviewOverdue));
        Assert.Equal(Outside("cla_visits_in_timescale"), actions.Count(a => a.Kind == ChildActionKind.CareVisitOverdue));
        Assert.Equal(Outside("cla_reviews_in_timescale"), actions.Count(a => a.Kind == ChildActionKind.CareReviewOverdue));
        Assert.Contains(actions, a => a.Kind == ChildActionKind.ChildProtectionVisitOverdue);
        Assert.Contains(actions, a => a.Kind == ChildActionKind.ChildProtectionReviewOverdue);
    }
}
