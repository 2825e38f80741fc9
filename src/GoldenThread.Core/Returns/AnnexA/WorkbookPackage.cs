using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace GoldenThread.Core.Returns.AnnexA;

/// <summary>
/// Checks an .xlsx package before any spreadsheet code opens it: a zip bomb (more parts, or more unpacked bytes, than
/// <see cref="ReturnLimits"/> allows), macros, links to other files, and DTDs in any XML part are refused, each with a
/// message naming the file and the part.
/// </summary>
internal static class WorkbookPackage
{
    private static readonly XmlReaderSettings _settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    /// <exception cref="ReturnFormatException">The package is damaged, too large unpacked, or holds something refused.</exception>
    public static void Check(MemoryStream workbook, string fileName)
    {
        try
        {
            using var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
            var entries = zip.Entries;
            if (entries.Count > ReturnLimits.MaxWorkbookParts)
            {
                throw Refused(fileName, null, string.Create(CultureInfo.InvariantCulture, $"the workbook has {entries.Count:N0} parts, over the limit of {ReturnLimits.MaxWorkbookParts:N0}: refused as a possible zip bomb"));
            }

            var unpacked = 0L;
            foreach (var entry in entries)
            {
                unpacked += entry.Length;
                if (unpacked > ReturnLimits.MaxWorkbookUncompressedBytes)
                {
                    throw Refused(fileName, entry.FullName, string.Create(CultureInfo.InvariantCulture, $"the workbook unpacks to more than {ReturnLimits.MaxWorkbookUncompressedBytes:N0} bytes: refused as a possible zip bomb"));
                }
            }

            if (zip.GetEntry("xl/workbook.xml") is null)
            {
                throw Refused(fileName, null, "not an Excel workbook (.xlsx): the zip package has no workbook part (xl/workbook.xml)");
            }

            foreach (var entry in entries)
            {
                CheckPart(entry, fileName);
            }
        }
        catch (InvalidDataException exception)
        {
            throw Refused(fileName, null, $"not an Excel workbook (.xlsx): the zip package is damaged or truncated ({exception.Message})");
        }
    }

    private static void CheckPart(ZipArchiveEntry entry, string fileName)
    {
        var name = entry.FullName;
        if (name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))
        {
            throw Refused(fileName, name, "the workbook holds macros, which are refused: save it as an Excel Workbook (.xlsx) without macros");
        }

        if (name.StartsWith("xl/externalLinks/", StringComparison.OrdinalIgnoreCase))
        {
            throw Refused(fileName, name, "the workbook links to other workbooks (external links), which is refused: paste the values in and save it again");
        }

        if (!name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        try
        {
            using var reader = XmlReader.Create(entry.Open(), _settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (name == "[Content_Types].xml" && reader.GetAttribute("ContentType") is { } type
                    && (type.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || type.Contains("vbaProject", StringComparison.OrdinalIgnoreCase)))
                {
                    throw Refused(fileName, name, "the workbook is macro-enabled, which is refused: save it as an Excel Workbook (.xlsx) without macros");
                }

                if (name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
                    && reader.LocalName == "Relationship"
                    && string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase)
                    && reader.GetAttribute("Type") is { } relationship
                    && !relationship.EndsWith("/hyperlink", StringComparison.Ordinal))
                {
                    throw Refused(fileName, name, $"the workbook links to a file outside it ({reader.GetAttribute("Target")}), which is refused");
                }

                if (name != "[Content_Types].xml" && !name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                {
                    // Only the prolog (where a DTD would be) is read from the other parts.
                    return;
                }
            }
        }
        catch (XmlException exception)
        {
            throw exception.Message.Contains("DTD", StringComparison.Ordinal)
                ? Refused(fileName, name, "the part has a document type definition (DTD), which is refused: a DTD can read other files and expand entities without limit")
                : Refused(fileName, name, $"the part is not well-formed XML ({exception.Message})");
        }
    }

    private static ReturnFormatException Refused(string fileName, string? part, string problem) =>
        new(new SourceLocation(fileName, null, null, part), problem);
}
