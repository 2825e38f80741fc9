using GoldenThread.Core.Model;
using GoldenThread.Core.Returns.CinCensus;

namespace GoldenThread.Core.Returns;

/// <summary>
/// Recognises a return from its content (never its file name) and reads it with the right reader.
/// </summary>
public static class ReturnReader
{
    public const string NotRecognised = "the format was not recognised: expected a CIN census XML file, SSDA903 tables (CSV or XML) or an Ofsted Annex A workbook";

    /// <summary>Reads the files as one return. Several files are read together only as SSDA903 CSV tables.</summary>
    public static ParsedReturn Read(IReadOnlyList<ReturnFile> files, string? collectionYear = null, long? maxBytes = null)
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

            if (maxBytes is { } limit && file.Length > limit)
            {
                throw new ReturnFormatException(
                    new SourceLocation(file.FileName, null, null, null),
                    $"the file is {file.Length:N0} bytes, over the limit of {limit:N0} bytes");
            }
        }

        if (files.Count == 1)
        {
            var file = files[0];
            var head = file.Head();
            if (CinCensusReader.IsCinCensus(head))
            {
                using var stream = file.Open();
                return new ParsedReturn(DataLoadFormats.CinCensusXml, CinCensusReader.Read(stream, file.FileName, collectionYear), files);
            }
        }

        throw new ReturnFormatException(new SourceLocation(files[0].FileName, 1, null, null), NotRecognised);
    }
}
