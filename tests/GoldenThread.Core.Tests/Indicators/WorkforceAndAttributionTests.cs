using GoldenThread.Core.Indicators;
using GoldenThread.Core.Model;
using GoldenThread.Testing;
using static GoldenThread.Core.Tests.Indicators.IndicatorAssert;

namespace GoldenThread.Core.Tests.Indicators;

public sealed class WorkforceAndAttributionTests
{
    private static readonly DateOnly YearEnd = D(2025, 3, 31);

    /// <summary>
    /// LA (authority) → S1 (service) → T1, T2 (teams); LA → S2 → T3.
    /// W1 T1 1.0 FTE, last supervised 17 Feb 2025 (42 days before 31 Mar); W2 T1 0.5 FTE agency, last supervised 16 Feb (43 days);
    /// W3 T2 1.0 FTE started 1 Mar 2025, not yet supervised (30 days); W4 T2 left 30 Mar 2025; W5 T2 team manager, not case-holding.
    /// Cases at 31 Mar: C1, C2 with W1; C3 with W2; C4 with W3 (ending on the day: still current); C5 with W5 (not case-holding).
    /// </summary>
    private sealed class Workforce
    {
        public Workforce()
        {
            Authority = R.AnOrgUnit("LA", OrgUnitKind.Authority);
            S1 = R.AnOrgUnit("S1", OrgUnitKind.Service, Authority);
            T1 = R.AnOrgUnit("T1", OrgUnitKind.Team, S1);
            T2 = R.AnOrgUnit("T2", OrgUnitKind.Team, S1);
            S2 = R.AnOrgUnit("S2", OrgUnitKind.Service, Authority);
            T3 = R.AnOrgUnit("T3", OrgUnitKind.Team, S2);
            W1 = R.AWorker(T1, "W1");
            W2 = R.AWorker(T1, "W2", fte: 0.5m, isAgency: true);
            W3 = R.AWorker(T2, "W3", start: D(2025, 3, 1));
            W4 = R.AWorker(T2, "W4", leaving: D(2025, 3, 30));
            W5 = R.AWorker(T2, "W5", role: WorkerRole.TeamManager, isCaseHolding: false);
            R.ASupervision(W1, D(2025, 1, 6));
            R.ASupervision(W1, D(2025, 2, 17));
            R.ASupervision(W2, D(2025, 2, 16));
            R.ASupervision(W4, D(2025, 3, 1));
        }

        public TestRecords R { get; } = new();

        public OrgUnit Authority { get; }

        public OrgUnit S1 { get; }

        public OrgUnit T1 { get; }

        public OrgUnit T2 { get; }

        public OrgUnit S2 { get; }

        public OrgUnit T3 { get; }

        public Worker W1 { get; }

        public Worker W2 { get; }

        public Worker W3 { get; }

        public Worker W4 { get; }

        public Worker W5 { get; }
    }

    [Fact]
    public void Supervision_within_42_days_or_since_starting()
    {
        var w = new Workforce();
        var result = Compute(w.R, "supervision_in_timescale", ReportingPeriod.AsAt(YearEnd));

        Result(result, 2, 3, 200m / 3, []);
        Assert.Equal([w.W1.Id, w.W3.Id], result.NumeratorWorkerIds);
        Assert.Equal([w.W1.Id, w.W2.Id, w.W3.Id], result.DenominatorWorkerIds);
    }

    [Fact]
    public void Agency_rate_is_agency_FTE_over_all_social_work_FTE_in_post()
    {
        // W1 1.0 + W2 0.5 (agency) + W3 1.0 + W5 1.0 (team manager) = 3.5 FTE; W4 has left.
        var w = new Workforce();
        var result = Compute(w.R, "agency_worker_rate", ReportingPeriod.AsAt(YearEnd));

        Result(result, 0.5m, 3.5m, 50m / 3.5m, []);
        Assert.Equal([w.W2.Id], result.NumeratorWorkerIds);
    }

    [Fact]
    public void Caseload_per_FTE_for_the_authority_and_each_team()
    {
        var w = new Workforce();
        var c1 = w.R.AChild().WithReferral(D(2025, 1, 1)).AllocatedTo(w.W1, D(2025, 1, 1)).Id;
        var c2 = w.R.AChild().WithReferral(D(2025, 1, 1)).AllocatedTo(w.W1, D(2025, 1, 1)).Id;
        var c3 = w.R.AChild().WithReferral(D(2025, 1, 1)).AllocatedTo(w.W2, D(2025, 1, 1)).Id;
        var c4 = w.R.AChild().WithReferral(D(2025, 1, 1)).AllocatedTo(w.W3, D(2025, 3, 1), YearEnd).Id;
        w.R.AChild().WithReferral(D(2025, 1, 1)).AllocatedTo(w.W5, D(2025, 1, 1));
        var breakdown = Calculator(w.R).ComputeBreakdown(IndicatorCatalogue.Get("caseload_per_fte"), ReportingPeriod.AsAt(YearEnd), includeWorkers: true);

        // Authority: 4 cases over 1 + 0.5 + 1 = 2.5 FTE. T1: 3 over 1.5. T2: 1 over 1. T3: none.
        Result(breakdown.Authority, 4, 2.5m, 1.6m, [c1, c2, c3, c4]);
        Result(breakdown.OrgUnits[w.T1.Id], 3, 1.5m, 2m, [c1, c2, c3]);
        Result(breakdown.OrgUnits[w.T2.Id], 1, 1m, 1m, [c4]);
        Result(breakdown.OrgUnits[w.S1.Id], 4, 2.5m, 1.6m, [c1, c2, c3, c4]);
        Result(breakdown.OrgUnits[w.T3.Id], 0, 0m, null, []);
        Result(breakdown.Workers[w.W1.Id], 2, 1m, 2m, [c1, c2]);
    }

