using GoldenThread.Core.Published;
using static GoldenThread.Core.Tests.Published.PublishedData;

namespace GoldenThread.Core.Tests.Published;

/// <summary>Benchmarks worked by hand: a small made-up dataset, then Tower Hamlets on the real files (values copied from the CSVs).</summary>
public sealed class BenchmarkCalculatorTests
{
    private static readonly PublishedMeasure ReReferrals = PublishedMeasures.ReReferrals;

    private static PublishedStatistic Row(int year, GeographicLevel level, string code, PublishedValue value, string? region = "R1") => new()
    {
        DatasetId = ReReferrals.Source.DatasetId,
        TimePeriod = year,
        Level = level,
        CountryCode = "E92000001",
        CountryName = "England",
        RegionCode = level == GeographicLevel.National ? null : region,
        RegionName = level == GeographicLevel.National ? null : $"Region {region}",
        OldLaCode = level == GeographicLevel.LocalAuthority ? code : null,
        LaName = level == GeographicLevel.LocalAuthority ? $"Authority {code}" : null,
        FilterKey = ReReferrals.Source.FilterKey,
        Measure = ReReferrals.Source.Measure,
        Value = value.Number,
        Symbol = value.Symbol,
    };

    private static PublishedStatistic La(string code, PublishedValue value, int year = 2025) => Row(year, GeographicLevel.LocalAuthority, code, value);

    /// <summary>
    /// 2025: authority 100 = 30; the others 10, 20, c, 40, 50, 25, x, 35 (and 109 has no row). Neighbours of 100: 101 (10),
    /// 102 (20), 103 (c), 104 (40), 105 (50), 109 (no row). Region R1 28.5, England 27.
    /// </summary>
    private static List<PublishedStatistic> HandMade() =>
    [
        La("100", N(30)), La("101", N(10)), La("102", N(20)), La("103", S("c")), La("104", N(40)), La("105", N(50)), La("106", N(25)),
        La("107", S("x")), La("108", N(35)),
        Row(2025, GeographicLevel.Regional, "R1", N(28.5m)),
        Row(2025, GeographicLevel.National, "E92000001", N(27)),
        La("100", S("c"), 2024), La("101", N(12), 2024),
        Row(2024, GeographicLevel.National, "E92000001", N(26)),
    ];

    private static readonly StatisticalNeighbours HandMadeNeighbours = new("sn_test",
    [
        new NeighbourGroup("100", "Authority 100", "Region R1", false,
        [
            new(1, "101", Closeness.VeryClose), new(2, "102", Closeness.Close), new(3, "103", Closeness.Close), new(4, "104", Closeness.SomewhatClose),
            new(5, "105", Closeness.NotClose), new(6, "109", Closeness.NotClose),
        ]),
    ]);

    [Fact]
    public void Hand_made_latest_year_median_of_neighbours_with_a_number_and_quartiles_over_all_authorities()
    {
        var benchmark = new BenchmarkCalculator(HandMadeNeighbours).Calculate("100", ReReferrals, Polarity.LowerIsBetter, HandMade())!;

        Assert.Equal(2025, benchmark.Year);
        Assert.Equal("Authority 100", benchmark.AuthorityName);
        Assert.Equal(N(30), benchmark.Authority);

        // Neighbours with a number: 10, 20, 40, 50 (103 is c, 109 has no row) → median (20 + 40) / 2 = 30 over 4.
        Assert.Equal(
            ["1 101 10", "2 102 20", "3 103 c", "4 104 40", "5 105 50", "6 109 not published"],
            benchmark.Neighbours.Select(n => $"{n.Rank} {n.OldLaCode} {n.Value}"));
        Assert.Equal(30m, benchmark.NeighbourMedian);
        Assert.Equal(4, benchmark.NeighboursWithValue);

        Assert.Equal(("R1", "Region R1", N(28.5m)), (benchmark.RegionCode, benchmark.RegionName, benchmark.Region));
        Assert.Equal(N(27), benchmark.England);

        // All authorities with a number: 10, 20, 25, 30, 35, 40, 50 (n = 7, h = 6p): Q1 h = 1.5 → 20 + 0.5 × 5 = 22.5;
        // median h = 3 → 30; Q3 h = 4.5 → 35 + 0.5 × 5 = 37.5.
        Assert.Equal(new Quartiles(10, 22.5m, 30, 37.5m, 50), benchmark.Quartiles);
        Assert.Equal(7, benchmark.AuthoritiesWithValue);

        // Lower is better: 30 ≤ median → B; three authorities are lower → rank 4.
        Assert.Equal((QuartileBand?)QuartileBand.B, benchmark.Band);
        Assert.Equal(4, benchmark.Rank);

        // Higher is better: 30 ≤ median → C; three authorities are higher → rank 4.
        var higher = new BenchmarkCalculator(HandMadeNeighbours).Calculate("100", ReReferrals, Polarity.HigherIsBetter, HandMade())!;
        Assert.Equal((QuartileBand?)QuartileBand.C, higher.Band);
        Assert.Equal(4, higher.Rank);

        // Without polarity there is no band and no rank.
        var context = new BenchmarkCalculator(HandMadeNeighbours).Calculate("100", ReReferrals, Polarity.NoPolarity, HandMade())!;
        Assert.Null(context.Band);
        Assert.Null(context.Rank);
        Assert.Equal(benchmark.Quartiles, context.Quartiles);
    }

