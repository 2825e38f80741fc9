using System.IO.Compression;
using System.Xml;
using CsvHelper;
using GoldenThread.Core.Exports;
using GoldenThread.Core.Published;
using GoldenThread.Core.Returns;
using GoldenThread.Core.Returns.AnnexA;
using GoldenThread.Core.Returns.Ssda903;
using GoldenThread.Testing.HostileInput;

namespace GoldenThread.Core.Tests.HostileInput;

/// <summary>
/// Every file of the hostile-input corpus (corpus.json says what each must do) is read as the CLI and the upload page read
/// it: it is refused with a message naming the file and where in it, or kept with the problem reported, or kept with its
/// formula text neutralised in every spreadsheet export; and no file takes more than a few seconds.
/// </summary>
public sealed class HostileCorpusTests
{
    private static readonly TimeSpan MostTimePerFile = TimeSpan.FromSeconds(20);

    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var name in HostileCorpus.Manifest().Keys.Order(StringComparer.Ordinal))
        {
            names.Add(name);
        }

        return names;
    }

    [Fact]
    public void The_corpus_has_at_least_100_files_each_with_an_expectation()
    {
        var manifest = HostileCorpus.Manifest();
        var files = HostileCorpus.Files(GeneratedCorpus.Folder).Select(Path.GetFileName).ToList();
        Assert.True(files.Count >= 100, $"{files.Count} files");
        Assert.Empty(files.Except(manifest.Keys, StringComparer.Ordinal));
        Assert.Empty(manifest.Keys.Except(files, StringComparer.Ordinal));
        Assert.All(manifest.Values, e => Assert.Contains(e.Outcome, new[] { CorpusExpectation.Rejected, CorpusExpectation.Kept, CorpusExpectation.Neutralised }));
        Assert.All(manifest.Values.Where(e => e.Outcome != CorpusExpectation.Neutralised), e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Each_file_is_refused_clearly_or_kept_safely(string name)
    {
        var expected = HostileCorpus.Manifest()[name];
        var path = HostileCorpus.Files(GeneratedCorpus.Folder).Single(f => Path.GetFileName(f) == name);
        var reading = Task.Run(() => ReadAsTheCliDoes(path));
        var first = await Task.WhenAny(reading, Task.Delay(MostTimePerFile));
        Assert.True(first == reading, $"{name} was still being read after {MostTimePerFile.TotalSeconds} s");
        var (data, error) = await reading;
        switch (expected.Outcome)
        {
            case CorpusExpectation.Rejected:
                Assert.True(error is not null, $"{name} was read without error; expected: {expected.Message}");
                Assert.StartsWith(name, error.Message, StringComparison.Ordinal);
                Assert.Equal(name, error.Location.File);
                Assert.True(error.Message.Contains(expected.Message, StringComparison.Ordinal), $"{error.Message}\nshould contain: {expected.Message}");
                break;
            case CorpusExpectation.Kept:
                Assert.True(error is null, $"{name}: {error?.Message}");
                Assert.True(
                    data!.Problems.Any(p => p.Location.File == name && (p.Location + ": " + p.Message).Contains(expected.Message, StringComparison.Ordinal)),
                    $"no problem contains: {expected.Message}\n{string.Join('\n', data.Problems.Select(p => p.Location + ": " + p.Message))}");
                break;
            default:
                Assert.True(error is null, $"{name}: {error?.Message}");
                AssertNeutralisedOnExport(data!);
                break;
        }
    }

    /// <summary>Reads a file as <c>goldenthread import</c> does: published statistics by their columns, else a return.</summary>
    private static (ChildLevelDataset? Data, ReturnFormatException? Error) ReadAsTheCliDoes(string path)
    {
        try
        {
            var name = Path.GetFileName(path);
            bool published;
            using (var stream = File.OpenRead(path))
            {
                published = PublishedFileReader.Recognises(stream, name);
            }

            if (published)
            {
                using var stream = File.OpenRead(path);
                PublishedFileReader.ReadAllStatistics(stream, name);
                return (new ChildLevelDataset { Collection = "dfe-published" }, null);
            }

            return (ReturnReader.Read([ReturnFile.FromPath(path)], maxBytes: 500L * 1024 * 1024, asAt: new DateOnly(2025, 3, 31)).Data, null);
        }
        catch (ReturnFormatException exception)
        {
            return (null, exception);
        }
    }

    /// <summary>
    /// Writes the Annex A workbook and the SSDA903 tables from what was read: no cell may start a formula, and at least one
    /// cell must carry the guard (so the hostile value did reach an export).
    /// </summary>
    private static void AssertNeutralisedOnExport(ChildLevelDataset data)
    {
        var cells = new List<string>();
        using (var workbook = new MemoryStream())
        {
            AnnexAWorkbookWriter.Write(data, new DateOnly(2025, 3, 31), workbook);
            workbook.Position = 0;
            using var zip = new ZipArchive(workbook, ZipArchiveMode.Read);
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) || e.FullName == "xl/sharedStrings.xml"))
            {
                using var reader = XmlReader.Create(entry.Open());
                while (reader.Read())
                {
                    if (reader.NodeType == XmlNodeType.Text && reader.Depth > 0)
                    {
                        cells.Add(reader.Value);
                    }
                }
            }
        }

        var folder = Directory.CreateTempSubdirectory("goldenthread-hostile-");
        try
        {
            foreach (var file in Ssda903CsvWriter.Write(data, folder.FullName))
            {
                using var reader = CsvReader.Create(File.OpenRead(file), new CsvReaderOptions { HasHeader = false }, leaveOpen: false);
                while (reader.Read())
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        cells.Add(reader.GetString(i));
                    }
                }
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        Assert.DoesNotContain(cells, c => c.Length > 0 && SpreadsheetText.IsFormulaStart(c[0]));
        Assert.Contains(cells, c => c.Length > 1 && c[0] == SpreadsheetText.FormulaGuard && SpreadsheetText.IsFormulaStart(c[1]));
    }
}

/// <summary>The generated (huge) corpus files, written once per test run.</summary>
internal static class GeneratedCorpus
{
    private static readonly Lazy<string> _folder = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), $"goldenthread-hostile-{Environment.ProcessId}");
        HostileCorpus.Generate(folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return folder;
    });

    public static string Folder => _folder.Value;
}
