using GoldenThread.Core.Returns;
using GoldenThread.Core.Returns.Ssda903;

namespace GoldenThread.Core.Tests.Returns.Ssda903;

public sealed class Ssda903RoundTripTests : IDisposable
{
    private static readonly Lazy<ChildLevelDataset> _extract = new(() => Ssda903Extract.For(DemoReturns.All, "2024-25"));

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gt-903-" + Guid.NewGuid().ToString("N"));

    private static ChildLevelDataset Extract => _extract.Value;

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void The_extract_holds_every_table_of_the_return()
    {
        Assert.Equal("903", Extract.Collection);
        Assert.Equal(new DateOnly(2025, 3, 31), Extract.ReferenceDate);
        Assert.All(
            new[]
            {
                Extract.Children.Count, Extract.CareEpisodes.Count, Extract.CareReviews.Count, Extract.MissingEpisodes.Count,
                Extract.HealthRecords.Count, Extract.CareLeaverRecords.Count, Extract.AdoptionRecords.Count, Extract.SocialWorkerEpisodes.Count,
                Extract.Children.Count(c => c.UnaccompaniedAsylumSeekingDate is not null),
            },
            count => Assert.True(count > 0));
        Assert.Contains(Extract.CareEpisodes, e => e.LegalStatus is "V3" or "V4");
    }

    [Fact]
    public void Csv_files_read_back_equal_the_extract()
    {
        var paths = Ssda903CsvWriter.Write(Extract, _directory);

        var read = ReadCsv(paths, collectionYear: null);

        Assert.Equal(11, paths.Count);
        Assert.Equal("2024-25", read.CollectionYear);
        Assert.Equal(DemoReturns.Describe(Extract), DemoReturns.Describe(read));
        Assert.Equal(ExpectedProblems(), read.Problems.Select(p => p.ToString()).ToList());
    }

    [Fact]
    public void Xml_reads_back_equal_to_the_extract()
    {
        using var stream = new MemoryStream();
        Ssda903XmlWriter.Write(Extract, stream);
        stream.Position = 0;

        var read = Ssda903XmlReader.Read(stream, "ssda903_2024-25.xml");

        Assert.Equal(DemoReturns.Describe(Extract), DemoReturns.Describe(read));
        Assert.Equal(ExpectedProblems().Count, read.Problems.Count);
    }

    [Fact]
    public void Tables_are_recognised_by_their_columns_whatever_the_files_are_called()
    {
        var paths = Ssda903CsvWriter.Write(Extract, _directory);
        var shuffled = paths.OrderBy(p => Path.GetFileName(p).GetHashCode(StringComparison.Ordinal)).Select((p, i) => (p, Name: $"upload_{i:00}.csv")).ToList();
        var streams = shuffled.Select(s => (s.Name, (Stream)File.OpenRead(s.p))).ToList();
        try
        {
            var read = Ssda903CsvReader.Read(streams, collectionYear: "2024-25");

            Assert.Equal(DemoReturns.Describe(Extract), DemoReturns.Describe(read));
        }
        finally
        {
            streams.ForEach(s => s.Item2.Dispose());
        }
    }

    [Fact]
    public void Without_a_year_in_the_names_the_year_comes_from_the_latest_date()
    {
        var paths = Ssda903CsvWriter.Write(Extract, _directory);
        var streams = paths.Select((p, i) => ($"table{i}.csv", (Stream)File.OpenRead(p))).ToList();
        try
        {
            var read = Ssda903CsvReader.Read(streams, collectionYear: null);

            Assert.Equal("2024-25", read.CollectionYear);
            Assert.Equal(new DateOnly(2025, 3, 31), read.ReferenceDate);
        }
        finally
        {
            streams.ForEach(s => s.Item2.Dispose());
        }
    }

    [Fact]
    public void Writing_twice_gives_the_same_bytes()
    {
        var first = Ssda903CsvWriter.Write(Extract, Path.Combine(_directory, "a"));
        var second = Ssda903CsvWriter.Write(Extract, Path.Combine(_directory, "b"));
        using var xmlA = new MemoryStream();
        using var xmlB = new MemoryStream();
        Ssda903XmlWriter.Write(Extract, xmlA);
        Ssda903XmlWriter.Write(Extract, xmlB);

        Assert.Equal(first.Select(File.ReadAllBytes), second.Select(File.ReadAllBytes));
        Assert.Equal(xmlA.ToArray(), xmlB.ToArray());
    }

    [Fact]
    public void Each_table_is_written_with_exactly_the_dfe_columns()
    {
        var paths = Ssda903CsvWriter.Write(Extract, _directory);

        var headers = paths.Select(p => File.ReadLines(p).First()).ToList();

        Assert.Equal(
            [
                "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB",
                "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN",
                "CHILD,DOB,REVIEW,REVIEW_CODE",
                "CHILD,SEX,DOB,DUC",
                "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED",
                "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM",
                "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR",
                "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
                "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM",
                "CHILD,DOB,MISSING,MIS_START,MIS_END",
                "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON",
            ],
            headers);
        Assert.Equal("ssda903_2024-25_episodes.csv", Path.GetFileName(paths[1]));
    }

    private static ChildLevelDataset ReadCsv(IEnumerable<string> paths, string? collectionYear)
    {
        var streams = paths.Select(p => (Path.GetFileName(p), (Stream)File.OpenRead(p))).ToList();
        try
        {
            return Ssda903CsvReader.Read(streams, collectionYear);
        }
        finally
        {
            streams.ForEach(s => s.Item2.Dispose());
        }
    }

    /// <summary>The only problems a demo return has: children whose sex is recorded as U, which SSDA903's SEX (1 or 2) cannot say.</summary>
    private static List<string> ExpectedProblems()
    {
        var lines = Extract.Children.Select((c, i) => (c, Line: i + 2)).Where(p => p.c.Sex is not ("M" or "F"));
        return lines.Select(p => $"ImportProblem {{ Location = ssda903_2024-25_header.csv, line {p.Line}, column SEX, Message = '{p.c.Sex}' is not a known SEX code }}").ToList();
    }
}