    [Fact]
    public void Hand_made_earlier_year_with_a_suppressed_authority_has_no_band_and_the_series_runs_earliest_first()
    {
        var calculator = new BenchmarkCalculator(HandMadeNeighbours);
        var earlier = calculator.Calculate("100", ReReferrals, Polarity.LowerIsBetter, HandMade(), 2024)!;
        Assert.Equal(S("c"), earlier.Authority);
        Assert.Null(earlier.Band);
        Assert.Null(earlier.Rank);
        Assert.Equal(12m, earlier.NeighbourMedian);
        Assert.Equal(1, earlier.NeighboursWithValue);
        Assert.Equal(new Quartiles(12, 12, 12, 12, 12), earlier.Quartiles);
        Assert.Equal(PublishedValue.NotPublished, earlier.Region);
        Assert.Equal(N(26), earlier.England);

        Assert.Equal([2024, 2025], calculator.Series("100", ReReferrals, Polarity.LowerIsBetter, HandMade()).Select(b => b.Year));
        Assert.Null(calculator.Calculate("100", ReReferrals, Polarity.LowerIsBetter, HandMade(), 2023));
        Assert.Null(calculator.Calculate("100", ReReferrals, Polarity.LowerIsBetter, []));
    }

    [Fact]
    public void An_authority_outside_the_model_has_no_neighbours()
    {
        var benchmark = new BenchmarkCalculator(StatisticalNeighbours.None).Calculate("106", ReReferrals, Polarity.LowerIsBetter, HandMade())!;
        Assert.Empty(benchmark.Neighbours);
        Assert.Null(benchmark.NeighbourMedian);
        Assert.Equal(0, benchmark.NeighboursWithValue);
        Assert.Equal(N(25), benchmark.Authority);
        Assert.Equal((QuartileBand?)QuartileBand.B, benchmark.Band); // 22.5 < 25 ≤ 30
        Assert.Equal(3, benchmark.Rank);
    }

    [Fact]
    public void A_London_borough_falls_back_to_London_when_Inner_London_has_no_row()
    {
        List<PublishedStatistic> rows =
        [
            Row(2025, GeographicLevel.LocalAuthority, "211", N(24.5m), "E13000001"),
            Row(2025, GeographicLevel.Regional, "E12000007", N(19.4m), "E12000007"),
        ];
        var benchmark = new BenchmarkCalculator(StatisticalNeighbours.None).Calculate("211", ReReferrals, Polarity.LowerIsBetter, rows)!;
        Assert.Equal(("E12000007", "Region E12000007", N(19.4m)), (benchmark.RegionCode, benchmark.RegionName, benchmark.Region));

        rows.Add(Row(2025, GeographicLevel.Regional, "E13000001", N(19.1m), "E13000001"));
        benchmark = new BenchmarkCalculator(StatisticalNeighbours.None).Calculate("211", ReReferrals, Polarity.LowerIsBetter, rows)!;
        Assert.Equal(("E13000001", "Region E13000001", N(19.1m)), (benchmark.RegionCode, benchmark.RegionName, benchmark.Region));
    }

