namespace GoldenThread.Core.Published;

/// <summary>The published files GoldenThread reads: DfE children's social care statistics, ONS population, statistical neighbours.</summary>
public static class PublishedDatasets
{
    public const string TimePeriod = "time_period";
    public const string TimeIdentifier = "time_identifier";
    public const string GeographicLevelColumn = "geographic_level";
    public const string CountryCode = "country_code";
    public const string CountryName = "country_name";
    public const string RegionCode = "region_code";
    public const string RegionName = "region_name";
    public const string OldLaCode = "old_la_code";
    public const string NewLaCode = "new_la_code";
    public const string LaName = "la_name";

    /// <summary>The columns every explore-education-statistics file has, in any order.</summary>
    public static IReadOnlyList<string> CommonColumns { get; } =
        [TimePeriod, TimeIdentifier, GeographicLevelColumn, CountryCode, CountryName, RegionCode, RegionName, OldLaCode, NewLaCode, LaName];

    private const string CinPublication = "DfE, Children in need 2025";
    private const string ClaPublication = "DfE, Children looked after in England including adoptions 2025";
    private const string YearEnding31March = "year ending 31 March";

    public static PublishedDataset ChildrenInNeedB1 { get; } = Statistics(
        "cin_b1", "cin_b1", "Children in need: episodes and children, and children in need at 31 March", $"{CinPublication}, table B1",
        YearEnding31March, "b1_children_in_need_2013_to_2025.csv",
        ["category"],
        ["Anypoint_episodes", "Anypoint_child", "Started_episodes", "Started_child", "Ended_episodes", "Ended_child", "At31_episodes", "awaiting_assessment"]);

    public static PublishedDataset ReferralsC1 { get; } = Statistics(
        "cin_c1", "cin_c1", "Referrals and re-referrals within 12 months", $"{CinPublication}, table C1",
        YearEnding31March, "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
        ["category"],
        [
            "referral_count", "rereferral_count", "rereferral_percent", "no_further_action_count", "no_further_action_percent",
            "not_in_need_count", "not_in_need_percent", "referral_child_count", "rereferral_child_count", "rereferral_child_percent",
        ]);

    public static PublishedDataset SubsequentPlansD3 { get; } = Statistics(
        "cpp_d3", "cpp_d3", "Child protection plans starting in the year that are a second or subsequent plan", $"{CinPublication}, table D3",
        YearEnding31March, "d3_cpps_subsequent_plan_2013_to_2025.csv",
        ["category"],
        ["CPP_start", "CPP_subsequent", "CPP_subsequent_percent"]);

    public static PublishedDataset PlanDurationD5 { get; } = Statistics(
        "cpp_d5", "cpp_d5", "Child protection plans open at 31 March, by length", $"{CinPublication}, table D5",
        YearEnding31March, "d5_cpps_at31march_by_duration_2013_to_2025.csv",
        ["category"],
        [
            "CPP_At31", "3_months_or_less", "3_months_or_less_percent", "more_than_3_months_6_months", "more_than_3_months_6_months_percent",
            "more_than_6_months_less_than_1_year", "more_than_6_months_less_than_1_year_percent", "1_year_less_than_2_years",
            "1_year_less_than_2_years_percent", "2_years_or_more", "2_years_or_more_percent",
        ]);

    public static PublishedDataset LookedAfterRates { get; } = Statistics(
        "cla_rates", "cla_rates", "Children looked after, starting and ceasing: numbers and rates per 10,000 children", ClaPublication,
        YearEnding31March, "cla_number_and_rate_per_10k_children.csv",
        ["population_type"],
        ["population_estimate", "children_count", "rate_per_10000"]);

    public static PublishedDataset PlacementStability { get; } = Statistics(
        "cla_placement_stability", "cla_stab", "Children looked after: placement stability", ClaPublication,
        YearEnding31March, "la_cla_placement_stability.csv",
        ["cla_group", "placement_stability"],
        ["children_count", "children_percent"]);

    public static PublishedDataset CareLeaversActivity { get; } = Statistics(
        "care_leavers_activity", "cl_activ", "Care leavers aged 17 to 18 and 19 to 21: activity", ClaPublication,
        YearEnding31March, "la_care_leavers_activity.csv",
        ["care_leaver_age", "breakdown"],
        ["care_leaver_count", "care_leaver_percent"]) with
    {
        DistinguishingFilterColumn = "breakdown",
        DistinguishingFilterValues =
        [
            "Education other than higher education", "Higher education i.e. studies beyond A level", "In an apprenticeship",
            "In training or employment", "In training or employment (excl. apprenticeship)",
            "Not in education, training or employment, owing to illness or disability",
            "Not in education, training or employment, owing to other reasons",
            "Not in education, training or employment, owing to pregnancy or parenting", "Total",
            "Total in education, employment or training", "Total information not known", "Total not in education, employment or training",
        ],
    };

