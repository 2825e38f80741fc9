using System.IO.Compression;
using GoldenThread.Core.Exports;
using GoldenThread.Core.Improvement;

namespace GoldenThread.Core.Tests.Improvement;

/// <summary>Evidence files are recognised by content, within a size limit; spreadsheet text never becomes a formula.</summary>
public sealed class EvidenceAndSpreadsheetTests
{
    private static readonly byte[] Pdf = "%PDF-1.7\n%synthetic\n"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    private static readonly byte[] Jpg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16];

    private static byte[] Package(params string[] parts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var part in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(part).Open());
                writer.Write("<x/>");
            }
        }

        return stream.ToArray();
    }

    [Fact]
    public void Each_allowed_type_is_accepted_when_its_content_matches_its_extension()
    {
        Assert.Equal("application/pdf", EvidenceFiles.Check("audit.pdf", Pdf).Type!.ContentType);
        Assert.Equal("image/png", EvidenceFiles.Check("chart.PNG", Png).Type!.ContentType);
        Assert.Equal("image/jpeg", EvidenceFiles.Check("photo.jpeg", Jpg).Type!.ContentType);
        Assert.Equal("image/jpeg", EvidenceFiles.Check("photo.jpg", Jpg).Type!.ContentType);
        Assert.Equal(".docx", EvidenceFiles.Check("minutes.docx", Package("[Content_Types].xml", "word/document.xml")).Type!.Extension);
        Assert.Equal(".xlsx", EvidenceFiles.Check("tracker.xlsx", Package("[Content_Types].xml", "xl/workbook.xml")).Type!.Extension);
    }

    [Theory]
    [InlineData("report.pdf", "png")]
    [InlineData("report.png", "pdf")]
    [InlineData("tool.exe", "pdf")]
    [InlineData("notes.txt", "text")]
    [InlineData("renamed.pdf", "text")]
    [InlineData("script.pdf", "exe")]
    [InlineData("archive.docx", "zip")]
    [InlineData("workbook.docx", "xlsx")]
    [InlineData("broken.xlsx", "brokenzip")]
    public void A_file_whose_content_is_not_what_its_extension_says_is_refused(string name, string content)
    {
        var bytes = content switch
        {
            "png" => Png,
            "pdf" => Pdf,
            "text" => "just some notes"u8.ToArray(),
            "exe" => [0x4D, 0x5A, 0x90, 0x00],
            "zip" => Package("readme.txt"),
            "xlsx" => Package("[Content_Types].xml", "xl/workbook.xml"),
            _ => [0x50, 0x4B, 0x03, 0x04, 1, 2, 3],
        };
        var check = EvidenceFiles.Check(name, bytes);
        Assert.False(check.IsAccepted);
        Assert.Equal("The selected file must be a PDF, DOCX, XLSX, PNG or JPG", check.Error);
    }

    [Fact]
    public void Files_must_not_be_empty_or_larger_than_the_limit()
    {
        Assert.Equal("The selected file is empty", EvidenceFiles.Check("a.pdf", []).Error);
        var limit = new byte[EvidenceFiles.DefaultMaxBytes];
        Pdf.CopyTo(limit, 0);
        Assert.True(EvidenceFiles.Check("a.pdf", limit).IsAccepted);
        var over = new byte[EvidenceFiles.DefaultMaxBytes + 1];
        Pdf.CopyTo(over, 0);
        Assert.Equal("The selected file must be smaller than 10MB", EvidenceFiles.Check("a.pdf", over).Error);
        Assert.Equal(10L * 1024 * 1024, EvidenceFiles.DefaultMaxBytes);
    }

    [Theory]
    [InlineData(512, "512 bytes")]
    [InlineData(2048, "2KB")]
    [InlineData(10485760, "10MB")]
    [InlineData(1572864, "1.5MB")]
    public void Sizes_are_written_as_people_read_them(long bytes, string text) => Assert.Equal(text, EvidenceFiles.Size(bytes));

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.invalid\")", "'=HYPERLINK(\"http://example.invalid\")")]
    [InlineData("+44 20", "'+44 20")]
    [InlineData("-5 days", "'-5 days")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "'\r=1+1")]
    [InlineData("Plain text = fine", "Plain text = fine")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Spreadsheet_text_starting_with_a_formula_character_is_neutralised(string? text, string expected) =>
        Assert.Equal(expected, SpreadsheetText.Neutralise(text));
}
