using System.Text;
using GoldenThread.Core.Returns;
using GoldenThread.Core.Returns.Ssda903;

namespace GoldenThread.Core.Tests.Returns.Ssda903;

public sealed class Ssda903CsvReaderTests
{
    private const string _header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n";
    private const string _episodesHeader = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n";

    [Fact]
    public void Reads_children_and_episodes_with_their_sources()
    {
        var dataset = Read(
            ("header.csv", _header + "C1,1,01/02/2010,WBRI,UN5,,\nC2,2,15/06/2012,BAFR,A999200012345,0,\n"),
            ("episodes.csv", _episodesHeader + "C2,01/05/2024,S,V2,N1,U6,PR1,10/06/2024,X1,CARPL,ZZ99 1AB,ZZ99 2CD,\n"));

        Assert.Equal(["C1|M|2010-02-01|UN5|", "C2|F|2012-06-15||A999200012345"], dataset.Children.Select(c => $"{c.LaChildId}|{c.Sex}|{c.BirthDate:yyyy-MM-dd}|{c.UpnUnknownReason}|{c.Upn}"));
        var episode = Assert.Single(dataset.CareEpisodes);
        Assert.Equal((1L, 2L, new DateOnly(2024, 5, 1), new DateOnly(2024, 6, 10), "X1", "CARPL"), (episode.Id, episode.ChildId, episode.StartDate, episode.EndDate!.Value, episode.ReasonEpisodeCeased, episode.ReasonPlaceChange));
        Assert.Equal("episodes.csv, line 2, Episodes", dataset.LocationOf(episode)!.ToString());
        Assert.Equal("header.csv, line 3, Header", dataset.LocationOf(dataset.Children[1])!.ToString());
        Assert.Equal("2024-25", dataset.CollectionYear);
        Assert.Empty(dataset.Problems);
    }

    [Fact]
    public void Accepts_a_byte_order_mark_crlf_quoted_commas_and_trailing_blank_lines()
    {
        var text = "\uFEFF" + _episodesHeader.Replace("\n", "\r\n", StringComparison.Ordinal)
            + "C1,01/05/2024,S,C2,N1,K2,PR4,,,,\"ZZ99 1AB\",\"ZZ99, 2CD\",\"SC9,00001\"\r\n\r\n\r\n";
        var dataset = Read(("header.csv", _header + "C1,1,01/02/2010,WBRI,,,\n"), ("episodes.csv", text));

        var episode = Assert.Single(dataset.CareEpisodes);
        Assert.Equal(("ZZ99 1AB", "ZZ99, 2CD", "SC9,00001"), (episode.HomePostcode, episode.PlacementPostcode, episode.Urn));
    }

    [Fact]
    public void An_unknown_code_is_kept_and_listed_as_a_problem()
    {
        var dataset = Read(
            ("header.csv", _header + "C1,1,01/02/2010,WBRI,,,\n"),
            ("episodes.csv", _episodesHeader + "C1,01/05/2024,S,ZZ,N1,U6,PR1,,,,,,\n"));

        Assert.Equal("ZZ", Assert.Single(dataset.CareEpisodes).LegalStatus);
        var problem = Assert.Single(dataset.Problems);
        Assert.Equal("episodes.csv, line 2, column LS", problem.Location.ToString());
        Assert.Equal("'ZZ' is not a known LS code", problem.Message);
    }

    [Fact]
    public void A_child_missing_from_header_is_kept_with_a_problem()
    {
        var dataset = Read(("reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\nC9,03/03/2015,12/12/2024,PN1\n"));

        Assert.Equal("C9", Assert.Single(dataset.Children).LaChildId);
        Assert.Equal(new DateOnly(2024, 12, 12), Assert.Single(dataset.CareReviews).ReviewDate);
        Assert.Equal("reviews.csv, line 2, column CHILD: child C9 is not in the Header table", Describe(Assert.Single(dataset.Problems)));
    }

    [Fact]
    public void The_collection_year_given_overrides_the_data()
    {
        var dataset = Read("2023-24", ("episodes.csv", _episodesHeader + "C1,01/05/2024,S,C2,N1,U6,PR1,,,,,,\n"));

        Assert.Equal(("2023-24", new DateOnly(2024, 3, 31)), (dataset.CollectionYear, dataset.ReferenceDate!.Value));
    }

    [Fact]
    public void A_year_in_the_file_names_sets_the_collection_year()
    {
        var dataset = Read(("903_2022_23_header.csv", _header + "C1,1,01/02/2010,WBRI,,,\n"));

        Assert.Equal("2022-23", dataset.CollectionYear);
    }