    public static PublishedDataset CareLeaversAccommodation { get; } = Statistics(
        "care_leavers_accommodation", "cl_accom", "Care leavers aged 17 to 18 and 19 to 21: suitability of accommodation", ClaPublication,
        YearEnding31March, "la_care_leavers_accommodation_suitability.csv",
        ["care_leaver_age", "breakdown"],
        ["care_leaver_count", "care_leaver_percent"]) with
    {
        DistinguishingFilterColumn = "breakdown",
        DistinguishingFilterValues =
        [
            "Accommodation considered suitable", "Accommodation considered unsuitable", "No information", "Suitability total",
        ],
    };

    public static PublishedDataset Workforce { get; } = Statistics(
        "csww", "csww", "Children's social work workforce: FTE, starters, leavers, turnover, agency, vacancies, caseload, absence",
        "DfE, Children's social work workforce 2025", "at 30 September", "csww_indicators_2017_to_2025.csv",
        [],
        [
            "inpost_fte", "inpost_headcount", "starters_fte", "starters_headcount", "leavers_fte", "leavers_headcount", "turnover_rate_fte",
            "turnover_rate_headcount", "agency_fte", "agency_headcount", "agency_rate_fte", "agency_rate_headcount", "agency_cover_fte",
            "agency_cover_rate_fte", "vacancy_fte", "vacancy_rate_fte", "vacancy_agency_cover_rate_fte", "case_holders_fte", "cases",
            "caseload_fte", "working_days_lost_fte", "absence_rate_fte",
        ]);

    public static PublishedDataset Population { get; } = Statistics(
        "ons_population", "ons_pop", "Mid-year population estimates: children aged 0 to 17",
        "ONS mid-year population estimates, in DfE layout (CSC outcomes and enablers dashboard)", "mid-year (30 June)",
        "ons_mid-year_population_estimates_2012_to_2024.csv",
        ["age_group"],
        ["population_estimate"]);

    public static PublishedDataset NeighboursModel2025 { get; } = new()
    {
        Id = "sn_2025",
        Slice = "sn_2025",
        Title = "Statistical neighbours, 2025 model",
        Source = "DfE children's services statistical neighbour benchmarking tool, 2025",
        PeriodBasis = "model of 2025",
        Kind = PublishedFileKind.StatisticalNeighbours,
        ShippedFileName = "sn_model_2025_wide.csv",
        ModelYear = 2025,
        Columns =
        [
            "old_la_code", "la_name", "region_ind", "region_name",
            .. Enumerable.Range(1, 10).SelectMany(i => new[] { $"SN_{i}", $"SN_{i}P" }),
        ],
    };

    public static PublishedDataset NeighboursGroupings2021 { get; } = new()
    {
        Id = "sn_2021",
        Slice = "sn_2021",
        Title = "Statistical neighbours, April 2021 groupings (LGR version)",
        Source = "DfE children's services statistical neighbour benchmarking tool, April 2021",
        PeriodBasis = "groupings of April 2021",
        Kind = PublishedFileKind.StatisticalNeighbours,
        ShippedFileName = "New_Statistical_Neighbour_Groupings_April_2021.csv",
        ModelYear = 2021,
        Columns =
        [
            "LA num", "LA Name", "LA number", "GOInd", "GOReg",
            .. Enumerable.Range(1, 10).SelectMany(i => new[] { $"SN{i}", "SNP" }),
        ],
    };

    /// <summary>Every dataset, statistics first.</summary>
    public static IReadOnlyList<PublishedDataset> All { get; } =
    [
        ChildrenInNeedB1, ReferralsC1, SubsequentPlansD3, PlanDurationD5, LookedAfterRates, PlacementStability, CareLeaversActivity,
        CareLeaversAccommodation, Workforce, Population, NeighboursModel2025, NeighboursGroupings2021,
    ];

    public static PublishedDataset? Find(string id) => All.FirstOrDefault(d => d.Id == id);

    public static PublishedDataset Get(string id) =>
        Find(id) ?? throw new ArgumentOutOfRangeException(nameof(id), id, "Not a published dataset GoldenThread knows.");

    private static PublishedDataset Statistics(
        string id, string slice, string title, string source, string periodBasis, string shippedFileName, string[] filters, string[] values) => new()
        {
            Id = id,
            Slice = slice,
            Title = title,
            Source = source,
            PeriodBasis = periodBasis,
            Kind = PublishedFileKind.Statistics,
            ShippedFileName = shippedFileName,
            FilterColumns = filters,
            ValueColumns = values,
            Columns = [.. CommonColumns, .. filters, .. values],
        };
}
