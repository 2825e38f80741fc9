using GoldenThread.Core.Model;
using GoldenThread.Core.Quality;
using GoldenThread.Testing;

namespace GoldenThread.Core.Tests.Quality;

public sealed class AuditPopulationTests
{
    private static readonly DateOnly Date = new(2025, 3, 31);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static (PopulationView View, Dictionary<string, long> Ids, Dictionary<string, long> Teams) Build()
    {
        var r = new TestRecords();
        var authority = r.AnOrgUnit("LA", OrgUnitKind.Authority);
        var one = r.AnOrgUnit("S-ONE", OrgUnitKind.Service, authority);
        var t1 = r.AnOrgUnit("T-ONE-1", OrgUnitKind.Team, one);
        var t2 = r.AnOrgUnit("T-ONE-2", OrgUnitKind.Team, one);
        var two = r.AnOrgUnit("S-TWO", OrgUnitKind.Service, authority);
        var t3 = r.AnOrgUnit("T-TWO-1", OrgUnitKind.Team, two);
        var w1 = r.AWorker(t1, "W1");
        var w2 = r.AWorker(t2, "W2");
        var w3 = r.AWorker(t3, "W3");
        var cinPlans = new List<ChildInNeedPlan>();
        var ids = new Dictionary<string, long>
        {
            // A: in need since 1 Dec 2023, on a plan since 20 Dec 2023 (467 days = 66 whole weeks), emotional abuse; aged 9; T-ONE-1.
            ["A"] = r.AChild().BornOn(D(2015, 5, 1)).WithReferral(D(2023, 12, 1)).WithChildProtectionPlan(D(2023, 12, 20)).AllocatedTo(w1, D(2023, 12, 1)).Id,

            // B: on a plan since 1 July 2024 (39 weeks), neglect; aged 13; T-ONE-2.
            ["B"] = r.AChild().BornOn(D(2012, 1, 1)).WithReferral(D(2024, 6, 1)).WithChildProtectionPlan(D(2024, 7, 1)).AllocatedTo(w2, D(2024, 6, 1)).Id,

            // C: on a plan for exactly 65 weeks (455 days from 1 January 2024), neglect; no open referral; the other service.
            ["C"] = r.AChild().WithChildProtectionPlan(D(2024, 1, 1)).AllocatedTo(w3, D(2024, 1, 1)).Id,

            // D: looked after since 1 Feb 2022 (a period of care through an X1 change on 1 May 2023: 164 weeks), C2; aged 16.
            ["D"] = r.AChild().BornOn(D(2008, 4, 1)).WithCareEpisode(D(2022, 2, 1), D(2023, 5, 1), legalStatus: "E1", reasonCeased: "X1")
                .WithCareEpisode(D(2023, 5, 1), reasonNew: "L").AllocatedTo(w1, D(2022, 2, 1)).Id,

            // E: a short break is never looked after; unallocated.
            ["E"] = r.AChild().WithCareEpisode(D(2025, 1, 1), legalStatus: "V3").Id,

            // F: left care at 18 on 1 May 2024: a care leaver aged 18; T-ONE-2.
            ["F"] = r.AChild().BornOn(D(2006, 5, 1)).WithCareEpisode(D(2020, 1, 1), D(2024, 5, 1)).AllocatedTo(w2, D(2024, 5, 1)).Id,

            // G: an NFA referral: in no population.
            ["G"] = r.AChild().WithReferral(D(2025, 3, 1), noFurtherAction: true).Id,

            // H: in need since 10 January 2025 with a child in need plan; held by W1 (first) and W2; no birth date.
            ["H"] = r.AChild().WithReferral(D(2025, 1, 10)).AllocatedTo(w1, D(2025, 1, 10)).AllocatedTo(w2, D(2025, 2, 1)).Id,
        };
        cinPlans.Add(new ChildInNeedPlan { Id = r.NextId(), ChildId = ids["H"], StartDate = D(2025, 2, 1) });
        cinPlans.Add(new ChildInNeedPlan { Id = r.NextId(), ChildId = ids["B"], StartDate = D(2024, 6, 1), EndDate = D(2024, 7, 1) });
        r.ChildProtectionPlans.Single(p => p.ChildId == ids["A"]).LatestCategory = "EMO";
        var view = new PopulationView(Date, r.Children, r.Referrals, cinPlans, r.ChildProtectionPlans, r.CareEpisodes, r.Allocations, r.OrgUnits);
        return (view, ids, new Dictionary<string, long> { ["T-ONE-1"] = t1.Id, ["T-ONE-2"] = t2.Id, ["T-TWO-1"] = t3.Id });
    }

