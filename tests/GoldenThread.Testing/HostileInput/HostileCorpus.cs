using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace GoldenThread.Testing.HostileInput;

/// <summary>What reading a corpus file must do: be refused with a message, be kept with a reported problem, or be kept with its formula text neutralised in every export.</summary>
public sealed record CorpusExpectation(string Outcome, string Message)
{
    public const string Rejected = "rejected";
    public const string Kept = "kept";
    public const string Neutralised = "neutralised";
}

/// <summary>
/// The hostile-input corpus: the small files checked in under tests/GoldenThread.Core.Tests/HostileInput/Corpus (written by
/// make_corpus.py there) and the huge ones generated here, deterministically, into a temporary folder (zip bombs, huge
/// values, deep nesting). corpus.json names what each must do.
/// </summary>
public static class HostileCorpus
{
    /// <summary>The files this class generates, with the byte counts that make them hostile.</summary>
    public static readonly IReadOnlyList<string> GeneratedNames =
    [
        "gen-cin-huge-element-text.xml",
        "gen-cin-huge-attribute.xml",
        "gen-cin-deep-nesting.xml",
        "gen-cin-deep-nesting-in-unknown-element.xml",
        "gen-cin-many-cdata-pieces.xml",
        "gen-903-huge-field.csv",
        "gen-903-huge-line-without-newline.csv",
        "gen-903x-deep-nesting.xml",
        "gen-903x-huge-text.xml",
        "gen-annexa-zip-bomb.xlsx",
        "gen-annexa-too-many-parts.xlsx",
        "gen-huge-binary.bin",
    ];

    private const int HugeCharacters = 20_000_000;

    private const string CinHead = """
        <?xml version="1.0" encoding="utf-8"?>
        <Message>
          <Header>
            <CollectionDetails>
              <Collection>CIN</Collection>
              <Year>2025</Year>
              <ReferenceDate>2025-03-31</ReferenceDate>
            </CollectionDetails>
            <Source>
              <SourceLevel>L</SourceLevel>
              <LEA>211</LEA>
              <SoftwareCode>GoldenThread</SoftwareCode>
              <Release>1.0</Release>
              <SerialNo>001</SerialNo>
              <DateTime>2025-03-31T00:00:00</DateTime>
            </Source>
          </Header>
          <Children>
            <Child>
              <ChildIdentifiers>
        """;

    private const string CinTail = """
                <PersonBirthDate>2019-10-19</PersonBirthDate>
                <Sex>M</Sex>
              </ChildIdentifiers>
              <ChildCharacteristics>
                <Ethnicity>WBRI</Ethnicity>
              </ChildCharacteristics>
              <CINdetails>
                <CINreferralDate>2024-03-27</CINreferralDate>
                <ReferralSource>6</ReferralSource>
                <PrimaryNeedCode>N1</PrimaryNeedCode>
              </CINdetails>
            </Child>
          </Children>
        </Message>
        """;

    private const string Ssda903XmlHead = """
        <?xml version="1.0" encoding="utf-8"?>
        <EXPSSDA903>
          <CHILD>
            <HEADER>
        """;

    /// <summary>The folder of checked-in files (copied beside the test assembly).</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "HostileInput", "Corpus");

    /// <summary>corpus.json: file name to expectation.</summary>
    public static IReadOnlyDictionary<string, CorpusExpectation> Manifest()
    {
        using var stream = File.OpenRead(Path.Combine(Folder, "corpus.json"));
        return JsonSerializer.Deserialize<Dictionary<string, CorpusExpectation>>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidDataException("corpus.json is empty");
    }

    /// <summary>Every corpus file: those checked in, then those generated into <paramref name="generatedFolder"/>.</summary>
    public static IReadOnlyList<string> Files(string generatedFolder) =>
    [
        .. Directory.EnumerateFiles(Folder).Where(f => Path.GetFileName(f) != "corpus.json").Order(StringComparer.Ordinal),
        .. GeneratedNames.Select(n => Path.Combine(generatedFolder, n)),
    ];