    [Theory]
    [InlineData(10, Polarity.LowerIsBetter, QuartileBand.A)]
    [InlineData(20, Polarity.LowerIsBetter, QuartileBand.A)]
    [InlineData(20.1, Polarity.LowerIsBetter, QuartileBand.B)]
    [InlineData(30, Polarity.LowerIsBetter, QuartileBand.B)]
    [InlineData(40, Polarity.LowerIsBetter, QuartileBand.C)]
    [InlineData(40.1, Polarity.LowerIsBetter, QuartileBand.D)]
    [InlineData(10, Polarity.HigherIsBetter, QuartileBand.D)]
    [InlineData(20, Polarity.HigherIsBetter, QuartileBand.D)]
    [InlineData(20.1, Polarity.HigherIsBetter, QuartileBand.C)]
    [InlineData(30, Polarity.HigherIsBetter, QuartileBand.C)]
    [InlineData(40, Polarity.HigherIsBetter, QuartileBand.B)]
    [InlineData(40.1, Polarity.HigherIsBetter, QuartileBand.A)]
    public void Bands_follow_LAIT_a_value_on_a_boundary_takes_the_band_below_it_in_value(double value, Polarity polarity, QuartileBand band) =>
        Assert.Equal(band, BenchmarkCalculator.Band((decimal)value, new Quartiles(0, 20, 30, 40, 50), polarity));

    [Fact]
    public void Quartiles_are_R_type_7_and_ties_share_the_better_rank()
    {
        decimal[] four = [1, 2, 3, 4];
        Assert.Equal(1.75m, BenchmarkCalculator.Quartile(four, 0.25m)); // h = 0.75
        Assert.Equal(2.5m, BenchmarkCalculator.Quartile(four, 0.5m));
        Assert.Equal(3.25m, BenchmarkCalculator.Quartile(four, 0.75m)); // h = 2.25
        Assert.Equal(4m, BenchmarkCalculator.Quartile(four, 1m));
        Assert.Null(BenchmarkCalculator.Median([]));

        List<PublishedStatistic> tied = [La("100", N(20)), La("101", N(10)), La("102", N(20)), La("103", N(30))];
        var calculator = new BenchmarkCalculator(StatisticalNeighbours.None);
        Assert.Equal(2, calculator.Calculate("100", ReReferrals, Polarity.LowerIsBetter, tied)!.Rank);
        Assert.Equal(2, calculator.Calculate("102", ReReferrals, Polarity.LowerIsBetter, tied)!.Rank);
        Assert.Equal(2, calculator.Calculate("100", ReReferrals, Polarity.HigherIsBetter, tied)!.Rank);
    }

    [Fact]
    public void Tower_Hamlets_re_referrals_2025_and_2024()
    {
        var calculator = new BenchmarkCalculator(Neighbours2025);
        var statistics = Of(PublishedDatasets.ReferralsC1);

        // c1 rereferral_percent 2025: Hackney 19.9, Islington 16.8, Newham 14.9, Manchester 18.4, Camden 18.3, Haringey 18.7,
        // Westminster 18.6, Southwark 17, Birmingham 20.7, Brent 14.2 → sorted 14.2 14.9 16.8 17 18.3 | 18.4 18.6 18.7 19.9 20.7
        // → median (18.3 + 18.4) / 2 = 18.35 over 10 (PROFILE.md: 18.35).
        var latest = calculator.Calculate(TowerHamlets, ReReferrals, Polarity.LowerIsBetter, statistics)!;
        Assert.Equal(2025, latest.Year);
        Assert.Equal(("Tower Hamlets", N(24.5m)), (latest.AuthorityName, latest.Authority));
        Assert.Equal(
            ["204 Hackney 19.9", "206 Islington 16.8", "316 Newham 14.9", "352 Manchester 18.4", "202 Camden 18.3", "309 Haringey 18.7", "213 Westminster 18.6", "210 Southwark 17", "330 Birmingham 20.7", "304 Brent 14.2"],
            latest.Neighbours.Select(n => $"{n.OldLaCode} {n.LaName} {n.Value}"));
        Assert.Equal(18.35m, latest.NeighbourMedian);
        Assert.Equal(10, latest.NeighboursWithValue);
        Assert.Equal(("E13000001", "Inner London", N(19.1m)), (latest.RegionCode, latest.RegionName, latest.Region));
        Assert.Equal(N(22.6m), latest.England);

        // All 153 authorities have a number; sorted, Q1 = 16.9, median = 20.0, Q3 = 23.0 (h = 38, 76, 114: whole positions),
        // minimum 0.0, maximum 46.7. 24.5 > 23.0 → D (lower is better); 130 authorities are lower → rank 131.
        Assert.Equal(new Quartiles(0, 16.9m, 20.0m, 23.0m, 46.7m), latest.Quartiles);
        Assert.Equal(153, latest.AuthoritiesWithValue);
        Assert.Equal((QuartileBand?)QuartileBand.D, latest.Band);
        Assert.Equal(131, latest.Rank);

        // 2024: Hackney 19.9, Islington 15.9, Newham 16.3, Manchester 18.7, Camden 18.6, Haringey 18.4, Westminster 15.6,
        // Southwark 22, Birmingham 22.4, Brent 16.7 → (18.4 + 18.6) / 2 = 18.5. Tower Hamlets 19.1, Inner London 18.2, England 22.4.
        // 149 authorities with a number: Q1 17.7, median 20.6, Q3 23.6 → 19.1 is B; rank 52.
        var previous = calculator.Calculate(TowerHamlets, ReReferrals, Polarity.LowerIsBetter, statistics, 2024)!;
        Assert.Equal((N(19.1m), 18.5m, 10), (previous.Authority, previous.NeighbourMedian, previous.NeighboursWithValue));
        Assert.Equal((N(18.2m), N(22.4m)), (previous.Region, previous.England));
        Assert.Equal(new Quartiles(7.4m, 17.7m, 20.6m, 23.6m, 45.4m), previous.Quartiles);
        Assert.Equal(149, previous.AuthoritiesWithValue);
        Assert.Equal(((QuartileBand?)QuartileBand.B, (int?)52), (previous.Band, previous.Rank));

        Assert.Equal(13, calculator.Series(TowerHamlets, ReReferrals, Polarity.LowerIsBetter, statistics).Count);
    }

