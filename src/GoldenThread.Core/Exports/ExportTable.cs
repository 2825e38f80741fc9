using System.Globalization;

namespace GoldenThread.Core.Exports;

/// <summary>
/// A table as shown on a page, ready to download: a name (the sheet and file name), column headings, and rows of cells. A cell is
/// text or a number; a suppressed figure is the text "c". Every text cell goes through <see cref="SpreadsheetText.Neutralise"/>.
/// </summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The CSV: a header row, then one line per row, CRLF line ends, numbers in invariant culture.</summary>
    public void WriteCsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join(',', Columns.Select(Csv)));
        writer.Write("\r\n");
        foreach (var row in Rows)
        {
            writer.Write(string.Join(',', row.Select(cell => Csv(Text(cell)))));
            writer.Write("\r\n");
        }
    }

    public byte[] ToCsv()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(writer);
        return [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(writer.ToString())];
    }

    /// <summary>The workbook: one sheet named after the table, the headings in the first row, numbers as numbers.</summary>
    public void WriteXlsx(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var columns = UniqueColumns();
        var rows = Rows.Select(row => columns.Select((c, i) => (c, Cell(i < row.Count ? row[i] : null))).ToDictionary(p => p.c, p => p.Item2)).ToList();
        if (rows.Count == 0)
        {
            rows.Add(columns.ToDictionary(c => c, _ => (object?)null));
        }

        var sheets = new Dictionary<string, object> { [SheetName()] = rows };
        MiniExcelLibs.MiniExcel.SaveAs(output, sheets);
    }

    public byte[] ToXlsx()
    {
        using var stream = new MemoryStream();
        WriteXlsx(stream);
        return stream.ToArray();
    }

    /// <summary>A file name from the table's name: lower case, letters, digits and hyphens.</summary>
    public string FileName(string extension)
    {
        var slug = new string([.. Name.ToLowerInvariant().Select(ch => char.IsAsciiLetterOrDigit(ch) ? ch : '-')]);
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        return $"{slug.Trim('-')}.{extension}";
    }

    private static object? Cell(object? value) => value switch
    {
        null => null,
        string s => SpreadsheetText.Neutralise(s),
        int or long or decimal or double => value,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => SpreadsheetText.Neutralise(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Csv(string value)
    {
        var safe = SpreadsheetText.Neutralise(value);
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    private List<string> UniqueColumns()
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        foreach (var column in Columns)
        {
            var name = SpreadsheetText.Neutralise(column);
            var unique = name;
            for (var n = 2; !seen.Add(unique); n++)
            {
                unique = $"{name} ({n})";
            }

            result.Add(unique);
        }

        return result;
    }

    /// <summary>Excel sheet names: at most 31 characters, none of : \ / ? * [ ].</summary>
    private string SheetName()
    {
        var name = new string([.. Name.Where(ch => ch is not (':' or '\\' or '/' or '?' or '*' or '[' or ']'))]).Trim();
        return name.Length == 0 ? "Table" : name[..Math.Min(31, name.Length)];
    }
}
