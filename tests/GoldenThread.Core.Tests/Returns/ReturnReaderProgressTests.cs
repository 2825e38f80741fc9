using System.Text;
using GoldenThread.Core.Model;
using GoldenThread.Core.Returns;
using GoldenThread.Core.Tests.Returns.CinCensus;

namespace GoldenThread.Core.Tests.Returns;

/// <summary>What reading a return tells its caller as it goes: the format once recognised, then that the records are being checked.</summary>
public sealed class ReturnReaderProgressTests
{
    [Fact]
    public void A_return_reports_its_format_when_recognised_and_then_the_checking_of_its_records()
    {
        var steps = new Steps();
        var parsed = ReturnReader.Read([ReturnFile.FromBytes("synthetic-census.xml", Encoding.UTF8.GetBytes(CinCensusSamples.OneChild))], progress: steps);

        Assert.Equal(DataLoadFormats.CinCensusXml, parsed.Format);
        Assert.Equal(
            [new ReturnReadProgress(ReturnReadStage.Reading, DataLoadFormats.CinCensusXml), new ReturnReadProgress(ReturnReadStage.Checking, DataLoadFormats.CinCensusXml)],
            steps.Seen);
    }

    [Fact]
    public void A_file_that_is_no_return_reports_nothing_before_it_is_refused()
    {
        var steps = new Steps();
        Assert.Throws<ReturnFormatException>(() => ReturnReader.Read([ReturnFile.FromBytes("notes.txt", "just some notes\n"u8.ToArray())], progress: steps));
        Assert.Empty(steps.Seen);
    }

    /// <summary>Collects the steps as they are reported, on the reading thread (<see cref="Progress{T}"/> would post them later).</summary>
    private sealed class Steps : IProgress<ReturnReadProgress>
    {
        public List<ReturnReadProgress> Seen { get; } = [];

        public void Report(ReturnReadProgress value) => Seen.Add(value);
    }
}
