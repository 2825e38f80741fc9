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

    /// <summary>
    /// Reads the files as one return. Several files are read together only as SSDA903 CSV tables. Whatever the format, a
    /// child or worker identifier longer than the database holds is refused (<see cref="ReturnLimits.CheckIdentifiers"/>).
    /// <paramref name="progress"/> hears when the format is recognised (its records are then read) and when the records are
    /// checked.
    /// </summary>
    public static ParsedReturn Read(IReadOnlyList<ReturnFile> files, string? collectionYear = null, long? maxBytes = null, DateOnly? asAt = null, IProgress<ReturnReadProgress>? progress = null)
    {
        var parsed = ReadFormat(files, collectionYear, maxBytes, asAt, progress);
        progress?.Report(new ReturnReadProgress(ReturnReadStage.Checking, parsed.Format));
        ReturnLimits.CheckIdentifiers(parsed.Data, parsed.FileName);
        return parsed;
    }

    private static ParsedReturn ReadFormat(IReadOnlyList<ReturnFile> files, string? collectionYear, long? maxBytes, DateOnly? asAt, IProgress<ReturnReadProgress>? progress)
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
                progress?.Report(new ReturnReadProgress(ReturnReadStage.Reading, DataLoadFormats.CinCensusXml));
                using var stream = file.Open();
                return new ParsedReturn(DataLoadFormats.CinCensusXml, CinCensusReader.Read(stream, file.FileName, collectionYear), files);
            }

            if (head is [0x50, 0x4B, 0x03, 0x04, ..])
            {
                progress?.Report(new ReturnReadProgress(ReturnReadStage.Reading, DataLoadFormats.AnnexAWorkbook));
                using var stream = file.Open();
                return new ParsedReturn(DataLoadFormats.AnnexAWorkbook, AnnexAWorkbookReader.Read(stream, file.FileName, asAt, limit), files);
            }

            if (Text(head).Contains("<EXPSSDA903", StringComparison.Ordinal))
            {
                progress?.Report(new ReturnReadProgress(ReturnReadStage.Reading, DataLoadFormats.Ssda903Xml));
                using var stream = file.Open();
                return new ParsedReturn(DataLoadFormats.Ssda903Xml, Ssda903XmlReader.Read(stream, file.FileName, collectionYear, limit), files);
            }
        }

        if (files.All(f => Ssda903Tables.Recognise(CsvHeader(f.Head())) is not null))
        {
            progress?.Report(new ReturnReadProgress(ReturnReadStage.Reading, DataLoadFormats.Ssda903Csv));
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

        throw Unrecognised(files.FirstOrDefault(f => Ssda903Tables.Recognise(CsvHeader(f.Head())) is null) ?? files[0]);
    }

    /// <summary>Why a file was not recognised, when its first bytes say: a DTD, UTF-16, or a kind of file that is no return.</summary>
    private static ReturnFormatException Unrecognised(ReturnFile file)
    {
        var head = file.Head();
        var text = Text(head).TrimStart('\uFEFF');
        var doctype = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (doctype >= 0 && text.TrimStart().StartsWith('<'))
        {
            var before = text.AsSpan(0, doctype);
            return new ReturnFormatException(
                new SourceLocation(file.FileName, before.Count('\n') + 1, doctype - (before.LastIndexOf('\n') + 1) + 1, "DOCTYPE"),
                "the file has a document type definition (DTD), which is refused: a DTD can read other files and expand entities without limit");
        }

        var reason = head switch
        {
            [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] => "the file is UTF-16 text; save it as UTF-8 (in Excel, as CSV UTF-8)",
            _ when LooksLikeUtf16(head) => "the file looks like UTF-16 text without a byte order mark; save it as UTF-8 (in Excel, as CSV UTF-8)",
            [0x25, 0x50, 0x44, 0x46, ..] => "the file is a PDF document",
            [0x89, 0x50, 0x4E, 0x47, ..] => "the file is a PNG image",
            [0x1F, 0x8B, ..] => "the file is a gzip archive",
            [0xD0, 0xCF, 0x11, 0xE0, ..] => "the file is an Excel 97-2003 workbook (.xls) or a password-protected workbook; save it as an Excel Workbook (.xlsx) without a password",
            [0x50, 0x4B, 0x05, 0x06, ..] => "the file is an empty zip archive",
            [0x4D, 0x5A, ..] => "the file is a Windows program",
            _ when head.AsSpan().Contains((byte)0) => "the file is not text: it looks like binary data",
            _ when !IsUtf8(head) => "the file is not UTF-8 text; save it as UTF-8 (in Excel, as CSV UTF-8)",
            _ => null,
        };
        return new ReturnFormatException(new SourceLocation(file.FileName, 1, null, null), reason is null ? NotRecognised : $"{reason}, so {NotRecognised}");
    }

    /// <summary>Two or more NUL bytes in every other position of the first bytes: ASCII written as UTF-16.</summary>
    private static bool LooksLikeUtf16(byte[] head)
    {
        var sample = head.AsSpan(0, Math.Min(head.Length, 64));
        if (sample.Length < 4)
        {
            return false;
        }

        var even = 0;
        var odd = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                _ = i % 2 == 0 ? even++ : odd++;
            }
        }

        return Math.Max(even, odd) >= sample.Length / 4 && Math.Min(even, odd) == 0;
    }

    /// <summary>Whether the bytes are UTF-8 (a sequence cut off by the end of the head is allowed).</summary>
    private static bool IsUtf8(byte[] head)
    {
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        try
        {
            decoder.GetCharCount(head, 0, head.Length, flush: false);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
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

/// <summary>What reading a return is doing: reading the records of a recognised format, or checking the records read.</summary>
public enum ReturnReadStage
{
    Reading,
    Checking,
}

/// <summary>A step of <see cref="ReturnReader.Read"/>, with the format the files were recognised as.</summary>
public readonly record struct ReturnReadProgress(ReturnReadStage Stage, string Format);
