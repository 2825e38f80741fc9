using System.Security.Cryptography;
using System.Text;
using GoldenThread.Core.Published;
using GoldenThread.Core.Returns;
using static GoldenThread.Core.Tests.Published.PublishedData;

namespace GoldenThread.Core.Tests.Published;

/// <summary>
/// Each shipped DfE/ONS file is recognised by its columns and read in full; rows, values and symbols are checked against
/// /work/shared/reference/dfe-published/PROFILE.md (row counts, symbol counts and the Tower Hamlets rows it quotes).
/// </summary>
public sealed class PublishedFileReaderTests
{
    public static TheoryData<string, int, int, string> Files => new()
    {
        // dataset, CSV rows (PROFILE.md), value columns, symbol counts (PROFILE.md "non-numeric codes in value columns")
        { "cin_b1", 2132, 8, "c 62, u 10, x 46" },
        { "cin_c1", 2132, 10, "c 296, u 26, x 68" },
        { "cpp_d3", 2132, 3, "c 75, u 5, x 9, z 6" },
        { "cpp_d5", 2132, 11, "c 2957, u 11, x 33, z 45" },
        { "cla_rates", 2505, 3, "c 4, x 42, z 112" },
        { "cla_placement_stability", 5010, 2, "c 58, z 225" },
        { "care_leavers_activity", 20040, 2, "c 8234, k 14, z 4716" },
        { "care_leavers_accommodation", 6680, 2, "c 2852, k 13, z 264" },
        { "csww", 1463, 22, "c 8, low 12, u 51, x 98, z 81" },
        { "ons_population", 2132, 1, "x 21" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_statistics_file_is_recognised_by_its_columns_and_read_whole_with_its_symbols_kept(string datasetId, int rows, int valueColumns, string symbols)
    {
        var dataset = PublishedDatasets.Get(datasetId);
        using var stream = ShippedPublishedFiles.Open(dataset.ShippedFileName);

        // The file name says nothing: recognition is by the columns.
        using var reader = PublishedFileReader.Open(stream, "upload.csv");
        var statistics = reader.ReadStatistics().ToList();

        Assert.Equal(datasetId, reader.Dataset.Id);
        Assert.Equal(rows, reader.RowsRead);
        Assert.Equal(rows * valueColumns, statistics.Count);
        Assert.All(statistics, s => Assert.True(s.Value is null != (s.Symbol is null)));
        Assert.Equal(
            symbols,
            string.Join(", ", statistics.Where(s => s.Symbol is not null).GroupBy(s => s.Symbol).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
    }

    [Fact]
    public void Children_in_need_B1_2025_Tower_Hamlets_and_England()
    {
        // 2025,Reporting year,Local authority,E92000001,England,E13000001,Inner London,211,E09000030,Tower Hamlets,Children in Need,5814,5168,3444,3029,2976,2601,2838,102
        var b1 = PublishedDatasets.ChildrenInNeedB1;
        (string, string) cin = ("category", "Children in Need");
        string[] columns = ["Anypoint_episodes", "Anypoint_child", "Started_episodes", "Started_child", "Ended_episodes", "Ended_child", "At31_episodes", "awaiting_assessment"];
        Assert.Equal([N(5814), N(5168), N(3444), N(3029), N(2976), N(2601), N(2838), N(102)], columns.Select(c => TowerHamlets2025(b1, c, cin)));
        Assert.Equal(N(402400), England2025(b1, "At31_episodes", cin));

        var row = Single(b1, 2025, GeographicLevel.LocalAuthority, TowerHamlets, "At31_episodes", cin);
        Assert.Equal(
            ("E92000001", "England", "E13000001", "Inner London", "211", "E09000030", "Tower Hamlets"),
            (row.CountryCode, row.CountryName, row.RegionCode, row.RegionName, row.OldLaCode, row.NewLaCode, row.LaName));
        Assert.Equal([new PublishedFilter("category", "Children in Need")], row.Filters);
    }

    [Fact]
    public void Referrals_C1_2025_Tower_Hamlets_and_England()
    {
        // 2025,…,Tower Hamlets,Referrals and Re-referrals,4834,1182,24.5,414,8.6,976,20.2,4090,962,23.5
        var c1 = PublishedDatasets.ReferralsC1;
        (string, string) category = ("category", "Referrals and Re-referrals");
        Assert.Equal(
            [N(4834), N(1182), N(24.5m), N(414), N(8.6m), N(976), N(20.2m), N(4090), N(962), N(23.5m)],
            c1.ValueColumns.Select(c => TowerHamlets2025(c1, c, category)));
        Assert.Equal(N(22.6m), England2025(c1, "rereferral_percent", category));
        Assert.Equal(N(19.1m), Value(c1, 2024, GeographicLevel.LocalAuthority, TowerHamlets, "rereferral_percent", category));
    }

    [Fact]
    public void Child_protection_D3_and_D5_2025_keep_suppressed_cells_as_c_never_0()
    {
        // D3: 2025,…,Tower Hamlets,Child Protection Plans which are a second or subsequent plan,295,57,19.3
        var d3 = PublishedDatasets.SubsequentPlansD3;
        (string, string) subsequent = ("category", "Child Protection Plans which are a second or subsequent plan");
        Assert.Equal([N(295), N(57), N(19.3m)], d3.ValueColumns.Select(c => TowerHamlets2025(d3, c, subsequent)));
        Assert.Equal([N(61840), N(15130), N(24.5m)], d3.ValueColumns.Select(c => England2025(d3, c, subsequent)));

        // D5: 2025,…,Tower Hamlets,Child Protection Plans by length of time,220,80,36.4,57,25.9,46,20.9,c,c,c,c
        var d5 = PublishedDatasets.PlanDurationD5;
        (string, string) length = ("category", "Child Protection Plans by length of time");
        Assert.Equal(
            [N(220), N(80), N(36.4m), N(57), N(25.9m), N(46), N(20.9m), S("c"), S("c"), S("c"), S("c")],
            d5.ValueColumns.Select(c => TowerHamlets2025(d5, c, length)));
        Assert.Equal(N(2.3m), England2025(d5, "2_years_or_more_percent", length));

        // 2023,…,214,69,32.2,53,24.8,56,26.2,36,16.8,0,0: a real zero stays a number.
        Assert.Equal(N(0), Value(d5, 2023, GeographicLevel.LocalAuthority, TowerHamlets, "2_years_or_more_percent", length));
    }

    [Fact]
    public void Looked_after_rates_2025_read_with_their_own_column_order_and_byte_order_mark()
    {
        // Header …,old_la_code,la_name,new_la_code,… (la_name before new_la_code), UTF-8 with BOM.
        // 2025,…,211,Tower Hamlets,E09000030,Children looked after on 31 March each year,63073,284,45
        var cla = PublishedDatasets.LookedAfterRates;
        (string, string) atMarch = ("population_type", "Children looked after on 31 March each year");
        Assert.Equal([N(63073), N(284), N(45)], cla.ValueColumns.Select(c => TowerHamlets2025(cla, c, atMarch)));
        Assert.Equal([N(12183016), N(81770), N(67)], cla.ValueColumns.Select(c => England2025(cla, c, atMarch)));
        Assert.Equal(
            [N(63073), N(168), N(27)],
            cla.ValueColumns.Select(c => TowerHamlets2025(cla, c, ("population_type", "Children starting to be looked after each year"))));
        var row = Single(cla, 2025, GeographicLevel.LocalAuthority, TowerHamlets, "rate_per_10000", atMarch);
        Assert.Equal(("E09000030", "Tower Hamlets"), (row.NewLaCode, row.LaName));
    }

    [Fact]
    public void Placement_stability_2025()
    {
        var stability = PublishedDatasets.PlacementStability;

        // …,Children looked after continuously for at least 2.5 years on 31 March aged under 16 years,Living with the same carer for at least 2 years,65,72
        (string, string)[] longTerm =
        [
            ("cla_group", "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years"),
            ("placement_stability", "Living with the same carer for at least 2 years"),
        ];
        Assert.Equal([N(65), N(72)], stability.ValueColumns.Select(c => TowerHamlets2025(stability, c, longTerm)));
        Assert.Equal(N(69), England2025(stability, "children_percent", longTerm));

        // …,CLA 2 years on 31 March,With 3 or more placements during the previous 2 years,41,23
        Assert.Equal(
            [N(41), N(23)],
            stability.ValueColumns.Select(c => TowerHamlets2025(stability, c, ("cla_group", "CLA 2 years on 31 March"), ("placement_stability", "With 3 or more placements during the previous 2 years"))));

        // …,CLA on 31 March,With 3 or more placements during the year,23,8
        (string, string)[] inYear = [("cla_group", "CLA on 31 March"), ("placement_stability", "With 3 or more placements during the year")];
        Assert.Equal([N(23), N(8)], stability.ValueColumns.Select(c => TowerHamlets2025(stability, c, inYear)));
        Assert.Equal(N(10), England2025(stability, "children_percent", inYear));
    }

    [Fact]
    public void Care_leavers_activity_and_accommodation_share_columns_and_are_told_apart_by_their_breakdowns()
    {
        var activity = PublishedDatasets.CareLeaversActivity;
        var accommodation = PublishedDatasets.CareLeaversAccommodation;
        Assert.Equal(activity.Columns, accommodation.Columns);

        // Activity: 2025,…,17 to 18 years,"Total in education, employment or training",62,73 and 19 to 21 years,…,173,68
        (string, string) eet = ("breakdown", "Total in education, employment or training");
        Assert.Equal([N(62), N(73)], activity.ValueColumns.Select(c => TowerHamlets2025(activity, c, ("care_leaver_age", "17 to 18 years"), eet)));
        Assert.Equal([N(173), N(68)], activity.ValueColumns.Select(c => TowerHamlets2025(activity, c, ("care_leaver_age", "19 to 21 years"), eet)));
        Assert.Equal(N(54), England2025(activity, "care_leaver_percent", ("care_leaver_age", "19 to 21 years"), eet));

        // Accommodation: 17 to 18 years,Accommodation considered suitable,77,91 and 19 to 21 years,…,215,85
        (string, string) suitable = ("breakdown", "Accommodation considered suitable");
        Assert.Equal([N(77), N(91)], accommodation.ValueColumns.Select(c => TowerHamlets2025(accommodation, c, ("care_leaver_age", "17 to 18 years"), suitable)));
        Assert.Equal([N(215), N(85)], accommodation.ValueColumns.Select(c => TowerHamlets2025(accommodation, c, ("care_leaver_age", "19 to 21 years"), suitable)));
        Assert.Equal([N(13380), N(91)], accommodation.ValueColumns.Select(c => England2025(accommodation, c, ("care_leaver_age", "17 to 18 years"), suitable)));
        Assert.Equal(N(89), England2025(accommodation, "care_leaver_percent", ("care_leaver_age", "19 to 21 years"), suitable));
    }

    [Fact]
    public void Workforce_2025_Tower_Hamlets_whole_row_and_England()
    {
        // 2025,…,Tower Hamlets,282.6,291,26,26,24.4,25,8.6,8.6,76.1,81,21.2,21.8,70,92,70,19.9,100,192,2511,13.1,1969.5,2.8
        var csww = PublishedDatasets.Workforce;
        Assert.Equal(
            [
                N(282.6m), N(291), N(26), N(26), N(24.4m), N(25), N(8.6m), N(8.6m), N(76.1m), N(81), N(21.2m), N(21.8m), N(70), N(92), N(70),
                N(19.9m), N(100), N(192), N(2511), N(13.1m), N(1969.5m), N(2.8m),
            ],
            csww.ValueColumns.Select(c => TowerHamlets2025(csww, c)));
        Assert.Equal(
            [N(11.8m), N(13), N(14.2m), N(15.2m)],
            new[] { "turnover_rate_fte", "agency_rate_fte", "vacancy_rate_fte", "caseload_fte" }.Select(c => England2025(csww, c)));
        Assert.Equal(string.Empty, Single(csww, 2025, GeographicLevel.LocalAuthority, TowerHamlets, "caseload_fte").FilterKey);

        // Westminster's 2025 workforce values are x (PROFILE.md).
        Assert.Equal(S("x"), Value(csww, 2025, GeographicLevel.LocalAuthority, "213", "caseload_fte"));
    }

    [Fact]
    public void Population_mid_2024_Tower_Hamlets_and_England()
    {
        // 2024,…,Tower Hamlets,Children aged 0 to 17 years,63073; 2023 63462; 2022 64542
        var ons = PublishedDatasets.Population;
        (string, string) children = ("age_group", "Children aged 0 to 17 years");
        Assert.Equal(
            [N(63073), N(63462), N(64542)],
            new[] { 2024, 2023, 2022 }.Select(y => Value(ons, y, GeographicLevel.LocalAuthority, TowerHamlets, "population_estimate", children)));
        Assert.Equal(N(12183016), Value(ons, 2024, GeographicLevel.National, England, "population_estimate", children));

        var population = PopulationEstimates.From(Of(ons));
        Assert.Equal(63073, population.ChildrenAged0To17(TowerHamlets, 2024));
        Assert.Equal(63073, population.ForReportingYear(TowerHamlets, 2025));
        Assert.Equal(12183016, population.England(2024));
        Assert.Null(population.ChildrenAged0To17(TowerHamlets, 2025));
        Assert.Equal(450.0m, PopulationEstimates.RatePer10000(2838, 63073));
    }

    [Fact]
    public void Regions_and_England_rows_carry_their_codes()
    {
        var row = Single(PublishedDatasets.ReferralsC1, 2025, GeographicLevel.Regional, InnerLondon, "rereferral_percent", ("category", "Referrals and Re-referrals"));
        Assert.Equal("Inner London", row.AreaName);
        Assert.Null(row.OldLaCode);
        Assert.Null(row.LaName);
        Assert.Equal(N(19.1m), row.Published);

        // D3 writes the national row's blank fields as "": they read as blank.
        var national = Single(PublishedDatasets.SubsequentPlansD3, 2025, GeographicLevel.National, England, "CPP_start", ("category", "Child Protection Plans which are a second or subsequent plan"));
        Assert.Equal("England", national.AreaName);
        Assert.Null(national.RegionCode);
        Assert.Null(national.RegionName);
        Assert.Null(national.NewLaCode);
    }

    [Fact]
    public void The_2025_neighbour_model_gives_each_authority_10_neighbours_in_order_with_closeness()
    {
        using var stream = ShippedPublishedFiles.Open(PublishedDatasets.NeighboursModel2025.ShippedFileName);
        using var reader = PublishedFileReader.Open(stream, "neighbours.csv");
        var model = reader.ReadNeighbours();

        Assert.Equal("sn_2025", reader.Dataset.Id);
        Assert.Equal(153, model.Groups.Count);
        Assert.All(model.Groups, g => Assert.Equal(Enumerable.Range(1, 10), g.Neighbours.Select(n => n.Rank)));

        // 211,Tower Hamlets,3,London,204,Somewhat close,206,Not close,316,Not close,352,Not close,202,Not close,309,Not close,213,Not close,210,Not close,330,Not close,304,Not close
        var towerHamlets = model.Of(TowerHamlets)!;
        Assert.Equal(("Tower Hamlets", "London", false), (towerHamlets.LaName, towerHamlets.RegionName, towerHamlets.BeforeReorganisation));
        Assert.Equal(
            ["204 SomewhatClose", "206 NotClose", "316 NotClose", "352 NotClose", "202 NotClose", "309 NotClose", "213 NotClose", "210 NotClose", "330 NotClose", "304 NotClose"],
            towerHamlets.Neighbours.Select(n => $"{n.OldLaCode} {n.Closeness}"));

        // 301,Barking and Dagenham,3,London,308,Close ,…: "Close " (trailing space) is Close.
        Assert.Equal((Closeness?)Closeness.Close, model.NeighboursOf("301")[0].Closeness);
        Assert.Equal(
            "Close 513, Extremely close 12, Not close 49, Somewhat close 136, Very close 820",
            string.Join(", ", model.Groups.SelectMany(g => g.Neighbours).GroupBy(n => n.Closeness!.Value.Label()).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
    }

    [Fact]
    public void The_April_2021_groupings_are_read_with_their_repeated_closeness_columns_and_the_old_authorities_flagged()
    {
        using var stream = ShippedPublishedFiles.Open(PublishedDatasets.NeighboursGroupings2021.ShippedFileName);
        using var reader = PublishedFileReader.Open(stream, "groupings.csv");
        var model = reader.ReadNeighbours();

        // 159 rows: 152 authorities, a blank row, the heading "Old SNs:", a blank row, then 4 authorities before reorganisation.
        Assert.Equal("sn_2021", reader.Dataset.Id);
        Assert.Equal(156, model.Groups.Count);
        Assert.Equal(["835", "836", "837", "928"], model.Groups.Where(g => g.BeforeReorganisation).Select(g => g.OldLaCode));

        // 211,Tower Hamlets,211,3,London (Inner),202,Not Close,316,Not Close,213,Not Close,206,Not Close,352,Not Close,204,Not Close,330,Not Close,821,Not Close,205,Not Close,309,Not Close,
        var towerHamlets = model.Of(TowerHamlets)!;
        Assert.Equal("London (Inner)", towerHamlets.RegionName);
        Assert.Equal(["202", "316", "213", "206", "352", "204", "330", "821", "205", "309"], towerHamlets.Neighbours.Select(n => n.OldLaCode));
        Assert.All(towerHamlets.Neighbours, n => Assert.Equal(Closeness.NotClose, n.Closeness));
    }

    [Fact]
    public void The_shipped_copies_are_byte_for_byte_the_reference_files()
    {
        // SHA-256 from /work/shared/reference/SHA256SUMS.
        var expected = new Dictionary<string, string>
        {
            ["New_Statistical_Neighbour_Groupings_April_2021.csv"] = "ee9328d1d0157050032acfd5a8fef6274fe6621e93b1da6b7098f7719eaca2b6",
            ["b1_children_in_need_2013_to_2025.csv"] = "fc065f5eb33a97fcbf3b2df6a7a55e15dbf645ce9739ef0128776461602179ad",
            ["c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv"] = "e548b10b4e2de4e8845c35eae274f6280636f5ff262f8189cbe62c320591f75d",
            ["cla_number_and_rate_per_10k_children.csv"] = "8228ce8c6f55fb1ee59b65988dad56c79ea7703c03eedd5c0f8af5997d6686ce",
            ["csww_indicators_2017_to_2025.csv"] = "9e058bac193cc5b03f0d21ebe4259c8935d236dbf59f09d90b3e0916bfbca95f",
            ["d3_cpps_subsequent_plan_2013_to_2025.csv"] = "06f9b63e9329925fea34d75a7f5e9c44d97fed4c1aed8cb2a302af21ef4113ab",
            ["d5_cpps_at31march_by_duration_2013_to_2025.csv"] = "b203854c252fc055df1dc05d649de63c2f18c0246b1bd2282c2f3632530f296d",
            ["la_care_leavers_accommodation_suitability.csv"] = "e7ec483b8ca26360161393e78ef4c6ac6dc408197c068ab98e42ffc06fa4199a",
            ["la_care_leavers_activity.csv"] = "6853227203b736615c55517ac0735acbff48fea6c9f69ee95c2e9b6d868f339b",
            ["la_cla_placement_stability.csv"] = "b102f3277a40353a99bd997fe0c1ac557370bb8a793b177e6a570c851a96290f",
            ["ons_mid-year_population_estimates_2012_to_2024.csv"] = "bd6420a0edd97dc2bfb25e70955399778a460483d5c417032b8fcb92230bfaa3",
            ["sn_model_2025_wide.csv"] = "948bcdbe76f92e448e39ff4fc9f20b9dd382e0ce419e1f0da65877b99d950e22",
        };
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), ShippedPublishedFiles.FileNames.Order(StringComparer.Ordinal));
        foreach (var (file, sha) in expected)
        {
            using var stream = ShippedPublishedFiles.Open(file);
            Assert.Equal(sha, Convert.ToHexStringLower(SHA256.HashData(stream)));
        }
    }

    [Fact]
    public void Columns_in_another_order_with_or_without_a_byte_order_mark_read_the_same()
    {
        const string inFileOrder = """
            time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,category,CPP_start,CPP_subsequent,CPP_subsequent_percent
            2025,Reporting year,Local authority,E92000001,England,E13000001,Inner London,211,E09000030,Tower Hamlets,Child Protection Plans which are a second or subsequent plan,295,57,19.3
            """;
        const string shuffled = """
            CPP_subsequent_percent,la_name,category,old_la_code,time_period,new_la_code,geographic_level,CPP_start,region_name,country_code,CPP_subsequent,region_code,time_identifier,country_name
            19.3,Tower Hamlets,Child Protection Plans which are a second or subsequent plan,211,2025,E09000030,Local authority,295,Inner London,E92000001,57,E13000001,Reporting year,England
            """;
        var expected = Read(Encoding.UTF8.GetBytes(inFileOrder));
        Assert.Equal(3, expected.Count);
        Assert.Equal(expected, Read(Encoding.UTF8.GetBytes(shuffled)));
        Assert.Equal(expected, Read([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(shuffled)]));
        Assert.Equal([N(295), N(57), N(19.3m)], expected.Select(s => s.Published));
    }

    [Fact]
    public void Statistics_are_streamed_as_they_are_read()
    {
        // Line 3 is bad, but the statistics of line 2 come out before it is read.
        var bytes = Encoding.UTF8.GetBytes($"{D3Header}\n{D3Row("295", "57", "19.3")}\n{D3Row("295", "57", "n/a")}\n");
        using var reader = PublishedFileReader.Open(new MemoryStream(bytes), "d3.csv");
        Assert.Equal(3, reader.ReadStatistics().Take(3).Count());
    }

    private const string D3Header =
        "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,category,CPP_start,CPP_subsequent,CPP_subsequent_percent";

    private static string D3Row(string start, string subsequent, string percent, string year = "2025", string level = "Local authority") =>
        $"{year},Reporting year,{level},E92000001,England,E13000001,Inner London,211,E09000030,Tower Hamlets,Child Protection Plans which are a second or subsequent plan,{start},{subsequent},{percent}";

    private static List<PublishedStatistic> Read(byte[] bytes) => [.. PublishedFileReader.ReadAllStatistics(new MemoryStream(bytes), "test.csv")];

    private static string Problem(string text) => Problem(Encoding.UTF8.GetBytes(text));

    private static string Problem(byte[] bytes) =>
        Assert.Throws<ReturnFormatException>(() =>
        {
            using var reader = PublishedFileReader.Open(new MemoryStream(bytes), "upload.csv");
            if (reader.Dataset.Kind == PublishedFileKind.Statistics)
            {
                _ = reader.ReadStatistics().ToList();
            }
            else
            {
                _ = reader.ReadNeighbours();
            }
        }).Message;

    [Fact]
    public void A_value_that_is_neither_a_number_nor_a_symbol_is_refused_with_its_line_and_column()
    {
        Assert.Equal(
            "upload.csv, line 3, column 14, CPP_subsequent_percent: 'n/a' is neither a number nor one of the symbols c, k, low, u, x, z",
            Problem($"{D3Header}\n{D3Row("295", "57", "19.3")}\n{D3Row("295", "57", "n/a")}\n"));
        Assert.Equal(
            "upload.csv, line 2, column 12, CPP_start: '1,295' is neither a number nor one of the symbols c, k, low, u, x, z",
            Problem($"{D3Header}\n{D3Row("\"1,295\"", "57", "19.3")}\n"));
        Assert.Equal(
            "upload.csv, line 2, column 13, CPP_subsequent: 'C' is neither a number nor one of the symbols c, k, low, u, x, z",
            Problem($"{D3Header}\n{D3Row("295", "C", "19.3")}\n"));
        Assert.Equal(
            "upload.csv, line 2, column 13, CPP_subsequent: the value is blank; expected a number or one of the symbols c, k, low, u, x, z",
            Problem($"{D3Header}\n{D3Row("295", string.Empty, "19.3")}\n"));
    }

    [Fact]
    public void A_truncated_or_overlong_row_is_refused()
    {
        Assert.Equal(
            "upload.csv, line 3, column 13, CPP_subsequent: the row ends after 12 fields where the header has 14 (a truncated row?)",
            Problem($"{D3Header}\n{D3Row("295", "57", "19.3")}\n2025,Reporting year,Local authority,E92000001,England,E13000001,Inner London,211,E09000030,Tower Hamlets,Child Protection Plans which are a second or subsequent plan,29"));
        Assert.Equal(
            "upload.csv, line 2, column 15: the row has 15 fields where the header has 14",
            Problem($"{D3Header}\n{D3Row("295", "57", "19.3")},1\n"));
        // CsvHelper's offset is the end of the input, where the field is still open: 183 + 1 (header) + 177 + 1 (line 2) + 105 + 23 (line 3).
        Assert.Equal(
            "upload.csv, line 3: the row is not valid CSV: Malformed CSV in record 3 (line 3): a quoted field that is never closed (byte offset 490).",
            Problem($"{D3Header}\n{D3Row("295", "57", "19.3")}\n2025,Reporting year,Local authority,E92000001,England,E13000001,Inner London,211,E09000030,Tower Hamlets,\"Child Protection Plans"));
    }

    [Fact]
    public void Common_columns_that_do_not_read_are_refused()
    {
        Assert.Equal(
            "upload.csv, line 2, column 1, time_period: '202425' is not a year (time_period holds a 4-digit year such as 2025)",
            Problem($"{D3Header}\n{D3Row("295", "57", "19.3", year: "202425")}\n"));
        Assert.Equal(
            "upload.csv, line 2, column 3, geographic_level: 'Local authority district' is not a geographic level GoldenThread reads (National, Regional, Local authority)",
            Problem($"{D3Header}\n{D3Row("295", "57", "19.3", level: "Local authority district")}\n"));
        Assert.Equal(
            "upload.csv, line 2, column 8, old_la_code: a local authority row has no old_la_code",
            Problem($"{D3Header}\n{D3Row("295", "57", "19.3").Replace(",211,", ",,", StringComparison.Ordinal)}\n"));
        Assert.Equal(
            "upload.csv, line 2, column 11, category: category is blank",
            Problem($"{D3Header}\n{D3Row("295", "57", "19.3").Replace("Child Protection Plans which are a second or subsequent plan", string.Empty, StringComparison.Ordinal)}\n"));
    }

    [Fact]
    public void Bytes_that_are_not_UTF_8_are_refused()
    {
        // Windows-1252 "é" (0xE9) in the LA name.
        var bytes = Encoding.UTF8.GetBytes($"{D3Header}\n{D3Row("295", "57", "19.3")}\n").ToList();
        var at = bytes.IndexOf((byte)'H', bytes.IndexOf((byte)'\n'));
        bytes.Insert(at, 0xE9);
        Assert.Equal("upload.csv, line 2, column 10, la_name: the file is not UTF-8 text", Problem([.. bytes]));
    }

    [Fact]
    public void An_unknown_column_set_is_refused_naming_what_differs()
    {
        // An Ofsted inspection outcomes file (not the explore-education-statistics layout).
        Assert.Equal(
            "upload.csv, line 1, column 1, Web link: the columns are not those of a published statistics file (explore-education-statistics layout) or a statistical neighbour file GoldenThread knows: missing time_period, time_identifier, geographic_level, country_code, country_name, region_code, region_name, old_la_code, new_la_code, la_name",
            Problem("Web link,Local authority area code,Local authority name,Ofsted region,Inspection date,Publication date,Overall effectiveness\nhttps://reports.ofsted.gov.uk/provider/44/211,E09000030,Tower Hamlets,London,2024-11-11,2025-01-13,Outstanding\n"));

        // D3 with a renamed value column.
        Assert.Equal(
            "upload.csv, line 1, column 14, CPP_subsequent_pct: the columns match no published statistics file GoldenThread knows; the nearest is cpp_d3 (d3_cpps_subsequent_plan_2013_to_2025.csv): missing CPP_subsequent_percent; unexpected CPP_subsequent_pct",
            Problem($"{D3Header.Replace("CPP_subsequent_percent", "CPP_subsequent_pct", StringComparison.Ordinal)}\n{D3Row("295", "57", "19.3")}\n"));

        Assert.Equal("upload.csv, line 1: the column CPP_start appears more than once", Problem($"{D3Header},CPP_start\n"));
        Assert.Equal("upload.csv, line 1: the file is empty: it has no header row", Problem(string.Empty));
    }

    [Fact]
    public void Care_leaver_files_whose_breakdowns_cannot_be_told_apart_are_refused()
    {
        const string header = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,care_leaver_age,breakdown,care_leaver_count,care_leaver_percent";
        const string prefix = "2025,Reporting year,Local authority,E92000001,England,E13000001,Inner London,211,Tower Hamlets,E09000030,19 to 21 years";
        Assert.Equal(
            "upload.csv, line 2, column 12, breakdown: 'Living independently' is a breakdown of neither care_leavers_activity nor care_leavers_accommodation, so the file cannot be told apart",
            Problem($"{header}\n{prefix},Living independently,10,5\n"));
        Assert.Equal(
            "upload.csv, line 3, column 12, breakdown: 'Accommodation considered suitable' belongs to care_leavers_accommodation, not to care_leavers_activity, which the first row showed this file to be",
            Problem($"{header}\n{prefix},\"Total in education, employment or training\",173,68\n{prefix},Accommodation considered suitable,215,85\n"));
        Assert.Equal(
            "upload.csv, line 1: the file has no rows, so it cannot be told which of care_leavers_activity and care_leavers_accommodation it is",
            Problem($"{header}\n"));
    }

    [Fact]
    public void Neighbour_rows_that_do_not_read_are_refused()
    {
        var header = string.Join(",", PublishedDatasets.NeighboursModel2025.Columns);
        const string row = "211,Tower Hamlets,3,London,204,Somewhat close,206,Not close,316,Not close,352,Not close,202,Not close,309,Not close,213,Not close,210,Not close,330,Not close,304,Not close";
        Assert.Equal(
            "upload.csv, line 2, column 6, SN_1P: 'Quite close' is not a closeness (Extremely close, Very close, Close, Somewhat close, Not close)",
            Problem($"{header}\n{row.Replace("Somewhat close", "Quite close", StringComparison.Ordinal)}\n"));
        Assert.Equal(
            "upload.csv, line 2, column 5, SN_1: '2040' is not a 3-digit LA code",
            Problem($"{header}\n{row.Replace(",204,", ",2040,", StringComparison.Ordinal)}\n"));
        Assert.Equal("upload.csv, line 3, column 1, old_la_code: authority 211 appears twice", Problem($"{header}\n{row}\n{row}\n"));
    }
}
