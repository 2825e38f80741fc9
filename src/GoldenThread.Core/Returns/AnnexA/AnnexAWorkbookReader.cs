using System.Globalization;
using GoldenThread.Core.Model;
using GoldenThread.Core.Returns.Ssda903;
using MiniExcelLibs;
using static GoldenThread.Core.Returns.AnnexA.AnnexACodes;

namespace GoldenThread.Core.Returns.AnnexA;

/// <summary>
/// Reads an Annex A workbook (.xlsx) as councils export it, sheet by sheet with MiniExcel's streaming reader. Sheets are
/// found by list number or name ("List 1", "List 1 - Contacts", "Contacts"); headers are matched ignoring case, spacing
/// and punctuation, with the synonyms councils use ("Child ID", "ID", "Sex" …). Dates may be Excel dates or dd/mm/yyyy text.
/// Lists become the model: contacts, early help, referrals, assessments, section 47 enquiries and initial conferences, CIN
/// episodes, child protection plans (with the last visit and review), periods of care, care leaver records and adoption
/// records; the allocated team and worker become an allocation and a worker. List 11 (adopters) has no child: its rows
/// are counted in a problem, not kept.
/// </summary>
public static class AnnexAWorkbookReader
{
    /// <summary>The size limit used when none is given: 200 MB.</summary>
    public const long DefaultMaxFileBytes = 200L * 1024 * 1024;

    /// <param name="xlsx">The workbook.</param>
    /// <param name="fileName">Its name, for messages.</param>
    /// <param name="asAt">The last day the lists cover; when null, the latest date in the workbook other than a date of birth.</param>
    /// <param name="maxFileBytes">Larger files are refused.</param>
    /// <exception cref="ReturnFormatException">
    /// Not an .xlsx workbook, empty or too large, a list 1–10 with no sheet, a sheet with no header row or without a
    /// required column, or a cell that cannot be held (a date that is not a date, a count that is not a whole number).
    /// </exception>
    public static ChildLevelDataset Read(Stream xlsx, string fileName, DateOnly? asAt, long maxFileBytes = DefaultMaxFileBytes)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        ArgumentNullException.ThrowIfNull(fileName);
        using var workbook = Seekable(xlsx, fileName, maxFileBytes);
        var sheetNames = SheetNames(workbook, fileName);
        var builder = new AnnexADatasetBuilder(fileName);
        foreach (var list in ReadOrder)
        {
            var sheet = FindSheet(sheetNames, list);
            if (sheet is null)
            {
                if (list == AnnexALists.Adopters)
                {
                    continue;
                }

                throw new ReturnFormatException(
                    new SourceLocation(fileName, null, null, null),
                    $"no sheet for list {list.Number} ({list.Name}): expected a sheet named like 'List {list.Number}', '{list.SheetName}' or '{list.Name}'");
            }

            workbook.Position = 0;
            try
            {
                builder.ReadSheet(list, sheet, workbook.Query(useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>());
            }
            catch (Exception exception) when (exception is InvalidDataException or InvalidOperationException or IOException or System.Xml.XmlException or NullReferenceException or KeyNotFoundException or FormatException or InvalidCastException)
            {
                throw new ReturnFormatException(new SourceLocation(fileName, null, null, $"sheet '{sheet}'"), $"the sheet cannot be read as part of an Excel workbook: {exception.Message}");
            }
        }

        return builder.Finish(asAt);
    }

    /// <summary>Lists read so that referrals exist before the work linked to them.</summary>
    private static IEnumerable<AnnexAList> ReadOrder =>
    [
        AnnexALists.Contacts, AnnexALists.EarlyHelp, AnnexALists.Referrals, AnnexALists.ChildrenInNeed, AnnexALists.Assessments, AnnexALists.Section47,
        AnnexALists.ChildProtection, AnnexALists.ChildrenLookedAfter, AnnexALists.CareLeavers, AnnexALists.Adoption, AnnexALists.Adopters,
    ];

    /// <summary>The sheet for a list: "List N" with anything after it that does not continue the number, or the list's name.</summary>
    internal static string? FindSheet(IReadOnlyList<string> sheetNames, AnnexAList list)
    {
        var prefix = "list" + list.Number.ToString(CultureInfo.InvariantCulture);
        return sheetNames.FirstOrDefault(name =>
        {
            var normalised = AnnexALists.Normalise(name);
            return (normalised.StartsWith(prefix, StringComparison.Ordinal) && (normalised.Length == prefix.Length || !char.IsDigit(normalised[prefix.Length])))
                || list.SheetAliases.Contains(normalised, StringComparer.Ordinal);
        });
    }

    private static MemoryStream Seekable(Stream xlsx, string fileName, long maxFileBytes)
    {
        var copy = new MemoryStream();
        using (var limited = new ReturnFileLimit(xlsx, fileName, maxFileBytes))
        {
            limited.CopyTo(copy);
        }

        if (copy.Length == 0)
        {
            throw new ReturnFormatException(new SourceLocation(fileName, null, null, null), "the file is empty (expected an Excel workbook, .xlsx)");
        }

        var start = copy.GetBuffer();
        if (copy.Length < 4 || start[0] != 'P' || start[1] != 'K' || start[2] != 3 || start[3] != 4)
        {
            throw new ReturnFormatException(new SourceLocation(fileName, null, null, null), "not an Excel workbook (.xlsx): the file is not a zip package");
        }

        copy.Position = 0;
        WorkbookPackage.Check(copy, fileName);
        copy.Position = 0;
        return copy;
    }

    private static List<string> SheetNames(MemoryStream workbook, string fileName)
    {
        try
        {
            return workbook.GetSheetNames();
        }
        catch (Exception exception) when (exception is InvalidDataException or InvalidOperationException or IOException or System.Xml.XmlException or NullReferenceException or KeyNotFoundException)
        {
            throw new ReturnFormatException(new SourceLocation(fileName, null, null, null), $"not an Excel workbook (.xlsx): {exception.Message}");
        }
    }
}
