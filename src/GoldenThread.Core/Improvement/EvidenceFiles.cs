using System.Globalization;
using System.IO.Compression;

namespace GoldenThread.Core.Improvement;

/// <summary>A file type accepted as evidence: its extension, content type and how its content is recognised.</summary>
public sealed record EvidenceFileType(string Extension, string ContentType, string Name);

/// <summary>The result of checking an uploaded evidence file.</summary>
public sealed record EvidenceFileCheck(EvidenceFileType? Type, string? Error)
{
    public bool IsAccepted => Type is not null;
}

/// <summary>
/// Evidence files: PDF, DOCX, XLSX, PNG or JPG up to a size limit, recognised by their content signature and required to
/// match their extension, so a renamed executable or script is refused.
/// </summary>
public static class EvidenceFiles
{
    public const long DefaultMaxBytes = 10L * 1024 * 1024;

    public const string AllowedDescription = "a PDF, DOCX, XLSX, PNG or JPG";

    public static IReadOnlyList<EvidenceFileType> Types { get; } =
    [
        new(".pdf", "application/pdf", "PDF"),
        new(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document"),
        new(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel workbook"),
        new(".png", "image/png", "PNG image"),
        new(".jpg", "image/jpeg", "JPG image"),
    ];

    private static readonly byte[] _pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] _png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] _jpg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] _zip = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>Checks a file's name, size and content. The content must be the whole file (needed to look inside DOCX and XLSX).</summary>
    public static EvidenceFileCheck Check(string fileName, ReadOnlySpan<byte> content, long maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (content.Length == 0)
        {
            return new(null, "The selected file is empty");
        }

        if (content.Length > maxBytes)
        {
            return new(null, $"The selected file must be smaller than {Size(maxBytes)}");
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension == ".jpeg")
        {
            extension = ".jpg";
        }

        var type = Types.SingleOrDefault(t => t.Extension == extension);
        var detected = Detect(content);
        if (type is null || detected is null || detected.Extension != type.Extension)
        {
            return new(null, $"The selected file must be {AllowedDescription}");
        }

        return new(type, null);
    }

    /// <summary>The type the content is, from its signature (and, for DOCX and XLSX, the parts inside the package), or null.</summary>
    public static EvidenceFileType? Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(_pdf))
        {
            return Types[0];
        }

        if (content.StartsWith(_png))
        {
            return Types[3];
        }

        if (content.StartsWith(_jpg))
        {
            return Types[4];
        }

        if (content.StartsWith(_zip))
        {
            return DetectOfficePackage(content.ToArray());
        }

        return null;
    }

    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024m * 1024m):0.#}MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024m:0}KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };

    private static EvidenceFileType? DetectOfficePackage(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (!names.Contains("[Content_Types].xml"))
            {
                return null;
            }

            if (names.Contains("word/document.xml"))
            {
                return Types[1];
            }

            return names.Contains("xl/workbook.xml") ? Types[2] : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
