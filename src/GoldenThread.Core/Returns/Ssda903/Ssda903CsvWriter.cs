using CsvHelper;
using GoldenThread.Core.Exports;

namespace GoldenThread.Core.Returns.Ssda903;

/// <summary>
/// Writes a dataset as the CSV form of SSDA903: one file per table (all eleven, a table with no rows as its header alone),
/// with exactly the DfE column headers, dates as dd/mm/yyyy, UTF-8 without a byte order mark and CRLF line ends. The same
/// dataset always gives the same bytes. A value that would start a spreadsheet formula (= + - @, tab, carriage return) is
/// written behind <see cref="SpreadsheetText.FormulaGuard"/>, which <see cref="Ssda903CsvReader"/> removes again.
/// </summary>
public static class Ssda903CsvWriter
{
    /// <summary>Writes the files into <paramref name="directory"/> (created if need be) and returns their paths, in table order.</summary>
    public static IReadOnlyList<string> Write(ChildLevelDataset dataset, string directory)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory.CreateDirectory(directory);
        var rows = Ssda903Rows.Of(dataset);
        var paths = new List<string>();
        foreach (var table in Ssda903Tables.All)
        {
            var path = Path.Combine(directory, FileName(table, dataset.CollectionYear));
            using (var stream = File.Create(path))
            {
                Write(table, rows.Tables[table], stream);
            }

            paths.Add(path);
        }

        return paths;
    }

    /// <summary>The name the writer gives a table's file, e.g. <c>ssda903_2024-25_episodes.csv</c>.</summary>
    public static string FileName(Ssda903Table table, string? collectionYear)
    {
        ArgumentNullException.ThrowIfNull(table);
        return collectionYear is null ? $"ssda903_{table.FileStem}.csv" : $"ssda903_{collectionYear}_{table.FileStem}.csv";
    }

    private static void Write(Ssda903Table table, List<string[]> rows, Stream stream)
    {
        using var writer = CsvWriter.Create(stream, new CsvWriterOptions { NewLine = "\r\n" }, leaveOpen: true);
        writer.WriteRecord([.. table.Columns]);
        foreach (var row in rows)
        {
            writer.WriteRecord([.. row.Select(SpreadsheetText.Neutralise)]);
        }

        writer.Flush();
    }
}
