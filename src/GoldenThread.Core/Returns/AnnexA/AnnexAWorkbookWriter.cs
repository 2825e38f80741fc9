using System.Globalization;
using GoldenThread.Core.Exports;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace GoldenThread.Core.Returns.AnnexA;

/// <summary>
/// Writes the Annex A workbook for an inspection: eleven sheets ("List 1 - Contacts" … "List 11 - Adopters"), each headed
/// with Ofsted's column names and holding the list for the six months up to and including <c>asAt</c> (see
/// <see cref="AnnexARows"/> for each list's window). Dates are real Excel dates. Text that a spreadsheet would run as a
/// formula (starting =, +, -, @, tab or carriage return) is written with a leading apostrophe.
/// </summary>
public static class AnnexAWorkbookWriter
{
    /// <summary>What is put in front of text that would otherwise start a formula.</summary>
    public const char FormulaGuard = SpreadsheetText.FormulaGuard;

    /// <param name="all">Everything the authority holds.</param>
    /// <param name="asAt">The last day of the six months the lists cover, usually the day before the inspection.</param>
    /// <param name="output">Where the .xlsx goes.</param>
    /// <param name="teamNames">Team names by id; without them a team is written as its id.</param>
    public static void Write(ChildLevelDataset all, DateOnly asAt, Stream output, IReadOnlyDictionary<long, string>? teamNames = null)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(output);
        var rows = AnnexARows.Of(all, asAt, teamNames);
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var list in AnnexALists.All)
        {
            var sheet = new List<Dictionary<string, object?>> { Row(list.Columns.Select(c => (object?)c.Name)) };
            sheet.AddRange(rows.Lists[list].Select(Row));
            sheets.Add(list.SheetName, sheet);
        }

        output.SaveAs(
            sheets,
            printHeader: false,
            excelType: ExcelType.XLSX,
            configuration: new OpenXmlConfiguration { TableStyles = TableStyles.None, AutoFilter = false, FastMode = true, EnableAutoWidth = false });
    }

    /// <summary>Text as it is safe to put in a cell: a leading apostrophe before anything a spreadsheet would take for a formula.</summary>
    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SpreadsheetText.Neutralise(text);
    }

    internal static bool IsFormulaStart(char first) => SpreadsheetText.IsFormulaStart(first);

    private static Dictionary<string, object?> Row(IEnumerable<object?> values)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            row.Add(row.Count.ToString(CultureInfo.InvariantCulture), value switch
            {
                DateOnly date => date.ToDateTime(TimeOnly.MinValue),
                string text => Neutralise(text),
                _ => value,
            });
        }

        return row;
    }
}
