using System.Diagnostics;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace GoldenThread.Web.Tests.Plan;

/// <summary>
/// The board pack workbook: valid Open XML (so Excel opens it without a repair prompt), the five sheets, text that cannot become a
/// formula, and a headless LibreOffice conversion to PDF as a second, independent reader.
/// </summary>
public sealed class BoardPackWorkbookTests(SqliteWebFactory factory) : IClassFixture<SqliteWebFactory>
{
    private const string Injected = "=HYPERLINK(\"http://example.invalid\",\"click\")";

    private async Task<byte[]> DownloadWithInjectedCommentaryAsync()
    {
        var director = await SignedInClient.SignInAsync(factory, "director@demo.local");
        var id = await PlanTestData.ObjectiveIdAsync(factory, "1.1");
        var edit = await director.GetDocumentAsync($"/plan/edit/objectives/{id}");
        var title = ((AngleSharp.Html.Dom.IHtmlInputElement)edit.QuerySelector("input[name=ObjectiveTitle]")!).Value;
        var difference = edit.QuerySelector("textarea[name=Difference]")!.TextContent;
        var saved = await PlanTestData.PostAsync(director, $"/plan/edit/objectives/{id}", [new("ObjectiveTitle", title), new("Difference", difference), new("Story", Injected)]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var response = await director.GetAsync("/plan/board-pack/workbook?date=2026-11-25");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("board-pack-2026-11-25.xlsx", response.Content.Headers.ContentDisposition!.FileName);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task The_workbook_is_valid_has_five_sheets_and_no_text_cell_can_be_a_formula()
    {
        var bytes = await DownloadWithInjectedCommentaryAsync();
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);

        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["RAG summary", "Exceptions", "Indicator scorecard", "Indicator trajectories", "Commentary"], sheets.Select(s => s.Name!.Value));

        var texts = new Dictionary<string, List<List<string>>>();
        foreach (var sheet in sheets)
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            Assert.Empty(part.Worksheet.Descendants<CellFormula>());
            texts[sheet.Name!] = [.. part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).ToList())];
            foreach (var cell in part.Worksheet.Descendants<Cell>().Where(c => c.InlineString is not null))
            {
                var text = cell.InlineString!.InnerText;
                Assert.False(text.Length > 0 && text[0] is '=' or '+' or '-' or '@', $"{sheet.Name}!{cell.CellReference}: {text}");
            }
        }

        Assert.Equal("Board pack as at 25 November 2026", texts["RAG summary"][1][0]);
        Assert.Equal(["Red", "3", "3"], texts["RAG summary"][5]);
        Assert.Equal(["Amber", "3", "6"], texts["RAG summary"][6]);
        Assert.Equal(["Green", "2", "10"], texts["RAG summary"][7]);
        Assert.Equal(17, texts["Exceptions"].Count);
        Assert.Equal(["Red", "Objective", "2.1"], texts["Exceptions"][2].Take(3));
        var commentary = texts["Commentary"].Single(r => r.Count > 1 && r[1] == "1.1");
        Assert.Equal("'" + Injected, commentary[4]);
        Assert.Contains(texts["Indicator trajectories"], r => r.Count > 1 && r[1] == "assessment_45wd");
    }

    [Fact]
    public async Task LibreOffice_converts_the_workbook_to_a_PDF_headlessly()
    {
        var bytes = await DownloadWithInjectedCommentaryAsync();
        var folder = Directory.CreateTempSubdirectory("goldenthread-board-pack-");
        try
        {
            var xlsx = Path.Combine(folder.FullName, "board-pack.xlsx");
            await File.WriteAllBytesAsync(xlsx, bytes);
            var start = new ProcessStartInfo("soffice")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "--headless", "--norestore", $"-env:UserInstallation=file://{folder.FullName}/profile", "--convert-to", "pdf", "--outdir", folder.FullName, xlsx })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start: install LibreOffice Calc (./test.sh does).");
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, $"soffice exited {process.ExitCode}: {await output} {await error}");

            var pdf = new FileInfo(Path.Combine(folder.FullName, "board-pack.pdf"));
            Assert.True(pdf.Exists, $"No PDF was written: {await output} {await error}");
            Assert.True(pdf.Length > 0);
            var head = new byte[5];
            await using (var stream = pdf.OpenRead())
            {
                await stream.ReadExactlyAsync(head);
            }

            Assert.Equal("%PDF-"u8.ToArray(), head);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