    [Fact]
    public void Tower_Hamlets_plans_open_two_years_2025_is_suppressed_and_the_median_is_over_6_neighbours()
    {
        // d5 2_years_or_more_percent 2025: Tower Hamlets c. Hackney c, Islington 8, Newham c, Manchester 1.7, Camden 0,
        // Haringey c, Westminster 0, Southwark c, Birmingham 1.9, Brent 3.6 → 0 0 1.7 | 1.9 3.6 8 → (1.7 + 1.9) / 2 = 1.8 over 6.
        var benchmark = new BenchmarkCalculator(Neighbours2025).Calculate(TowerHamlets, PublishedMeasures.PlansOpenTwoYears, Polarity.LowerIsBetter, All)!;
        Assert.Equal(S("c"), benchmark.Authority);
        Assert.Equal(["c", "8", "c", "1.7", "0", "c", "0", "c", "1.9", "3.6"], benchmark.Neighbours.Select(n => n.Value.ToString()));
        Assert.Equal(1.8m, benchmark.NeighbourMedian);
        Assert.Equal(6, benchmark.NeighboursWithValue);
        Assert.Equal((N(2.7m), N(2.3m)), (benchmark.Region, benchmark.England));
        Assert.Null(benchmark.Band);
        Assert.Null(benchmark.Rank);
        Assert.Equal(94, benchmark.AuthoritiesWithValue);
    }

    [Fact]
    public void Tower_Hamlets_caseload_2025_has_9_neighbours_with_a_value_because_Westminster_is_x()
    {
        // csww caseload_fte 2025: Hackney 13.9, Islington 10.1, Newham 14.7, Manchester 14.7, Camden 11.2, Haringey 14.6,
        // Westminster x, Southwark 12.3, Birmingham 15.2, Brent 15.8 → 10.1 11.2 12.3 13.9 14.6 14.7 14.7 15.2 15.8 → 14.6 over 9.
        // Tower Hamlets 13.1 ≤ Q1 14.0 → A (lower is better); 17 authorities are lower → rank 18.
        var benchmark = new BenchmarkCalculator(Neighbours2025).Calculate(TowerHamlets, PublishedMeasures.WorkforceCaseload, Polarity.LowerIsBetter, All)!;
        Assert.Equal((2025, N(13.1m)), (benchmark.Year, benchmark.Authority));
        Assert.Equal(S("x"), benchmark.Neighbours.Single(n => n.OldLaCode == "213").Value);
        Assert.Equal((14.6m, 9), (benchmark.NeighbourMedian, benchmark.NeighboursWithValue));
        Assert.Equal((N(12.8m), N(15.2m)), (benchmark.Region, benchmark.England));
        Assert.Equal(new Quartiles(6.0m, 14.0m, 15.2m, 16.8m, 20.9m), benchmark.Quartiles);
        Assert.Equal(149, benchmark.AuthoritiesWithValue);
        Assert.Equal(((QuartileBand?)QuartileBand.A, (int?)18), (benchmark.Band, benchmark.Rank));
    }

