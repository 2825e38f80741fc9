using GoldenThread.Core.Calendar;
using GoldenThread.Core.Caseload;
using GoldenThread.Core.Demo;
using GoldenThread.Core.Indicators;
using GoldenThread.Core.Model;

namespace GoldenThread.Core.Tests.Indicators;

/// <summary>
/// Consistency, not calculation: on a small synthetic demo authority the indicators agree with the overview's headline counts (one rule
/// for "as at"), every indicator runs for every month, and team figures add up to their service and the service to the authority.
/// </summary>
public sealed class DemoConsistencyTests
{
    private static readonly Lazy<(DemoAuthority Demo, IndicatorCalculator Calculator)> Authority = new(() =>
    {
        var demo = DemoAuthorityGenerator.Generate(new DemoOptions(Children: 1500, Years: 3, Seed: 5), WorkingDayCalendar.EnglandAndWales);
        return (demo, new IndicatorCalculator(IndicatorInput.From(demo), WorkingDayCalendar.EnglandAndWales, IndicatorSettings.Default with { ChildPopulation = 10000 }));
    });

    /// <summary>The children the overview counts, by the same <see cref="CaseloadRules"/> expressions <see cref="Headlines"/> runs.</summary>
    private static List<long> HeadlineChildren(DemoAuthority demo, HeadlineMeasure measure, DateOnly date) => (measure switch
    {
        HeadlineMeasure.ChildrenInNeed => demo.Referrals.AsQueryable().Where(CaseloadRules.ReferralOpenAt(date)).Select(r => r.ChildId),
        HeadlineMeasure.ChildProtectionPlans => demo.ChildProtectionPlans.AsQueryable().Where(CaseloadRules.PlanOpenAt(date)).Select(p => p.ChildId),
        _ => demo.CareEpisodes.AsQueryable().Where(CaseloadRules.LookedAfterAt(date)).Select(e => e.ChildId),
    }).Distinct().Order().ToList();

    [Theory]
    [InlineData("cin_at_date", HeadlineMeasure.ChildrenInNeed)]
    [InlineData("cpp_at_date", HeadlineMeasure.ChildProtectionPlans)]
    [InlineData("cla_at_date", HeadlineMeasure.ChildrenLookedAfter)]
    public void As_at_counts_equal_the_overview_headlines(string indicatorId, HeadlineMeasure measure)
    {
        var (demo, calculator) = Authority.Value;
        foreach (var date in new[] { new DateOnly(2024, 3, 31), new DateOnly(2025, 3, 31), new DateOnly(2025, 9, 30) })
        {
            var result = calculator.Compute(indicatorId, ReportingPeriod.AsAt(date));
            var headline = HeadlineChildren(demo, measure, date);

            Assert.Equal(headline.Count, result.Numerator);
            Assert.Equal(headline, result.NumeratorChildIds);
        }
    }

    [Fact]
    public void Every_indicator_runs_for_every_month_and_units_add_up()
    {
        var (demo, calculator) = Authority.Value;
        var months = ReportingPeriod.Split(new DateOnly(2024, 4, 1), new DateOnly(2025, 3, 31), PeriodKind.Month);
        var authorityUnit = demo.OrgUnits.Single(u => u.ParentId is null);
        var services = demo.OrgUnits.Where(u => u.Kind == OrgUnitKind.Service).ToList();

        foreach (var breakdown in calculator.ComputeAll(IndicatorCatalogue.All, months))
        {
            Assert.Equal(breakdown.Authority.Numerator, breakdown.OrgUnits[authorityUnit.Id].Numerator);
            Assert.Equal(demo.OrgUnits.Count, breakdown.OrgUnits.Count);
            var serviceTotal = services.Sum(s => breakdown.OrgUnits[s.Id].Numerator);
            Assert.True(serviceTotal <= breakdown.Authority.Numerator, $"{breakdown.Indicator.Id} {breakdown.Period}: services add to more than the authority");
            foreach (var service in services)
            {
                var teams = demo.OrgUnits.Where(u => u.ParentId == service.Id).Sum(t => breakdown.OrgUnits[t.Id].Numerator);
                Assert.Equal(breakdown.OrgUnits[service.Id].Numerator, teams);
            }

            if (breakdown.Authority.Value is { } value && breakdown.Indicator.Unit == IndicatorUnit.Percentage)
            {
                Assert.InRange(value, 0m, 100m);
            }
        }
    }

    [Fact]
    public void A_remembering_calculator_gives_exactly_the_same_figures_for_every_scope()
    {
        var (demo, calculator) = Authority.Value;
        var remembering = new IndicatorCalculator(IndicatorInput.From(demo), WorkingDayCalendar.EnglandAndWales, IndicatorSettings.Default with { ChildPopulation = 10000 }, remember: true);
        var scopes = new List<IndicatorScope> { IndicatorScope.Authority, IndicatorScope.ForOrgUnit(-1), IndicatorScope.ForWorker(-1) };
        scopes.AddRange(demo.OrgUnits.Select(u => IndicatorScope.ForOrgUnit(u.Id)));
        scopes.AddRange(demo.Workers.Take(5).Select(w => IndicatorScope.ForWorker(w.Id)));
        var periods = new[] { ReportingPeriod.Month(2025, 1), ReportingPeriod.FinancialYear(2024), ReportingPeriod.AsAt(new DateOnly(2025, 3, 31)) };
        foreach (var indicator in IndicatorCatalogue.All)
        {
            foreach (var period in periods)
            {
                foreach (var scope in scopes)
                {
                    var expected = calculator.Compute(indicator, period, scope);
                    var twice = new[] { remembering.Compute(indicator, period, scope), remembering.Compute(indicator, period, scope) };
                    foreach (var actual in twice)
                    {
                        Assert.Equal((expected.Scope, expected.Numerator, expected.Denominator, expected.Value), (actual.Scope, actual.Numerator, actual.Denominator, actual.Value));
                        Assert.Equal(expected.NumeratorChildIds, actual.NumeratorChildIds);
                        Assert.Equal(expected.DenominatorChildIds, actual.DenominatorChildIds);
                        Assert.Equal(expected.NumeratorWorkerIds, actual.NumeratorWorkerIds);
                    }
                }
            }
        }
    }
}
