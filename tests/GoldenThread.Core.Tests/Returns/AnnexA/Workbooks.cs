using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace GoldenThread.Core.Tests.Returns.AnnexA;

/// <summary>Reads and writes workbooks cell by cell, as a council's own export would be made, for the Annex A tests.</summary>
internal static class Workbooks
{
    /// <summary>Every sheet's rows, each cell as MiniExcel gives it (text, number, date or null), in sheet order.</summary>
    public static List<(string Sheet, List<object?[]> Rows)> Cells(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        var sheets = new List<(string, List<object?[]>)>();
        foreach (var sheet in stream.GetSheetNames())
        {
            stream.Position = 0;
            var rows = stream.Query(useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX)
                .Cast<IDictionary<string, object?>>()
                .Select(r => r.Values.ToArray())
                .ToList();
            sheets.Add((sheet, rows));
        }

        return sheets;
    }

    public static byte[] Build(IEnumerable<(string Sheet, List<object?[]> Rows)> sheets)
    {
        var workbook = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (sheet, rows) in sheets)
        {
            workbook.Add(sheet, rows.Select(r => r.Select((v, i) => (Key: i.ToString(CultureInfo.InvariantCulture), Value: v)).ToDictionary(p => p.Key, p => p.Value)).ToList());
        }

        using var stream = new MemoryStream();
        stream.SaveAs(workbook, printHeader: false, excelType: ExcelType.XLSX, configuration: new OpenXmlConfiguration { TableStyles = TableStyles.None, AutoFilter = false });
        return stream.ToArray();
    }

    /// <summary>The sheets as text, one line per row, with the named columns blanked (by header), to compare two workbooks.</summary>
    public static List<string> AsText(byte[] xlsx, IReadOnlySet<string> ignoredColumns) =>
        Cells(xlsx).SelectMany(sheet =>
        {
            var header = sheet.Rows.Count > 0 ? sheet.Rows[0].Select(h => h?.ToString() ?? string.Empty).ToArray() : [];
            return sheet.Rows.Select(row => sheet.Sheet + ": " + string.Join(" | ", row.Select((v, i) =>
                i < header.Length && ignoredColumns.Contains(header[i]) && !ReferenceEquals(row, sheet.Rows[0]) ? "~" : Format(v))));
        }).ToList();

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        DateTime date => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
