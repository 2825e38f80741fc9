using GoldenThread.Core.Indicators;

namespace GoldenThread.Core.Tests.Indicators;

public sealed class IndicatorCatalogueTests
{
    public static TheoryData<string> RequiredIds() =>
    [
        "referrals", "rereferral_12m", "referral_nfa", "assessments_completed", "assessment_45wd", "s47_started", "icpc_15wd", "cpp_started",
        "cpp_repeat", "cpp_ended_2y", "cpp_open_2y", "cin_at_date", "cin_rate_10k", "cpp_at_date", "cpp_rate_10k", "cla_at_date", "cla_rate_10k",
        "cla_started", "cla_3plus_placements", "cla_long_term_stability", "cla_missing", "care_leavers_eet_19_21", "care_leavers_suitable_accom_19_21",
        "care_leavers_in_touch_19_21", "adoption_a1_days", "adoption_a2_days", "cp_visits_10wd", "cla_visits_in_timescale", "cla_reviews_in_timescale",
        "cp_reviews_in_timescale", "child_seen_assessment", "child_participation_reviews", "supervision_in_timescale", "caseload_per_fte",
        "agency_worker_rate", "unallocated_children",
    ];

    [Theory]
    [MemberData(nameof(RequiredIds))]
    public void Every_required_indicator_is_in_the_catalogue_with_its_definition(string id)
    {
        var indicator = IndicatorCatalogue.Get(id);

        Assert.Equal(id, indicator.Id);
        Assert.False(string.IsNullOrWhiteSpace(indicator.Name));
        Assert.False(string.IsNullOrWhiteSpace(indicator.Definition));
        Assert.False(string.IsNullOrWhiteSpace(indicator.Numerator));
        Assert.False(string.IsNullOrWhiteSpace(indicator.Population));
        Assert.NotEmpty(indicator.Fields);
        Assert.Equal(indicator.Unit == IndicatorUnit.Count, indicator.Denominator.Length == 0);
    }

    [Fact]
    public void Ids_are_unique_lower_case_and_found_case_insensitively()
    {
        var ids = IndicatorCatalogue.All.Select(i => i.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[a-z0-9_]+$", id));
        Assert.Same(IndicatorCatalogue.Get("cla_at_date"), IndicatorCatalogue.Find("CLA_AT_DATE"));
        Assert.Null(IndicatorCatalogue.Find("no_such_indicator"));
        Assert.Throws<ArgumentException>(() => IndicatorCatalogue.Get("no_such_indicator"));
    }

    [Fact]
    public void National_indicators_come_before_local_practice_measures()
    {
        var sources = IndicatorCatalogue.All.Select(i => i.Source).ToList();

        Assert.Equal(sources.Order(), sources);
        Assert.Equal(IndicatorSource.Local, IndicatorCatalogue.Get("cp_visits_10wd").Source);
        Assert.Equal(IndicatorSource.National, IndicatorCatalogue.Get("assessment_45wd").Source);
    }
}
