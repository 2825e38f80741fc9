using GoldenThread.Core.Published;
using static GoldenThread.Core.Tests.Published.PublishedData;

namespace GoldenThread.Core.Tests.Published;

/// <summary>The indicator-to-published-figure table names real columns and breakdowns; derived rates are worked by hand.</summary>
public sealed class PublishedMeasuresTests
{
    [Fact]
    public void Every_measure_names_a_real_column_with_its_datasets_filters_and_has_Tower_Hamlets_in_the_latest_year()
    {
        Assert.Equal(PublishedMeasures.All.Count, PublishedMeasures.All.Select(m => m.Code).Distinct().Count());
        foreach (var measure in PublishedMeasures.All)
        {
            foreach (var selection in measure.Selections)
            {
                var dataset = PublishedDatasets.Get(selection.DatasetId);
                Assert.Contains(selection.Measure, dataset.ValueColumns);
                Assert.Equal(dataset.FilterColumns, PublishedFilters.Parse(selection.FilterKey).Select(f => f.Column));
                Assert.Contains(Of(dataset), selection.Matches);
            }

            var values = measure.ValuesFrom(All);
            Assert.True(values.Find(values.LatestYear!.Value, GeographicLevel.LocalAuthority, TowerHamlets)?.Value.IsPublished, measure.Code);
        }
    }

    [Fact]
    public void Each_measure_gives_the_latest_published_figure_for_Tower_Hamlets_and_England()
    {
        // Latest values (PROFILE.md, "Latest values: England and Tower Hamlets"): CIN/CLA to 31 March 2025, workforce at
        // 30 September 2025, population mid-2024.
        var expected = new (string Code, int Year, PublishedValue TowerHamlets, PublishedValue England)[]
        {
            ("cin_rate_10k", 2025, N(450.0m), N(330.3m)),
            ("rereferral_12m", 2025, N(24.5m), N(22.6m)),
            ("cpp_repeat", 2025, N(19.3m), N(24.5m)),
            ("cpp_open_2y", 2025, S("c"), N(2.3m)),
            ("cpp_rate_10k", 2025, N(34.9m), N(40.6m)),
            ("cla_rate_10k", 2025, N(45), N(67)),
            ("cla_3plus_placements", 2025, N(8), N(10)),
            ("cla_3plus_placements_2y", 2025, N(23), N(23)),
            ("cla_long_term_stability", 2025, N(72), N(69)),
            ("care_leavers_eet_19_21", 2025, N(68), N(54)),
            ("care_leavers_eet_17_18", 2025, N(73), N(64)),
            ("care_leavers_suitable_accommodation_19_21", 2025, N(85), N(89)),
            ("care_leavers_suitable_accommodation_17_18", 2025, N(91), N(91)),
            ("workforce_turnover_rate", 2025, N(8.6m), N(11.8m)),
            ("workforce_agency_rate", 2025, N(21.2m), N(13.0m)),
            ("workforce_vacancy_rate", 2025, N(19.9m), N(14.2m)),
            ("workforce_caseload", 2025, N(13.1m), N(15.2m)),
            ("population_0_17", 2024, N(63073), N(12183016)),
        };
        foreach (var (code, year, towerHamlets, england) in expected)
        {
            var values = PublishedMeasures.Get(code).ValuesFrom(All);
            Assert.Equal(year, values.LatestYear);
            Assert.Equal((code, towerHamlets, england), (code, values.Of(year, GeographicLevel.LocalAuthority, TowerHamlets), values.Of(year, GeographicLevel.National, England)));
        }
    }

