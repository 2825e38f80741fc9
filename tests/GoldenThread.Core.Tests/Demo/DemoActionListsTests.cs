using GoldenThread.Core.Calendar;
using GoldenThread.Core.Caseload;
using GoldenThread.Core.Demo;
using GoldenThread.Core.Indicators;
using GoldenThread.Core.Model;

namespace GoldenThread.Core.Tests.Demo;

/// <summary>
/// The default demo authority as its managers see it on the demo's "today": the demo team manager (the busiest team, a child in
/// need team) and their service manager each have a handful of children in every list that applies to their teams, drawn the same
/// way every time for the same seed.
/// </summary>
public sealed class DemoActionListsTests
{
    private static readonly DemoOptions _options = new();
    private static readonly WorkingDayCalendar _calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly Lazy<DemoAuthority> _authority = new(() => DemoAuthorityGenerator.Generate(_options, _calendar));

    /// <summary>A child in need team holds children in need: their updated assessments and cases waiting for a worker.</summary>
    private static readonly ChildActionKind[] _childInNeedTeamLists =
        [ChildActionKind.AssessmentDueSoon, ChildActionKind.AssessmentOverdue, ChildActionKind.Unallocated];

    /// <summary>The safeguarding service adds its child protection teams' plans: their visits and review conferences.</summary>
    private static readonly ChildActionKind[] _safeguardingServiceLists =
        [.. _childInNeedTeamLists, ChildActionKind.ChildProtectionVisitOverdue, ChildActionKind.ChildProtectionReviewOverdue];

    private static DateOnly Today => _options.ResolvedToday;

    private static OrgUnit TeamManagersTeam(DemoAuthority demo)
    {
        var id = DemoUserPlacement.TeamsBusiestFirst(demo.Allocations.AsQueryable(), Today).First();
        return demo.OrgUnits.Single(u => u.Id == id);
    }

    private static IReadOnlyList<ChildAction> ListsFor(DemoAuthority demo, long orgUnitId) =>
        new ActionLists(IndicatorInput.From(demo), _calendar).At(Today, IndicatorScope.ForOrgUnit(orgUnitId));

    [Fact]
    public void The_demo_team_manager_has_a_handful_of_children_in_each_list_for_a_child_in_need_team()
    {
        var demo = _authority.Value;
        var team = TeamManagersTeam(demo);
        Assert.StartsWith("Child in Need Team", team.Name, StringComparison.Ordinal);

        var lists = ListsFor(demo, team.Id);
        Assert.All(_childInNeedTeamLists, kind => Assert.InRange(lists.Count(a => a.Kind == kind), 3, 15));
        Assert.All(lists, a => Assert.Equal(team.Id, a.TeamId));
    }

    [Fact]
    public void The_demo_service_manager_has_at_least_a_handful_in_each_list_for_the_safeguarding_service()
    {
        var demo = _authority.Value;
        var service = demo.OrgUnits.Single(u => u.Id == TeamManagersTeam(demo).ParentId);
        Assert.Equal("Safeguarding and Child Protection", service.Name);

        var lists = ListsFor(demo, service.Id);
        Assert.All(_safeguardingServiceLists, kind => Assert.True(lists.Count(a => a.Kind == kind) >= 3, $"{kind}: {lists.Count(a => a.Kind == kind)}"));
    }

    [Fact]
    public void Updated_assessments_keep_the_authoritys_timeliness_national_like()
    {
        var demo = _authority.Value;
        var yearAgo = Today.AddYears(-1);
        var authorised = demo.Assessments.Where(a => a.AuthorisationDate > yearAgo && a.AuthorisationDate <= Today).ToList();
        var onTime = authorised.Count(a => _calendar.WorkingDaysBetween(a.StartDate, a.AuthorisationDate!.Value) <= 45) / (double)authorised.Count;
        var referrals = demo.Referrals.Count(r => r.ReferralDate > yearAgo && r.ReferralDate <= Today);

        Assert.InRange(onTime, 0.78, 0.88);
        Assert.InRange(authorised.Count / (double)referrals, 0.8, 1.1);
    }

    [Fact]
    public void Updated_assessments_follow_the_last_one_within_their_child_in_need_plan()
    {
        var demo = _authority.Value;
        var plans = demo.ChildInNeedPlans.ToLookup(p => p.ReferralId);
        var updated = 0;
        foreach (var episode in demo.Assessments.GroupBy(a => a.ReferralId))
        {
            var ordered = episode.OrderBy(a => a.StartDate).ThenBy(a => a.Id).ToList();
            var referral = demo.Referrals[(int)episode.Key - 1];
            for (var i = 1; i < ordered.Count; i++)
            {
                var assessment = ordered[i];
                updated++;
                Assert.True(ordered[i - 1].AuthorisationDate < assessment.StartDate, $"Assessment {assessment.Id} starts before the one before it is authorised.");
                Assert.Contains(plans[episode.Key], p => p.StartDate <= assessment.StartDate && (p.EndDate is null || assessment.AuthorisationDate <= p.EndDate));
                Assert.True(assessment.AuthorisationDate is not null || (referral.ClosureDate is null && i == ordered.Count - 1), $"Assessment {assessment.Id} is left open.");
                Assert.Equal(assessment.AuthorisationDate is not null, assessment.Factors.Count > 0);
                Assert.DoesNotContain("21", assessment.Factors);
            }
        }

        Assert.InRange(updated, demo.ChildInNeedPlans.Count / 2, demo.ChildInNeedPlans.Count * 2);
    }

    [Fact]
    public void The_same_seed_gives_the_same_lists()
    {
        var again = DemoAuthorityGenerator.Generate(_options, _calendar);
        var first = new ActionLists(IndicatorInput.From(_authority.Value), _calendar).At(Today);
        var second = new ActionLists(IndicatorInput.From(again), _calendar).At(Today);

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
        var team = TeamManagersTeam(again);
        Assert.Equal(TeamManagersTeam(_authority.Value).Id, team.Id);
        Assert.Equal(ListsFor(_authority.Value, team.Id), ListsFor(again, team.Id));
    }
}
