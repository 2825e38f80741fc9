using System.Text;
using GoldenThread.Core.Returns;
using GoldenThread.Core.Returns.CinCensus;
using static GoldenThread.Core.Tests.Returns.CinCensus.CinCensusSamples;

namespace GoldenThread.Core.Tests.Returns.CinCensus;

/// <summary>Files that cannot be read stop with a message naming the place and the fault; faults the format allows are kept and listed.</summary>
public sealed class CinCensusReaderFaultTests
{
    private static ReturnFormatException Refused(string xml, string fileName = "children.xml") =>
        Assert.Throws<ReturnFormatException>(() => Read(xml, fileName));

    private static ReturnFormatException Refused(byte[] bytes, string fileName) =>
        Assert.Throws<ReturnFormatException>(() => CinCensusReader.Read(new MemoryStream(bytes), fileName));

    [Fact]
    public void The_one_child_sample_reads_without_problems()
    {
        var data = Read(OneChild);

        Assert.Empty(data.Problems);
        Assert.Equal("SYN0001", Assert.Single(data.Children).LaChildId);
    }

    [Fact]
    public void Malformed_xml_is_refused_with_the_parsers_reason_and_its_place()
    {
        var error = Refused(OneChild.Replace("<Sex>F</Sex>", "<Sex>F</Sexx>", StringComparison.Ordinal));

        Assert.Equal(
            "children.xml, line 18, column 17, Message/Children/Child/ChildIdentifiers/Sex: the XML is not well formed: "
            + "The 'Sex' start tag on line 18 position 10 does not match the end tag of 'Sexx'.",
            error.Message);
    }

    [Fact]
    public void A_file_cut_in_the_middle_of_an_element_is_refused_as_truncated()
    {
        var cut = OneChild[..(OneChild.IndexOf("2024-05-01", StringComparison.Ordinal) + 4)];

        var error = Refused(cut, "cut.xml");

        Assert.Equal(
            "cut.xml, line 24, column 30, Message/Children/Child/CINdetails/CINreferralDate: the file ends before the XML is complete: it looks truncated",
            error.Message);
    }

