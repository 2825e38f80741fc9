namespace GoldenThread.Core.Published;

/// <summary>
/// The product's national indicators mapped to DfE's published figures, with column and filter names exactly as the files
/// write them. One table, so the benchmark shown on an indicator page and the column it came from cannot drift apart.
/// </summary>
public static class PublishedMeasures
{
    private const string Percent = "%";
    private const string PerTenThousand = "per 10,000 children";

    private static readonly PublishedSelection ChildrenAged0To17 = Select(
        PublishedDatasets.Population, "population_estimate", ("age_group", "Children aged 0 to 17 years"));

    public static PublishedMeasure ChildrenInNeedRate { get; } = new()
    {
        Code = "cin_rate_10k",
        Decimals = 1,
        Title = "Children in need at 31 March per 10,000 children",
        Unit = PerTenThousand,
        Source = Select(PublishedDatasets.ChildrenInNeedB1, "At31_episodes", ("category", "Children in Need")),
        PerTenThousandChildren = ChildrenAged0To17,
        Definition = "Children in need at 31 March (table B1, At31_episodes) ÷ ONS mid-year population aged 0 to 17 of the year before × 10,000.",
    };

    public static PublishedMeasure ReReferrals { get; } = new()
    {
        Code = "rereferral_12m",
        Decimals = 1,
        Title = "Re-referrals within 12 months of a previous referral",
        Unit = Percent,
        Source = Select(PublishedDatasets.ReferralsC1, "rereferral_percent", ("category", "Referrals and Re-referrals")),
        Definition = "Referrals in the year within 12 months of a previous referral of the same child, as a percentage of referrals (table C1, rereferral_percent).",
    };

    public static PublishedMeasure RepeatPlans { get; } = new()
    {
        Code = "cpp_repeat",
        Decimals = 1,
        Title = "Child protection plans starting in the year that are a second or subsequent plan",
        Unit = Percent,
        Source = Select(PublishedDatasets.SubsequentPlansD3, "CPP_subsequent_percent", ("category", "Child Protection Plans which are a second or subsequent plan")),
        Definition = "Plans starting in the year where the child had an earlier plan, as a percentage of plans starting (table D3, CPP_subsequent_percent).",
    };

    public static PublishedMeasure PlansOpenTwoYears { get; } = new()
    {
        Code = "cpp_open_2y",
        Decimals = 1,
        Title = "Child protection plans open at 31 March that had lasted 2 years or more",
        Unit = Percent,
        Source = Select(PublishedDatasets.PlanDurationD5, "2_years_or_more_percent", ("category", "Child Protection Plans by length of time")),
        Definition = "Plans open at 31 March that had lasted 2 years or more, as a percentage of plans open at 31 March (table D5, 2_years_or_more_percent).",
    };

    public static PublishedMeasure ChildProtectionRate { get; } = new()
    {
        Code = "cpp_rate_10k",
        Decimals = 1,
        Title = "Children on a child protection plan at 31 March per 10,000 children",
        Unit = PerTenThousand,
        Source = Select(PublishedDatasets.PlanDurationD5, "CPP_At31", ("category", "Child Protection Plans by length of time")),
        PerTenThousandChildren = ChildrenAged0To17,
        Definition = "Plans open at 31 March (table D5, CPP_At31) ÷ ONS mid-year population aged 0 to 17 of the year before × 10,000.",
    };

    public static PublishedMeasure LookedAfterRate { get; } = new()
    {
        Code = "cla_rate_10k",
        Decimals = 0,
        Title = "Children looked after at 31 March per 10,000 children",
        Unit = PerTenThousand,
        Source = Select(PublishedDatasets.LookedAfterRates, "rate_per_10000", ("population_type", "Children looked after on 31 March each year")),
        Definition = "Children looked after at 31 March per 10,000 children aged under 18, as DfE publishes it (rate_per_10000).",
    };

    public static PublishedMeasure ThreeOrMorePlacements { get; } = new()
    {
        Code = "cla_3plus_placements",
        Decimals = 0,
        Title = "Children looked after at 31 March with 3 or more placements during the year",
        Unit = Percent,
        Source = Select(
            PublishedDatasets.PlacementStability,
            "children_percent",
            ("cla_group", "CLA on 31 March"),
            ("placement_stability", "With 3 or more placements during the year")),
        Definition = "Children looked after at 31 March with 3 or more placements during the year, as a percentage of children looked after at 31 March.",
    };

    public static PublishedMeasure ThreeOrMorePlacementsTwoYears { get; } = new()
    {
        Code = "cla_3plus_placements_2y",
        Decimals = 0,
        Title = "Children looked after at 31 March with 3 or more placements during the previous 2 years",
        Unit = Percent,
        Source = Select(
            PublishedDatasets.PlacementStability,
            "children_percent",
            ("cla_group", "CLA 2 years on 31 March"),
            ("placement_stability", "With 3 or more placements during the previous 2 years")),
        Definition = "Children looked after at 31 March with 3 or more placements during the previous 2 years, as a percentage.",
    };

    public static PublishedMeasure LongTermStability { get; } = new()
    {
        Code = "cla_long_term_stability",
        Decimals = 0,
        Title = "Children under 16 looked after for 2.5 years or more living with the same carer for at least 2 years",
        Unit = Percent,
        Source = Select(
            PublishedDatasets.PlacementStability,
            "children_percent",
            ("cla_group", "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years"),
            ("placement_stability", "Living with the same carer for at least 2 years")),
        Definition = "Children under 16 looked after continuously for at least 2.5 years at 31 March who had lived with the same carer for at least 2 years, as a percentage.",
    };