    /// <summary>Writes the generated files into the folder (a few seconds; about 120 MB on disk).</summary>
    public static void Generate(string folder)
    {
        Directory.CreateDirectory(folder);
        WriteText(folder, "gen-cin-huge-element-text.xml", w =>
        {
            w.Write(CinHead);
            w.Write("      <LAchildID>");
            Repeat(w, 'A', HugeCharacters);
            w.Write("</LAchildID>\n");
            w.Write(CinTail);
        });
        WriteText(folder, "gen-cin-huge-attribute.xml", w =>
        {
            w.Write(CinHead.Replace("<Child>", "<Child note=\"", StringComparison.Ordinal).Replace("      <ChildIdentifiers>", string.Empty, StringComparison.Ordinal));
            Repeat(w, 'A', HugeCharacters);
            w.Write("\">\n      <ChildIdentifiers>\n      <LAchildID>C1</LAchildID>\n");
            w.Write(CinTail);
        });
        WriteText(folder, "gen-cin-deep-nesting.xml", w =>
        {
            w.Write(CinHead);
            w.Write("      <LAchildID>C1</LAchildID>\n");
            w.Write(CinTail.Replace("</Message>", string.Empty, StringComparison.Ordinal).Replace("</Children>", string.Empty, StringComparison.Ordinal));
            Nest(w, "Children", 100_000);
            w.Write("</Children>\n</Message>\n");
        });
        WriteText(folder, "gen-cin-deep-nesting-in-unknown-element.xml", w =>
        {
            w.Write(CinHead);
            w.Write("      <LAchildID>C1</LAchildID>\n");
            Nest(w, "Note", 100_000);
            w.Write(CinTail);
        });
        WriteText(folder, "gen-cin-many-cdata-pieces.xml", w =>
        {
            w.Write(CinHead);
            w.Write("      <LAchildID>");
            for (var i = 0; i < 400_000; i++)
            {
                w.Write("<![CDATA[A]]>");
            }

            w.Write("</LAchildID>\n");
            w.Write(CinTail);
        });
        WriteText(folder, "gen-903-huge-field.csv", w =>
        {
            w.Write("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nC1,1,03/12/2014,WBRI,");
            Repeat(w, 'A', HugeCharacters);
            w.Write(",,\r\n");
        });
        WriteText(folder, "gen-903-huge-line-without-newline.csv", w => Repeat(w, 'A', HugeCharacters));
        WriteText(folder, "gen-903x-deep-nesting.xml", w =>
        {
            w.Write(Ssda903XmlHead);
            w.Write("      <CHILDID>C1</CHILDID>\n");
            Nest(w, "OC3", 100_000);
            w.Write("    </HEADER>\n  </CHILD>\n</EXPSSDA903>\n");
        });
        WriteText(folder, "gen-903x-huge-text.xml", w =>
        {
            w.Write(Ssda903XmlHead);
            w.Write("      <CHILDID>C1</CHILDID>\n      <ETHNIC>");
            Repeat(w, 'A', HugeCharacters);
            w.Write("</ETHNIC>\n    </HEADER>\n  </CHILD>\n</EXPSSDA903>\n");
        });
        WriteZipBomb(Path.Combine(folder, "gen-annexa-zip-bomb.xlsx"));
        using (var stream = File.Create(Path.Combine(folder, "gen-annexa-too-many-parts.xlsx")))
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            for (var i = 0; i < 20_000; i++)
            {
                zip.CreateEntry($"xl/media/part{i}.bin", CompressionLevel.NoCompression);
            }
        }

        var random = new Random(20261126);
        var garbage = new byte[8 * 1024 * 1024];
        random.NextBytes(garbage);
        File.WriteAllBytes(Path.Combine(folder, "gen-huge-binary.bin"), garbage);
    }

    /// <summary>A real zip bomb: a package whose one sheet unpacks to 1.1 GiB of spaces from about 1 MB.</summary>
    private static void WriteZipBomb(string path)
    {
        using var stream = File.Create(path);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create);
        using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
        {
            types.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        }

        using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
        var block = new byte[1 << 20];
        Array.Fill(block, (byte)' ');
        for (var i = 0; i < 1100; i++)
        {
            sheet.Write(block);
        }
    }

    private static void WriteText(string folder, string name, Action<StreamWriter> write)
    {
        using var writer = new StreamWriter(Path.Combine(folder, name), false, new UTF8Encoding(false), 1 << 16);
        write(writer);
    }

    private static void Repeat(StreamWriter writer, char c, int count)
    {
        var chunk = new string(c, 1 << 16);
        for (var written = 0; written < count; written += chunk.Length)
        {
            writer.Write(chunk.AsSpan(0, Math.Min(chunk.Length, count - written)));
        }
    }

    private static void Nest(StreamWriter writer, string name, int depth)
    {
        for (var i = 0; i < depth; i++)
        {
            writer.Write('<');
            writer.Write(name);
            writer.Write('>');
        }

        for (var i = 0; i < depth; i++)
        {
            writer.Write("</");
            writer.Write(name);
            writer.Write('>');
        }
    }
}
