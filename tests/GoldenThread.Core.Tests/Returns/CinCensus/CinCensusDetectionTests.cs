using System.Text;
using GoldenThread.Core.Returns.CinCensus;
using static GoldenThread.Core.Tests.Returns.CinCensus.CinCensusSamples;

namespace GoldenThread.Core.Tests.Returns.CinCensus;

public sealed class CinCensusDetectionTests
{
    [Fact]
    public void A_written_census_is_recognised_from_its_first_512_bytes()
    {
        var census = Write(CinCensusExtract.For(DemoRecords, "2025-26"), "2025-26");

        Assert.True(CinCensusReader.IsCinCensus(census.AsSpan(0, 512)));
        Assert.True(CinCensusReader.IsCinCensus(census));
    }

    [Fact]
    public void A_hand_written_census_with_a_byte_order_mark_is_recognised()
    {
        byte[] head = [.. Encoding.UTF8.GetPreamble(), .. Bytes(OneChild)];

        Assert.True(CinCensusReader.IsCinCensus(head));
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><Message><Header><CollectionDetails><Collection>SSDA903</Collection></CollectionDetails></Header><Children/></Message>")]
    [InlineData("<?xml version=\"1.0\"?><Workbook><Sheet name=\"List 1\"/></Workbook>")]
    [InlineData("<Message><Children><Child/></Children></Message>")]
    [InlineData("<Message><Header><Source><LEA>999</LEA></Source></Header><Children/></Message>")]
    [InlineData("<!DOCTYPE Message [<!ENTITY x \"CIN\">]><Message><Header><CollectionDetails><Collection>&x;</Collection></CollectionDetails></Header></Message>")]
    [InlineData("<Message><Header><CollectionDetails><Collection><Code>CIN</Code></Collection></CollectionDetails></Header></Message>")]
    [InlineData("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nSYN0001,1,01/06/2015,WBRI,,,\n")]
    [InlineData("")]
    public void Other_files_are_not_taken_for_a_census(string head)
    {
        Assert.False(CinCensusReader.IsCinCensus(Bytes(head)));
    }

    [Fact]
    public void A_head_that_stops_before_the_collection_element_is_not_enough()
    {
        var head = Bytes(OneChild)[..(OneChild.IndexOf("<Collection>", StringComparison.Ordinal) + 5)];

        Assert.False(CinCensusReader.IsCinCensus(head));
    }
}