    [Fact]
    public void Kingston_and_Richmond_take_the_joint_workforce_figure()
    {
        // csww 2025: …,Outer London,314 / 318,E09000021 / E09000027,Kingston upon Thames / Richmond upon Thames,…,120.7,1679,13.9,682,2
        // (caseload_fte 13.9 = 1679 cases ÷ 120.7 case holders). Richmond (318) is Kingston's 8th neighbour in the 2025 model.
        var benchmark = new BenchmarkCalculator(Neighbours2025).Calculate("314", PublishedMeasures.WorkforceCaseload, Polarity.LowerIsBetter, All)!;
        Assert.Equal(("Kingston upon Thames / Richmond upon Thames", N(13.9m)), (benchmark.AuthorityName, benchmark.Authority));
        var richmond = benchmark.Neighbours.Single(n => n.OldLaCode == "318");
        Assert.Equal((8, "Kingston upon Thames / Richmond upon Thames", N(13.9m)), (richmond.Rank, richmond.LaName, richmond.Value));
        Assert.Equal(149, benchmark.AuthoritiesWithValue);
    }

    [Fact]
    public void Tower_Hamlets_long_term_stability_2025_sits_exactly_on_the_upper_quartile()
    {
        // children_percent, under 16 looked after 2.5+ years, same carer 2+ years, 2025: Hackney 71, Islington 66, Newham 68,
        // Manchester 69, Camden 56, Haringey 74, Westminster 84, Southwark 74, Birmingham 72, Brent 52
        // → 52 56 66 68 69 | 71 72 74 74 84 → (69 + 71) / 2 = 70 over 10.
        // 150 authorities: Q1 63, median 68, Q3 72. Tower Hamlets 72 = Q3 → B (higher is better, LAIT's boundary rule);
        // 37 authorities are higher → rank 38.
        var benchmark = new BenchmarkCalculator(Neighbours2025).Calculate(TowerHamlets, PublishedMeasures.LongTermStability, Polarity.HigherIsBetter, All)!;
        Assert.Equal((N(72), 70m, 10), (benchmark.Authority, benchmark.NeighbourMedian, benchmark.NeighboursWithValue));
        Assert.Equal((N(68), N(69)), (benchmark.Region, benchmark.England));
        Assert.Equal(new Quartiles(52, 63, 68, 72, 100), benchmark.Quartiles);
        Assert.Equal(150, benchmark.AuthoritiesWithValue);
        Assert.Equal(((QuartileBand?)QuartileBand.B, (int?)38), (benchmark.Band, benchmark.Rank));
    }

    [Fact]
    public void Tower_Hamlets_children_in_need_rate_2025_is_derived_for_every_area_and_has_no_band()
    {
        // Rates (At31_episodes ÷ mid-2024 population × 10,000, 1 dp): Tower Hamlets 2838/63073 = 450.0;
        // Hackney 2184/54191 = 403.0, Islington 1857/35624 = 521.3, Newham 3437/84408 = 407.2, Manchester 5820/131831 = 441.5,
        // Camden 1808/35276 = 512.5, Haringey 1979/53648 = 368.9, Westminster 1280/29834 = 429.0, Southwark 2480/55626 = 445.8,
        // Birmingham 9301/292859 = 317.6, Brent 2721/75001 = 362.8 → median (407.2 + 429.0) / 2 = 418.1 (PROFILE.md: 418.1).
        var benchmark = new BenchmarkCalculator(Neighbours2025).Calculate(TowerHamlets, PublishedMeasures.ChildrenInNeedRate, Polarity.NoPolarity, All)!;
        Assert.Equal(N(450.0m), benchmark.Authority);
        Assert.Equal(
            ["403.0", "521.3", "407.2", "441.5", "512.5", "368.9", "429.0", "445.8", "317.6", "362.8"],
            benchmark.Neighbours.Select(n => n.Value.Number!.Value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal((418.1m, 10), (benchmark.NeighbourMedian, benchmark.NeighboursWithValue));
        Assert.Equal((N(422.7m), N(330.3m)), (benchmark.Region, benchmark.England));
        Assert.Equal(new Quartiles(178.1m, 300.5m, 346.0m, 412.9m, 814.6m), benchmark.Quartiles);
        Assert.Equal(153, benchmark.AuthoritiesWithValue);
        Assert.Null(benchmark.Band);
        Assert.Null(benchmark.Rank);
    }
}