    [Fact]
    public void A_large_census_cut_in_half_is_refused_as_truncated_at_its_last_line()
    {
        var whole = Write(CinCensusExtract.For(DemoRecords, "2024-25"), "2024-25");
        var half = whole[..(whole.Length / 2)];
        var lines = half.Count(b => b == (byte)'\n') + 1;

        var error = Refused(half, "half.xml");

        Assert.Equal(lines, error.Location.Line);
        Assert.Equal("the file ends before the XML is complete: it looks truncated", error.Problem);
        Assert.StartsWith("Message/Children/Child", error.Location.ElementOrField, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var error = Refused([], "empty.xml");

        Assert.Equal("empty.xml: the file is empty", error.Message);
    }

    [Fact]
    public void A_file_of_white_space_is_refused()
    {
        var error = Refused("\n   \n", "blank.xml");

        Assert.Equal("blank.xml: the file holds no XML, only white space", error.Message);
    }

    [Fact]
    public void A_dtd_with_an_external_entity_is_refused_before_anything_is_read()
    {
        var xxe = OneChild
            .Replace("<Message>", "<!DOCTYPE Message [\n  <!ENTITY secret SYSTEM \"file:///etc/passwd\">\n]>\n<Message>", StringComparison.Ordinal)
            .Replace("SYN0001", "&secret;", StringComparison.Ordinal);

        var error = Refused(xxe, "xxe.xml");

        Assert.Equal(
            "xxe.xml, line 2, column 1, DOCTYPE: the file has a document type definition (DTD), which is refused: "
            + "a DTD can read other files and expand entities without limit",
            error.Message);
    }

    [Fact]
    public void A_billion_laughs_dtd_is_refused()
    {
        var entities = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE Message [\n  <!ENTITY lol \"lol\">\n");
        for (var i = 1; i <= 9; i++)
        {
            entities.Append("  <!ENTITY lol").Append(i).Append(" \"").Append(string.Concat(Enumerable.Repeat(i == 1 ? "&lol;" : $"&lol{i - 1};", 10))).Append("\">\n");
        }

        entities.Append("]>\n<Message><Children><Child><ChildIdentifiers><LAchildID>&lol9;</LAchildID></ChildIdentifiers></Child></Children></Message>");

        var error = Refused(entities.ToString(), "lol.xml");

        Assert.Equal(
            "lol.xml, line 2, column 1, DOCTYPE: the file has a document type definition (DTD), which is refused: "
            + "a DTD can read other files and expand entities without limit",
            error.Message);
    }

    [Fact]
    public void A_file_whose_root_is_not_message_is_refused()
    {
        var error = Refused("<?xml version=\"1.0\"?>\n<Census><Children/></Census>", "other.xml");

        Assert.Equal("other.xml, line 2, column 1, Census: the root element is Census, not Message, so this is not a CIN census file", error.Message);
    }

    [Fact]
    public void A_message_from_another_collection_is_refused()
    {
        var error = Refused(OneChild.Replace("<Collection>CIN</Collection>", "<Collection>SSDA903</Collection>", StringComparison.Ordinal));

        Assert.Equal("children.xml, line 5, column 7, Message/Header/CollectionDetails/Collection: the collection is 'SSDA903', not CIN", error.Message);
    }

    [Fact]
    public void An_impossible_date_is_refused()
    {
        var error = Refused(OneChild.Replace("2015-06-01", "2025-02-30", StringComparison.Ordinal));

        Assert.Equal(
            "children.xml, line 17, column 9, Message/Children/Child/ChildIdentifiers/PersonBirthDate: '2025-02-30' is not a real date (expected yyyy-mm-dd)",
            error.Message);
        Assert.Equal(new SourceLocation("children.xml", 17, 9, "Message/Children/Child/ChildIdentifiers/PersonBirthDate"), error.Location);
    }

    [Fact]
    public void A_date_in_another_form_is_refused()
    {
        var error = Refused(OneChild.Replace("2024-05-01", "01/05/2024", StringComparison.Ordinal));

        Assert.Equal(
            "children.xml, line 24, column 9, Message/Children/Child/CINdetails/CINreferralDate: '01/05/2024' is not a date (expected yyyy-mm-dd)",
            error.Message);
    }

    [Fact]
    public void A_flag_that_is_not_true_or_false_is_refused()
    {
        var error = Refused(OneChild.Replace("<ReferralNFA>0</ReferralNFA>", "<ReferralNFA>N</ReferralNFA>", StringComparison.Ordinal));

        Assert.Equal(
            "children.xml, line 27, column 9, Message/Children/Child/CINdetails/ReferralNFA: 'N' is not a true/false value (expected 1, 0, true or false)",
            error.Message);
    }

    [Fact]
    public void A_number_that_is_not_a_number_is_refused()
    {
        var error = Refused(OneChild.Replace("<ReferralNFA>0</ReferralNFA>", ProtectionPlan("two"), StringComparison.Ordinal));

        Assert.Equal(
            "children.xml, line 33, column 11, Message/Children/Child/CINdetails/ChildProtectionPlans/NumberOfPreviousCPP: 'two' is not a whole number",
            error.Message);
    }

    [Fact]
    public void An_unknown_ethnicity_is_kept_and_reported_where_it_is()
    {
        var data = Read(OneChild.Replace("<Ethnicity>WBRI</Ethnicity>", "<Ethnicity>XXXX</Ethnicity>", StringComparison.Ordinal));

        Assert.Equal("XXXX", Assert.Single(data.Children).Ethnicity);
        var problem = Assert.Single(data.Problems);
        Assert.Equal(new SourceLocation("children.xml", 21, 9, "Message/Children/Child/ChildCharacteristics/Ethnicity"), problem.Location);
        Assert.Equal("'XXXX' is not a known Ethnicity code; kept as recorded", problem.Message);
    }

    [Fact]
    public void An_unknown_referral_source_is_kept_and_reported_where_it_is()
    {
        var data = Read(OneChild.Replace("<ReferralSource>6</ReferralSource>", "<ReferralSource>99</ReferralSource>", StringComparison.Ordinal));

        Assert.Equal("99", Assert.Single(data.Referrals).Source);
        var problem = Assert.Single(data.Problems);
        Assert.Equal("children.xml, line 25, column 9, Message/Children/Child/CINdetails/ReferralSource", problem.Location.ToString());
        Assert.Equal("'99' is not a known ReferralSource code; kept as recorded", problem.Message);
    }

    [Fact]
    public void A_missing_required_element_is_reported_on_its_parent()
    {
        var data = Read(OneChild.Replace("        <ReferralSource>6</ReferralSource>\n", string.Empty, StringComparison.Ordinal));

        var referral = Assert.Single(data.Referrals);
        Assert.Null(referral.Source);
        Assert.Equal(new DateOnly(2024, 5, 1), referral.ReferralDate);
        var problem = Assert.Single(data.Problems);
        Assert.Equal(new SourceLocation("children.xml", 23, 7, "Message/Children/Child/CINdetails"), problem.Location);
        Assert.Equal("ReferralSource is missing", problem.Message);
    }

    [Fact]
    public void A_missing_referral_date_keeps_the_referral_with_a_placeholder_date_and_says_so()
    {
        var data = Read(OneChild.Replace("        <CINreferralDate>2024-05-01</CINreferralDate>\n", string.Empty, StringComparison.Ordinal));

        Assert.Equal(DateOnly.MinValue, Assert.Single(data.Referrals).ReferralDate);
        var problem = Assert.Single(data.Problems);
        Assert.Equal("children.xml, line 23, column 7, Message/Children/Child/CINdetails", problem.Location.ToString());
        Assert.Equal("CINreferralDate is missing; the referral is kept with the date 0001-01-01", problem.Message);
    }

    [Fact]
    public void An_unexpected_element_and_a_repeated_element_are_reported_not_dropped_silently()
    {
        var data = Read(OneChild.Replace(
            "        <Sex>F</Sex>\n",
            "        <Sex>F</Sex>\n        <Sex>M</Sex>\n        <Nickname>Bee</Nickname>\n",
            StringComparison.Ordinal));

        Assert.Equal("F", Assert.Single(data.Children).Sex);
        Assert.Equal(
            [
                "children.xml, line 19, column 9, Message/Children/Child/ChildIdentifiers/Sex: Sex appears more than once; the first is kept",
                "children.xml, line 20, column 9, Message/Children/Child/ChildIdentifiers/Nickname: unexpected element Nickname; ignored",
            ],
            data.Problems.Select(p => $"{p.Location}: {p.Message}"));
    }

    [Fact]
    public void A_census_without_header_or_children_is_read_as_empty_and_says_why()
    {
        var data = Read("<Message>\n  <Children/>\n</Message>", "bare.xml");

        Assert.Empty(data.Children);
        Assert.Null(data.CollectionYear);
        Assert.Equal(
            [
                "bare.xml, line 1, column 1, Message: the header gives no collection year (Year or ReferenceDate)",
                "bare.xml, line 2, column 3, Message/Children: Children holds no Child",
            ],
            data.Problems.Select(p => $"{p.Location}: {p.Message}"));
    }

    [Fact]
    public void A_second_child_identifiers_block_is_reported_and_not_read()
    {
        var data = Read(OneChild.Replace(
            "      <ChildCharacteristics>\n",
            "      <ChildIdentifiers>\n        <LAchildID>OTHER</LAchildID>\n      </ChildIdentifiers>\n      <ChildCharacteristics>\n",
            StringComparison.Ordinal));

        Assert.Equal("SYN0001", Assert.Single(data.Children).LaChildId);
        var problem = Assert.Single(data.Problems);
        Assert.Equal("children.xml, line 20, column 7, Message/Children/Child/ChildIdentifiers: ChildIdentifiers appears more than once; the first is kept", $"{problem.Location}: {problem.Message}");
    }

    [Fact]
    public void A_negative_count_of_previous_plans_is_kept_and_reported()
    {
        var data = Read(OneChild.Replace("<ReferralNFA>0</ReferralNFA>", ProtectionPlan("-1"), StringComparison.Ordinal));

        Assert.Equal(-1, Assert.Single(data.ChildProtectionPlans).NumberOfPreviousPlans);
        var problem = Assert.Single(data.Problems);
        Assert.Equal("children.xml, line 33, column 11, Message/Children/Child/CINdetails/ChildProtectionPlans/NumberOfPreviousCPP", problem.Location.ToString());
        Assert.Equal("'-1' is below 0; kept as recorded", problem.Message);
    }

    /// <summary>ReferralNFA (line 27) followed by a plan whose NumberOfPreviousCPP is on line 33.</summary>
    private static string ProtectionPlan(string previous) => $"""
        <ReferralNFA>0</ReferralNFA>
                <ChildProtectionPlans>
                  <CPPstartDate>2024-06-10</CPPstartDate>
                  <CPPendDate>2024-12-01</CPPendDate>
                  <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
                  <LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>
                  <NumberOfPreviousCPP>{previous}</NumberOfPreviousCPP>
                </ChildProtectionPlans>
        """;
}