    public static PublishedMeasure CareLeaversInEducationEmploymentOrTraining19To21 { get; } = CareLeavers(
        "care_leavers_eet_19_21", PublishedDatasets.CareLeaversActivity, "19 to 21 years", "Total in education, employment or training",
        "Care leavers aged 19 to 21 in education, employment or training");

    public static PublishedMeasure CareLeaversInEducationEmploymentOrTraining17To18 { get; } = CareLeavers(
        "care_leavers_eet_17_18", PublishedDatasets.CareLeaversActivity, "17 to 18 years", "Total in education, employment or training",
        "Care leavers aged 17 to 18 in education, employment or training");

    public static PublishedMeasure CareLeaversSuitablyAccommodated19To21 { get; } = CareLeavers(
        "care_leavers_suitable_accommodation_19_21", PublishedDatasets.CareLeaversAccommodation, "19 to 21 years", "Accommodation considered suitable",
        "Care leavers aged 19 to 21 in suitable accommodation");

    public static PublishedMeasure CareLeaversSuitablyAccommodated17To18 { get; } = CareLeavers(
        "care_leavers_suitable_accommodation_17_18", PublishedDatasets.CareLeaversAccommodation, "17 to 18 years", "Accommodation considered suitable",
        "Care leavers aged 17 to 18 in suitable accommodation");

    /// <summary>
    /// The published files hold no "in touch" figure; the nearest is the share whose activity the authority does not know
    /// (which includes those it is not in touch with).
    /// </summary>
    public static PublishedMeasure CareLeaversActivityNotKnown19To21 { get; } = CareLeavers(
        "care_leavers_info_not_known_19_21", PublishedDatasets.CareLeaversActivity, "19 to 21 years", "Total information not known",
        "Care leavers aged 19 to 21 whose activity is not known");

    public static PublishedMeasure WorkforceCaseload { get; } = Workforce(
        "workforce_caseload", "caseload_fte", "Average caseload of case-holding children's social workers", "cases per case-holding FTE",
        "Cases held ÷ case-holding social workers (FTE) at 30 September (caseload_fte).");

    public static PublishedMeasure WorkforceAgencyRate { get; } = Workforce(
        "workforce_agency_rate", "agency_rate_fte", "Agency social workers as a share of all social workers (FTE)", Percent,
        "Agency social workers ÷ (agency + employed social workers), FTE, at 30 September (agency_rate_fte).");

    public static PublishedMeasure WorkforceTurnoverRate { get; } = Workforce(
        "workforce_turnover_rate", "turnover_rate_fte", "Turnover of employed children's social workers (FTE)", Percent,
        "Leavers in the year to 30 September ÷ social workers in post at 30 September, FTE (turnover_rate_fte).");

    public static PublishedMeasure WorkforceVacancyRate { get; } = Workforce(
        "workforce_vacancy_rate", "vacancy_rate_fte", "Vacancy rate of children's social worker posts (FTE)", Percent,
        "Vacancies ÷ (vacancies + social workers in post) at 30 September, FTE (vacancy_rate_fte).");

    public static PublishedMeasure Population { get; } = new()
    {
        Code = "population_0_17",
        Decimals = 0,
        Title = "Children aged 0 to 17 (ONS mid-year estimate)",
        Unit = "children",
        Source = ChildrenAged0To17,
        Definition = "ONS mid-year population estimate of children aged 0 to 17 (30 June of the year).",
    };

    /// <summary>Every measure, in the order indicator pages list them.</summary>
    public static IReadOnlyList<PublishedMeasure> All { get; } =
    [
        ChildrenInNeedRate, ReReferrals, RepeatPlans, PlansOpenTwoYears, ChildProtectionRate, LookedAfterRate, ThreeOrMorePlacements,
        ThreeOrMorePlacementsTwoYears, LongTermStability, CareLeaversInEducationEmploymentOrTraining19To21,
        CareLeaversInEducationEmploymentOrTraining17To18, CareLeaversSuitablyAccommodated19To21, CareLeaversSuitablyAccommodated17To18,
        CareLeaversActivityNotKnown19To21, WorkforceCaseload, WorkforceAgencyRate, WorkforceTurnoverRate, WorkforceVacancyRate, Population,
    ];

    public static PublishedMeasure? Find(string code) => All.FirstOrDefault(m => m.Code == code);

    public static PublishedMeasure Get(string code) =>
        Find(code) ?? throw new ArgumentOutOfRangeException(nameof(code), code, "No published measure has this code.");

    private static PublishedSelection Select(PublishedDataset dataset, string measure, params (string Column, string Value)[] filters) =>
        new(dataset.Id, measure, PublishedFilters.Key(filters));

    private static PublishedMeasure CareLeavers(string code, PublishedDataset dataset, string age, string breakdown, string title) => new()
    {
        Code = code,
        Decimals = 0,
        Title = title,
        Unit = Percent,
        Source = Select(dataset, "care_leaver_percent", ("care_leaver_age", age), ("breakdown", breakdown)),
        Definition = $"{title}, as a percentage of care leavers of that age ({dataset.ShippedFileName}: care_leaver_age '{age}', breakdown '{breakdown}', care_leaver_percent).",
    };

    private static PublishedMeasure Workforce(string code, string column, string title, string unit, string definition) => new()
    {
        Code = code,
        Decimals = 1,
        Title = title,
        Unit = unit,
        Source = new PublishedSelection(PublishedDatasets.Workforce.Id, column, string.Empty),
        Definition = definition,
    };
}
