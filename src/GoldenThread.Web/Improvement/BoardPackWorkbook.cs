using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GoldenThread.Core.Exports;
using GoldenThread.Core.Improvement;

namespace GoldenThread.Web.Improvement;

/// <summary>
/// The board pack as an Excel workbook: RAG summary, exceptions, indicator trajectories and commentary, one sheet each.
/// Every text cell goes through <see cref="SpreadsheetText.Neutralise"/>, so nothing typed into the plan can become a formula.
/// </summary>
public static class BoardPackWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const uint _header = 1;
    private const uint _title = 2;
    private const uint _date = 3;
    private const uint _red = 4;
    private const uint _amber = 5;
    private const uint _green = 6;
    private const uint _notAssessed = 7;
    private const uint _wrap = 8;
    private const uint _number = 9;

    public static string FileName(DateOnly asAt) => $"board-pack-{asAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.xlsx";

    public static byte[] Write(BoardPack pack, bool synthetic)
    {
        ArgumentNullException.ThrowIfNull(pack);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            var asAt = SlippageRules.Date(pack.AsAt);

            var summary = new List<Row>
            {
                Row(Text(pack.Title, _title)),
                Row(Text($"Board pack as at {asAt}")),
                Row(Text(synthetic ? "Synthetic demo data: every name and figure is invented." : "Produced by GoldenThread from the improvement plan and its updates log.")),
                Row(),
                Row(Text("RAG", _header), Text("Objectives", _header), Text("Actions", _header)),
            };
            foreach (var rag in new[] { Rag.Red, Rag.Amber, Rag.Green, Rag.NotAssessed })
            {
                summary.Add(Row(RagCell(rag, SlippageRules.Name(rag)), Number(pack.ObjectiveCounts[rag]), Number(pack.ActionCounts[rag])));
            }

            summary.Add(Row());
            summary.Add(Row(Text("Theme", _header), Text("Ref", _header), Text("Objective", _header), Text("RAG", _header), Text("Why", _header), Text("Actions", _header), Text("Red actions", _header), Text("Amber actions", _header)));
            summary.AddRange(pack.Objectives.Select(o => Row(Text(o.Theme, _wrap), Text(o.Reference), Text(o.Title, _wrap), RagCell(o.Rag, o.RagText), Text(o.Why, _wrap), Number(o.Actions), Number(o.ActionsRed), Number(o.ActionsAmber))));
            AddSheet(workbookPart, sheets, 1, "RAG summary", [24, 8, 50, 30, 60, 10, 12, 14], summary);

            var exceptions = new List<Row>
            {
                Row(Text($"Exceptions: red and slipping, as at {asAt}", _title)),
                Row(Text("RAG", _header), Text("Kind", _header), Text("Ref", _header), Text("Objective or action", _header), Text("Owner", _header), Text("Led by", _header), Text("Due", _header), Text("Why", _header)),
            };
            exceptions.AddRange(pack.Exceptions.Select(e => Row(RagCell(e.Rag, e.RagText), Text(e.Kind), Text(e.Reference), Text(e.Title, _wrap), Text(e.Owner, _wrap), Text(e.LedBy, _wrap), e.DueDate is { } due ? DateCell(due) : Text(string.Empty), Text(e.Why, _wrap))));
            AddSheet(workbookPart, sheets, 2, "Exceptions", [30, 10, 8, 50, 28, 28, 16, 60], exceptions);

            var trajectories = new List<Row>
            {
                Row(Text($"Indicator trajectories, values recorded up to {asAt}", _title)),
                Row(Text("Objective", _header), Text("Indicator id", _header), Text("Indicator", _header), Text("Date", _header), Text("Expected", _header), Text("Recorded", _header), Text("Unit", _header), Text("Position", _header)),
            };
            trajectories.AddRange(pack.Trajectories.Select(t => Row(
                Text(t.Objective), Text(t.IndicatorId), Text(t.Indicator, _wrap), DateCell(t.Date),
                t.Expected is { } x ? Decimal(x) : Text(string.Empty), t.Recorded is { } r ? Decimal(r) : Text(string.Empty), Text(t.Unit.Trim()),
                t.Rag is { } rag ? RagCell(rag, SlippageRules.Name(rag)) : Text(string.Empty))));
            var scorecard = new List<Row>
            {
                Row(Text($"Indicator scorecard: figures frozen at month end (12 months to the month end), up to {asAt}", _title)),
                Row(Text("Indicator id", _header), Text("Indicator", _header), Text("Month end", _header), Text("Value", _header), Text("Previous months", _header), Text("Benchmark year", _header), Text("Statistical neighbours", _header), Text("England", _header), Text("Quartile", _header)),
            };
            scorecard.AddRange(pack.Scorecard.Select(r => Row(
                Text(r.IndicatorId), Text(r.Name, _wrap), r.MonthEnd is { } m ? DateCell(m) : Text("Not frozen"), r.Value is { } v ? Decimal(Math.Round(v, 1)) : Text(string.Empty),
                Text(string.Join("; ", r.Trend.Select(t => string.Create(CultureInfo.GetCultureInfo("en-GB"), $"{t.MonthEnd:MMM yy} {t.Value:0.#}")))), Text(r.Benchmark?.Year.ToString(CultureInfo.InvariantCulture) ?? string.Empty),
                r.Benchmark?.NeighbourMedian is { } n ? Decimal(n) : Text(string.Empty), r.Benchmark?.England.Number is { } e ? Decimal(e) : Text(string.Empty), Text(r.Benchmark?.Band?.ToString() ?? string.Empty))));
            AddSheet(workbookPart, sheets, 3, "Indicator scorecard", [22, 44, 16, 10, 60, 14, 16, 10, 10], scorecard);

            AddSheet(workbookPart, sheets, 4, "Indicator trajectories", [10, 26, 44, 18, 10, 10, 10, 14], trajectories);

            var commentary = new List<Row>
            {
                Row(Text($"Commentary: the story behind the curve, as at {asAt}", _title)),
                Row(Text("Kind", _header), Text("Ref", _header), Text("Objective or action", _header), Text("RAG", _header), Text("Commentary", _header), Text("By", _header)),
            };
            commentary.AddRange(pack.Commentary.Select(c => Row(Text(c.Kind), Text(c.Reference), Text(c.Title, _wrap), RagCell(c.Rag, c.RagText), Text(c.Commentary, _wrap), Text(c.By ?? string.Empty))));
            AddSheet(workbookPart, sheets, 5, "Commentary", [10, 8, 44, 30, 80, 28], commentary);

            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, uint id, string name, double[] widths, List<Row> rows)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        var columns = new Columns();
        for (var i = 0; i < widths.Length; i++)
        {
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
        }

        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            row.RowIndex = (uint)(r + 1);
            var c = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                cell.CellReference = ColumnName(c++) + (r + 1).ToString(CultureInfo.InvariantCulture);
            }

            data.Append(row);
        }

        part.Worksheet = new Worksheet(
            new SheetViews(new SheetView { WorkbookViewId = 0, TabSelected = id == 1 }),
            columns,
            data,
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { Orientation = OrientationValues.Landscape, PaperSize = 9, FitToWidth = 1, FitToHeight = 0 });
        part.Worksheet.Save();
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));

    private static Row Row(params Cell[] cells) => new(cells);

    /// <summary>A text cell, always neutralised against formula injection.</summary>
    private static Cell Text(string text, uint style = 0) => new()
    {
        DataType = CellValues.InlineString,
        StyleIndex = style,
        InlineString = new InlineString(new Text(SpreadsheetText.Neutralise(text)) { Space = SpaceProcessingModeValues.Preserve }),
    };

    private static Cell RagCell(Rag rag, string text) => Text(text, rag switch
    {
        Rag.Red => _red,
        Rag.Amber => _amber,
        Rag.Green => _green,
        _ => _notAssessed,
    });

    private static Cell Number(int value) => new() { DataType = CellValues.Number, CellValue = new CellValue(value) };

    private static Cell Decimal(decimal value) => new() { DataType = CellValues.Number, StyleIndex = _number, CellValue = new CellValue(value) };

    private static Cell DateCell(DateOnly date) => new()
    {
        StyleIndex = _date,
        CellValue = new CellValue((date.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture)),
    };

    private static Stylesheet Stylesheet()
    {
        static Font Font(bool bold, string colour = "FF0B0C0C", double size = 11)
        {
            var font = new Font();
            if (bold)
            {
                font.Append(new Bold());
            }

            font.Append(new FontSize { Val = size }, new Color { Rgb = colour }, new FontName { Val = "Arial" });
            return font;
        }

        static Fill Solid(string rgb) => new(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

        static CellFormat Format(uint font, uint fill, uint numberFormat = 0, bool wrap = false)
        {
            var format = new CellFormat
            {
                NumberFormatId = numberFormat,
                FontId = font,
                FillId = fill,
                BorderId = 0,
                FormatId = 0,
                ApplyFont = font != 0,
                ApplyFill = fill != 0,
                ApplyNumberFormat = numberFormat != 0,
            };
            if (wrap)
            {
                format.Append(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top });
                format.ApplyAlignment = true;
            }

            return format;
        }

        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164, FormatCode = "d mmmm yyyy" },
                new NumberingFormat { NumberFormatId = 165, FormatCode = "0.0#" })
            { Count = 2 },
            new Fonts(Font(false), Font(true), Font(true, "FFFFFFFF"), Font(true, size: 14)) { Count = 4 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                Solid("FFD4351C"),
                Solid("FFF47738"),
                Solid("FF00703C"),
                Solid("FFB1B4B6"),
                Solid("FFF3F2F1"))
            { Count = 7 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                Format(0, 0),
                Format(1, 6, wrap: true),
                Format(3, 0),
                Format(0, 0, 164),
                Format(2, 2, wrap: true),
                Format(1, 3, wrap: true),
                Format(2, 4, wrap: true),
                Format(1, 5, wrap: true),
                Format(0, 0, wrap: true),
                Format(0, 0, 165))
            { Count = 10 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }
}
