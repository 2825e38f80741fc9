using System.Text;
using GoldenThread.Core.Model;
using GoldenThread.Core.Returns.AnnexA;
using GoldenThread.Core.Returns.CinCensus;
using GoldenThread.Core.Returns.Ssda903;

namespace GoldenThread.Core.Returns;

/// <summary>
/// Recognises a return from its content (never its file name) and reads it with the right reader.
/// </summary>
public static class ReturnReader
{
    public const string NotRecognised = "the format was not recognised: expected a CIN census XML file, SSDA903 tables (CSV or XML) or an Ofsted Annex A workbook";

    /// <summary>Reads the files as one return. Several files are read together only as SSDA903 CSV tables.</summary>
    public static ParsedReturn Read(IReadOnlyList<ReturnFile> files, string? collectionYear = null, long? maxBytes = null, DateOnly? asAt = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0)
        {
            throw new ArgumentException("No files were given.", nameof(files));
        }

        foreach (var file in files)
        {
            if (file.Length == 0)
            {
                throw new ReturnFormatException(new SourceLocation(file.FileName, null, null, null), "the file is empty");
            }

            if (maxBytes is { } most && file.Length > most)
            {
                throw new ReturnFormatException(
                    new SourceLocation(file.FileName, null, null, null),
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the file is {file.Length:N0} bytes, over the limit of {most:N0} bytes"));
            }
        }

        var limit = maxBytes ?? Ssda903CsvReader.DefaultMaxFileBytes;
        if (files.Count == 1)
        {
            var file = files[0];
            var head = file.Head();
            if (CinCensusReader.IsCinCensus(head))
            {
                using var stream = file.Open();
                return new ParsedReturn(DataLoadFormats.CinCensusXml, CinCensusReader.Read(stream, file.FileName, collectionYear), files);
            }

            if (head is [0x50, 0x4B, 0x03, 0x04, ..])
            {
                using var stream = file.Open();
                return new ParsedReturn(DataLoadFormats.AnnexAWorkbook, AnnexAWorkbookReader.Read(stream, file.FileName, asAt, limit), files);
            }

            if (Text(head).Contains("<EXPSSDA903", StringComparison.Ordinal))
            {
                using var stream = file.Open();
                return new ParsedReturn(DataLoadFormats.Ssda903Xml, Ssda903XmlReader.Read(stream, file.FileName, collectionYear, limit), files);
            }
        }

        if (files.All(f => Ssda903Tables.Recognise(CsvHeader(f.Head())) is not null))
        {
            var streams = files.Select(f => (f.FileName, f.Open())).ToList();
            try
            {
                return new ParsedReturn(DataLoadFormats.Ssda903Csv, Ssda903CsvReader.Read(streams, collectionYear, limit), files);
            }
            finally
            {
                foreach (var (_, stream) in streams)
                {
                    stream.Dispose();
                }
            }
        }

        throw new ReturnFormatException(new SourceLocation(files[0].FileName, 1, null, null), NotRecognised);
    }

    private static string Text(byte[] head) => Encoding.UTF8.GetString(head);

    /// <summary>The column names on a CSV file's first line (enough to recognise an SSDA903 table).</summary>
    private static string[] CsvHeader(byte[] head)
    {
        var text = Text(head).TrimStart('\uFEFF');
        var end = text.IndexOfAny(['\r', '\n']);
        var line = end < 0 ? text : text[..end];
        return [.. line.Split(',').Select(c => c.Trim().Trim('"').Trim())];
    }
}