    [Fact]
    public void Unallocated_children_count_in_the_team_that_last_held_the_case()
    {
        var w = new Workforce();

        // C6 open, never allocated; C7 looked after, W1's allocation ended 1 Mar; C8 allocated; C9's referral is closed.
        var c6 = w.R.AChild().WithReferral(D(2025, 1, 1)).Id;
        var c7 = w.R.AChild().WithCareEpisode(D(2024, 6, 1)).AllocatedTo(w.W1, D(2024, 6, 1), D(2025, 3, 1)).Id;
        w.R.AChild().WithReferral(D(2025, 1, 1)).AllocatedTo(w.W2, D(2025, 1, 1));
        w.R.AChild().WithReferral(D(2024, 1, 1), D(2024, 6, 1));
        var breakdown = Calculator(w.R).ComputeBreakdown(IndicatorCatalogue.Get("unallocated_children"), ReportingPeriod.AsAt(YearEnd));

        Result(breakdown.Authority, 2, null, 2, [c6, c7]);
        Result(breakdown.OrgUnits[w.T1.Id], 1, null, 1, [c7]);
        Result(breakdown.OrgUnits[w.T2.Id], 0, null, 0, []);
    }

    /// <summary>
    /// Referrals in 2024-25: X on 10 May 2024 while allocated to W1 (T1); X again on 1 Aug 2024, after the case moved to W3 (T2) on 2 Jul;
    /// Y on 1 Jun 2024 with no allocation (the authority only); Z on 1 Sep 2024, the day W1's allocation ended and W2's started (the later start wins: W2).
    /// </summary>
    [Fact]
    public void Events_belong_to_the_team_and_worker_of_the_allocation_current_on_their_date()
    {
        var w = new Workforce();
        var x = w.R.AChild().WithReferral(D(2024, 5, 10)).WithReferral(D(2024, 8, 1))
            .AllocatedTo(w.W1, D(2024, 5, 10), D(2024, 7, 1)).AllocatedTo(w.W3, D(2024, 7, 2)).Id;
        var y = w.R.AChild().WithReferral(D(2024, 6, 1)).Id;
        var z = w.R.AChild().AllocatedTo(w.W1, D(2024, 1, 1), D(2024, 9, 1)).AllocatedTo(w.W2, D(2024, 9, 1)).WithReferral(D(2024, 9, 1)).Id;
        var calculator = Calculator(w.R);
        var referrals = IndicatorCatalogue.Get("referrals");
        var breakdown = calculator.ComputeBreakdown(referrals, Year2024To25, includeWorkers: true);

        Result(breakdown.Authority, 4, null, 4, [x, y, z]);
        Result(breakdown.OrgUnits[w.Authority.Id], 4, null, 4, [x, y, z]);
        Result(breakdown.OrgUnits[w.S1.Id], 3, null, 3, [x, z]);
        Result(breakdown.OrgUnits[w.T1.Id], 2, null, 2, [x, z]);
        Result(breakdown.OrgUnits[w.T2.Id], 1, null, 1, [x]);
        Result(breakdown.OrgUnits[w.S2.Id], 0, null, 0, []);
        Result(breakdown.Workers[w.W1.Id], 1, null, 1, [x]);
        Result(breakdown.Workers[w.W2.Id], 1, null, 1, [z]);
        Result(breakdown.Workers[w.W3.Id], 1, null, 1, [x]);

        // The single-scope calls give the same figures as the breakdown.
        Assert.Equal(breakdown.OrgUnits[w.T1.Id].Numerator, calculator.Compute(referrals, Year2024To25, IndicatorScope.ForOrgUnit(w.T1.Id)).Numerator);
        Assert.Equal(breakdown.OrgUnits[w.S1.Id].NumeratorChildIds, calculator.Compute(referrals, Year2024To25, IndicatorScope.ForOrgUnit(w.S1.Id)).NumeratorChildIds);
        Assert.Equal(4, calculator.Compute(referrals, Year2024To25, IndicatorScope.ForOrgUnit(w.Authority.Id)).Numerator);
        Assert.Equal(1, calculator.Compute(referrals, Year2024To25, IndicatorScope.ForWorker(w.W2.Id)).Numerator);
    }

    [Fact]
    public void Rates_have_a_population_for_the_authority_only()
    {
        var w = new Workforce();
        var child = w.R.AChild().WithCareEpisode(D(2024, 1, 1)).AllocatedTo(w.W1, D(2024, 1, 1)).Id;
        var calculator = Calculator(w.R, IndicatorSettings.Default with { ChildPopulation = 50000 });
        var breakdown = calculator.ComputeBreakdown(IndicatorCatalogue.Get("cla_rate_10k"), Year2024To25);

        Result(breakdown.Authority, 1, 50000, 0.2m, [child]);
        Result(breakdown.OrgUnits[w.T1.Id], 1, null, null, [child]);
    }
}