    [Fact]
    public void Rates_per_10000_divide_the_count_of_year_Y_by_the_population_of_mid_Y_minus_1()
    {
        var values = PublishedMeasures.ChildrenInNeedRate.ValuesFrom(All);

        // Tower Hamlets: 2838 (B1 At31_episodes 2025) ÷ 63073 (ONS mid-2024) × 10,000 = 449.954… → 450.0
        Assert.Equal(N(450.0m), values.Of(2025, GeographicLevel.LocalAuthority, TowerHamlets));

        // England: 402400 ÷ 12183016 × 10,000 = 330.295… → 330.3; Inner London: 27020 ÷ 639273 × 10,000 = 422.667… → 422.7
        Assert.Equal(N(330.3m), values.Of(2025, GeographicLevel.National, England));
        Assert.Equal(N(422.7m), values.Of(2025, GeographicLevel.Regional, InnerLondon));

        // Dorset (835) 2019: 2712 children in need, but its mid-2018 population is x, so the rate is x.
        Assert.Equal(S("x"), values.Of(2019, GeographicLevel.LocalAuthority, "835"));

        // Child protection: 220 plans (D5 CPP_At31) ÷ 63073 × 10,000 = 34.880… → 34.9; England 49420 ÷ 12183016 × 10,000 = 40.564… → 40.6
        var plans = PublishedMeasures.ChildProtectionRate.ValuesFrom(All);
        Assert.Equal(N(34.9m), plans.Of(2025, GeographicLevel.LocalAuthority, TowerHamlets));
        Assert.Equal(N(40.6m), plans.Of(2025, GeographicLevel.National, England));
    }

    [Fact]
    public void A_rate_keeps_the_counts_symbol_and_is_x_without_a_population()
    {
        Assert.Equal(S("c"), PublishedMeasure.Rate(S("c"), N(1000)));
        Assert.Equal(S("x"), PublishedMeasure.Rate(N(5), PublishedValue.NotPublished));
        Assert.Equal(S("x"), PublishedMeasure.Rate(N(5), S("x")));
        Assert.Equal(S("u"), PublishedMeasure.Rate(N(5), S("u")));
        Assert.Equal(S("x"), PublishedMeasure.Rate(N(5), N(0)));

        // 1 ÷ 80000 × 10,000 = 0.125 → 0.1; 1 ÷ 40000 × 10,000 = 0.25 → 0.3 (half away from zero)
        Assert.Equal(N(0.1m), PublishedMeasure.Rate(N(1), N(80000)));
        Assert.Equal(N(0.3m), PublishedMeasure.Rate(N(1), N(40000)));
    }

    [Fact]
    public void Figures_are_formatted_with_the_decimal_places_DfE_publishes()
    {
        // The CSVs drop trailing zeros: England's 2025 agency rate is written 13 and means 13.0.
        Assert.Equal("13.0", PublishedMeasures.WorkforceAgencyRate.Format(N(13)));
        Assert.Equal("450.0", PublishedMeasures.ChildrenInNeedRate.Format(N(450.0m)));
        Assert.Equal("67", PublishedMeasures.LookedAfterRate.Format(N(67)));
        Assert.Equal("12,183,016", PublishedMeasures.Population.Format(N(12183016)));
        Assert.Equal("c", PublishedMeasures.PlansOpenTwoYears.Format(S("c")));
        Assert.Equal(string.Empty, PublishedMeasures.PlansOpenTwoYears.Format(PublishedValue.NotPublished));
    }

    [Fact]
    public void Filter_keys_are_canonical_and_read_back()
    {
        var key = PublishedFilters.Key(("care_leaver_age", "19 to 21 years"), ("breakdown", "Total in education, employment or training"));
        Assert.Equal("care_leaver_age=19 to 21 years&breakdown=Total in education, employment or training", key);
        Assert.Equal(
            [new PublishedFilter("care_leaver_age", "19 to 21 years"), new PublishedFilter("breakdown", "Total in education, employment or training")],
            PublishedFilters.Parse(key));

        var odd = PublishedFilters.Key(("a=b", "x&y"), ("c", "50%"));
        Assert.Equal("a%3Db=x%26y&c=50%25", odd);
        Assert.Equal([new PublishedFilter("a=b", "x&y"), new PublishedFilter("c", "50%")], PublishedFilters.Parse(odd));
        Assert.Empty(PublishedFilters.Parse(string.Empty));
    }
}
