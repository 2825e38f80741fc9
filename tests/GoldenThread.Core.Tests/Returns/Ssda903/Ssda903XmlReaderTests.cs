using System.Text;
using GoldenThread.Core.Returns;
using GoldenThread.Core.Returns.Ssda903;

namespace GoldenThread.Core.Tests.Returns.Ssda903;

public sealed class Ssda903XmlReaderTests
{
    private const string _child = """
        <?xml version="1.0" encoding="utf-8"?>
        <EXPSSDA903>
          <CHILD>
            <HEADER>
              <CHILDID>C1</CHILDID>
              <SEX>2</SEX>
              <DOB>01/02/2010</DOB>
              <ETHNIC>WBRI</ETHNIC>
              <UASC>1</UASC>
              <DUC>01/02/2028</DUC>
              <AREVIEW><REVIEW>12/12/2024</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>
              <AMISSING><MISSING>M</MISSING><MIS_START>03/01/2025</MIS_START><MIS_END>04/01/2025</MIS_END></AMISSING>
            </HEADER>
            <EPISODE>
              <DECOM>01/05/2024</DECOM>
              <RNE>S</RNE>
              <LS>V2</LS>
              <PL>U6</PL>
            </EPISODE>
          </CHILD>
        </EXPSSDA903>
        """;

    [Fact]
    public void Reads_a_child_with_its_groups_and_episodes()
    {
        var dataset = Read(_child);

        var child = Assert.Single(dataset.Children);
        Assert.Equal(("C1", "F", new DateOnly(2028, 2, 1), new DateOnly(2024, 5, 1)), (child.LaChildId, child.Sex, child.UnaccompaniedAsylumSeekingCeasedDate!.Value, child.UnaccompaniedAsylumSeekingDate!.Value));
        Assert.Equal(("U6", "V2"), (Assert.Single(dataset.CareEpisodes).PlacementType, dataset.CareEpisodes[0].LegalStatus));
        Assert.Equal("PN1", Assert.Single(dataset.CareReviews).ParticipationCode);
        Assert.Equal("M", Assert.Single(dataset.MissingEpisodes).Kind);
        Assert.Equal("return.xml, line 14, Episodes", dataset.LocationOf(dataset.CareEpisodes[0])!.ToString());
        Assert.Equal("2024-25", dataset.CollectionYear);
    }

    [Fact]
    public void An_impossible_date_names_the_element_and_its_line() =>
        AssertFails("return.xml, line 15, element DECOM: '31/02/2025' is not a real date (expected dd/mm/yyyy)", _child.Replace("01/05/2024", "31/02/2025", StringComparison.Ordinal));

    [Fact]
    public void An_unknown_element_stops_the_load() =>
        AssertFails("return.xml, line 6, element NAME: not an element of HEADER", _child.Replace("<SEX>2</SEX>", "<NAME>x</NAME>", StringComparison.Ordinal));

    [Fact]
    public void A_dtd_is_refused() =>
        AssertFails(
            "return.xml: a DTD is not allowed in an SSDA903 file",
            _child.Replace("<EXPSSDA903>", "<!DOCTYPE EXPSSDA903 [<!ENTITY x \"y\">]>\n<EXPSSDA903>", StringComparison.Ordinal));

    [Fact]
    public void A_truncated_file_stops_the_load()
    {
        var exception = Assert.Throws<ReturnFormatException>(() => Read(_child[.._child.IndexOf("</EPISODE>", StringComparison.Ordinal)]));

        Assert.StartsWith("return.xml, line 19: the file is not well-formed XML (", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_root_element_stops_the_load() =>
        AssertFails("return.xml, line 1, element Message: the root element should be EXPSSDA903", "<Message><Child/></Message>");

    [Fact]
    public void An_empty_file_stops_the_load() =>
        AssertFails("return.xml: the file is empty (expected an EXPSSDA903 document)", string.Empty);

    [Fact]
    public void A_child_without_a_header_stops_the_load() =>
        AssertFails("return.xml, line 1, element HEADER: CHILD has no HEADER element", "<EXPSSDA903><CHILD><EPISODE/></CHILD></EXPSSDA903>");

    private static ChildLevelDataset Read(string xml) => Ssda903XmlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "return.xml");

    private static void AssertFails(string message, string xml)
    {
        var exception = Assert.Throws<ReturnFormatException>(() => Read(xml));
        Assert.Equal(message, exception.Message);
    }
}