    [Theory]
    [InlineData("31/02/2025", "episodes.csv, line 3, column DECOM: '31/02/2025' is not a real date (expected dd/mm/yyyy)")]
    [InlineData("2025-02-01", "episodes.csv, line 3, column DECOM: '2025-02-01' is not a date in the form dd/mm/yyyy")]
    public void A_date_that_is_not_a_date_stops_the_load(string value, string message)
    {
        var text = _episodesHeader + "C1,01/05/2024,S,C2,N1,U6,PR1,,,,,,\n" + $"C1,{value},P,C2,N1,U6,PR1,,,,,,\n";

        AssertFails(message, ("episodes.csv", text));
    }

    [Fact]
    public void Columns_of_no_table_stop_the_load() =>
        AssertFails("mystery.csv, line 1: the columns (FOO, BAR) are not those of any SSDA903 table", ("mystery.csv", "FOO,BAR\n1,2\n"));

    [Fact]
    public void A_missing_column_stops_the_load() =>
        AssertFails(
            "episodes.csv, line 1, column URN: missing from the header; the Episodes table needs it",
            ("episodes.csv", _episodesHeader.Replace(",URN", string.Empty, StringComparison.Ordinal)));

    [Fact]
    public void An_unknown_extra_column_stops_the_load() =>
        AssertFails(
            "episodes.csv, line 1, column NOTE: not a column of the Episodes table",
            ("episodes.csv", _episodesHeader.TrimEnd('\n') + ",NOTE\n"));

    [Fact]
    public void A_truncated_row_stops_the_load() =>
        AssertFails(
            "episodes.csv, line 3: the row has 5 fields but the header has 13",
            ("episodes.csv", _episodesHeader + "C1,01/05/2024,S,C2,N1,U6,PR1,,,,,,\nC1,01/06/2024,P,C2,N1\n"));

    [Fact]
    public void An_empty_file_stops_the_load() =>
        AssertFails("header.csv: the file is empty (expected a header row of SSDA903 columns)", ("header.csv", "\r\n\r\n"));

    [Fact]
    public void A_table_given_twice_stops_the_load() =>
        AssertFails(
            "header2.csv, line 1: holds the Header table, which was already read from header.csv",
            ("header.csv", _header),
            ("header2.csv", _header));

    [Fact]
    public void A_flag_other_than_0_or_1_stops_the_load() =>
        AssertFails(
            "oc2.csv, line 2, column CONVICTED: 'Y' is not 0 or 1",
            ("oc2.csv", "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\nC1,01/02/2010,12,,Y,,1,1,1,0,,\n"));

    [Fact]
    public void Malformed_quoting_stops_the_load() =>
        AssertFails(
            "header.csv, line 2: the quoting is malformed (a quote inside an unquoted field, text after a closing quote, or a quote never closed)",
            ("header.csv", _header + "C1,1,01/02/2010,WB\"RI,,,\n"));

    [Fact]
    public void A_file_over_the_size_limit_stops_the_load_even_when_it_cannot_be_measured_first()
    {
        var bytes = Encoding.UTF8.GetBytes(_header + string.Concat(Enumerable.Repeat("C1,1,01/02/2010,WBRI,,,\n", 20)));
        using var unmeasured = new OneWayStream(bytes);
        using var measured = new MemoryStream(bytes);

        var first = Assert.Throws<ReturnFormatException>(() => Ssda903CsvReader.Read([("header.csv", unmeasured)], null, maxFileBytes: 100));
        var second = Assert.Throws<ReturnFormatException>(() => Ssda903CsvReader.Read([("header.csv", measured)], null, maxFileBytes: 100));

        Assert.Equal("header.csv: the file is larger than the limit of 100 bytes", first.Message);
        Assert.Equal(first.Message, second.Message);
    }

    private static string Describe(ImportProblem problem) => $"{problem.Location}: {problem.Message}";

    private static ChildLevelDataset Read(params (string Name, string Text)[] files) => Read(null, files);

    private static ChildLevelDataset Read(string? year, params (string Name, string Text)[] files) =>
        Ssda903CsvReader.Read(files.Select(f => (f.Name, (Stream)new MemoryStream(Encoding.UTF8.GetBytes(f.Text)))), year);

    private static void AssertFails(string message, params (string Name, string Text)[] files)
    {
        var exception = Assert.Throws<ReturnFormatException>(() => Read(files));
        Assert.Equal(message, exception.Message);
    }

    /// <summary>A stream that can only be read forwards, as an upload arrives.</summary>
    private sealed class OneWayStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
