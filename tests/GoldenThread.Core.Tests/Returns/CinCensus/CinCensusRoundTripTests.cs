using GoldenThread.Core.Returns.CinCensus;
using static GoldenThread.Core.Tests.Returns.CinCensus.CinCensusSamples;

namespace GoldenThread.Core.Tests.Returns.CinCensus;

public sealed class CinCensusRoundTripTests
{
    [Theory]
    [InlineData("2023-24")]
    [InlineData("2024-25")]
    [InlineData("2025-26")]
    public void Demo_census_written_and_read_back_writes_the_same_bytes_and_holds_the_extract(string year)
    {
        var extract = CinCensusExtract.For(DemoRecords, year);
        var written = Write(extract, year);

        var read = CinCensusReader.Read(new MemoryStream(written), $"cin-{year}.xml");
        var rewritten = Write(read, year);

        Assert.Equal(written, rewritten);
        Assert.Equal(Project(extract), Project(read));
        Assert.Empty(read.Problems);
        Assert.Equal(year, read.CollectionYear);
        Assert.Equal(LaCode, read.LaCode);
        Assert.Equal(GoldenThread.Core.Validation.CollectionYears.ReferenceDate(year), read.ReferenceDate);
    }

    [Theory]
    [InlineData("2023-24")]
    [InlineData("2024-25")]
    [InlineData("2025-26")]
    public void Every_kind_of_census_record_is_carried_through_the_file(string year)
    {
        var extract = CinCensusExtract.For(DemoRecords, year);
        var read = CinCensusReader.Read(new MemoryStream(Write(extract, year)), "cin.xml");

        int[] Counts(Core.Returns.ChildLevelDataset d) =>
        [
            d.Children.Count, d.Referrals.Count, d.Assessments.Count, d.ChildInNeedPlans.Count, d.Section47Enquiries.Count,
            d.InitialChildProtectionConferences.Count, d.ChildProtectionPlans.Count, d.ChildProtectionReviews.Count,
        ];

        Assert.Equal(Counts(extract), Counts(read));
        Assert.All(Counts(read), count => Assert.True(count > 0, "every kind of record appears in the demo census"));
        Assert.Equal(read.RecordCount, read.Locations.Count);
    }
}