    private static IEnumerable<string> Select(string filter)
    {
        var (view, ids, _) = Build();
        var names = ids.ToDictionary(kv => kv.Value, kv => kv.Key);
        var selection = AuditPopulation.Select(PopulationFilter.Parse(filter), view);
        Assert.True(selection.IsValid, string.Join("; ", selection.Errors));
        return selection.Members.Select(m => names[m.ChildId]);
    }

    [Theory]
    [InlineData("status=cp", "A B C")]
    [InlineData("status=cp;min-weeks=65", "A C")]
    [InlineData("status=cp;min-weeks=66", "A")]
    [InlineData("status=cp;max-weeks=64", "B")]
    [InlineData("status=cp;min-months=15", "A")]
    [InlineData("status=cp;min-months=14", "A C")]
    [InlineData("status=cp;min-weeks=65;service=S-ONE", "A")]
    [InlineData("status=cin", "A B H")]
    [InlineData("status=cla", "D")]
    [InlineData("status=cla;min-weeks=164", "D")]
    [InlineData("status=cla;min-weeks=165", "")]
    [InlineData("status=care-leaver", "F")]
    [InlineData("status=cla,care-leaver;team=T-ONE-2", "F")]
    [InlineData("service=S-ONE", "A B D F H")]
    [InlineData("service=LA", "A B C D F H")]
    [InlineData("plan=cin", "H")]
    [InlineData("plan=care,pathway", "D F")]
    [InlineData("category=NEG", "B C")]
    [InlineData("category=emo", "A")]
    [InlineData("legal-status=C2", "D")]
    [InlineData("status=cin,cp;max-age=10", "A")]
    [InlineData("min-age=16;max-age=18", "D F")]
    public void Filters_select_exactly_the_hand_worked_children(string filter, string expected)
    {
        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), Select(filter));
    }

    [Fact]
    public void Members_carry_the_team_of_their_first_current_allocation_and_are_sorted_by_LA_child_ID()
    {
        var (view, ids, teams) = Build();
        var members = AuditPopulation.Select(PopulationFilter.Parse("status=cin"), view).Members;
        Assert.Equal(members.Select(m => m.LaChildId).Order(StringComparer.Ordinal), members.Select(m => m.LaChildId));
        var h = members.Single(m => m.ChildId == ids["H"]);
        Assert.Equal(teams["T-ONE-1"], h.TeamId);
        Assert.Equal("T-ONE-1", h.TeamCode);
    }

    [Fact]
    public void Unknown_org_unit_codes_are_reported()
    {
        var (view, _, _) = Build();
        var selection = AuditPopulation.Select(PopulationFilter.Parse("team=T-NOPE;service=T-ONE-1"), view);
        Assert.Equal(["No service has the code T-ONE-1", "No team has the code T-NOPE"], selection.Errors);
        Assert.Empty(selection.Members);
    }

    [Fact]
    public void Filters_parse_to_a_canonical_form_and_problems_are_worded_for_the_user()
    {
        Assert.Equal("status=cp,cla;team=T-ONE-1;min-weeks=65;max-age=17", PopulationFilter.Parse(" max-age=17 ; STATUS=cp,cla;min-weeks=65;team=T-ONE-1 ").ToString());
        Assert.Equal("children on child protection plans, for 65 weeks or more", PopulationFilter.Parse("status=cp;min-weeks=65").Describe());

        Assert.Null(PopulationFilter.TryParse("status=cp;colour=red;min-weeks=lots;status=cla;min-age=9;max-age=3;plan=x", out var errors));
        Assert.Equal(
            [
                "Population filter 'colour' is not known. Use status, plan, category, legal-status, service, team, min-weeks, max-weeks, min-months, max-months, min-age or max-age",
                "Population filter min-weeks must be a whole number, like min-weeks=65",
                "Population filter 'status' is given more than once",
                "Population filter plan 'x' is not known. Use cin, cp, care, pathway",
                "Population filter min-age must not be more than max-age",
            ],
            errors);
        Assert.Null(PopulationFilter.TryParse("  ", out var empty));
        Assert.Equal(["Enter the population filter"], empty);
        Assert.Null(PopulationFilter.TryParse("cp", out var noEquals));
        Assert.Equal(["Population filter part 'cp' must be written as key=value, for example status=cp"], noEquals);
    }

    [Fact]
    public void Whole_weeks_and_months_round_down()
    {
        Assert.Equal(65, AuditPopulation.WholeWeeks(D(2024, 1, 1), Date));
        Assert.Equal(64, AuditPopulation.WholeWeeks(D(2024, 1, 2), Date));
        Assert.Equal(15, AuditPopulation.WholeMonths(D(2023, 12, 31), Date));
        Assert.Equal(14, AuditPopulation.WholeMonths(D(2024, 1, 1), D(2025, 3, 30)));
        Assert.Equal(1, AuditPopulation.WholeMonths(D(2025, 1, 31), D(2025, 2, 28)));
    }
}
