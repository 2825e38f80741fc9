using CsvHelper;
using GoldenThread.Core.Exports;

namespace GoldenThread.Core.Returns.Ssda903;

/// <summary>
/// Reads the CSV form of an SSDA903 return: one file per table, each recognised by its header row (its column set), never
/// by its file name. Files are streamed; UTF-8 with or without a byte order mark, CRLF or LF line ends, quoted fields
/// (with commas inside) and blank lines are accepted. Dates are dd/mm/yyyy.
/// </summary>
public static class Ssda903CsvReader
{
    /// <summary>The size limit used when none is given: 200 MB, far above the largest authority's return.</summary>
    public const long DefaultMaxFileBytes = 200L * 1024 * 1024;

    /// <summary>
    /// Reads the files into one dataset (collection <see cref="ReturnCollections.Ssda903"/>). The collection year is
    /// <paramref name="collectionYear"/> when given; otherwise a year such as <c>2024-25</c> in the file names, when they
    /// agree; otherwise the year (1 April to 31 March) of the latest episode, review, missing, social worker or adoption
    /// date in the return.
    /// </summary>
    /// <exception cref="ReturnFormatException">
    /// A file that cannot be loaded: empty, over <paramref name="maxFileBytes"/>, columns that make no table, a missing or
    /// unknown column, a table given twice, a row with the wrong number of fields, malformed quoting, or a value that
    /// cannot be held (an impossible date, a flag other than 0 or 1, a score that is not a whole number).
    /// </exception>
    public static ChildLevelDataset Read(IEnumerable<(string FileName, Stream Content)> files, string? collectionYear, long maxFileBytes = DefaultMaxFileBytes)
    {
        ArgumentNullException.ThrowIfNull(files);
        var rows = new List<Ssda903Row>();
        var tables = new Dictionary<Ssda903Table, string>();
        var names = new List<string>();
        foreach (var (fileName, content) in files)
        {
            ArgumentNullException.ThrowIfNull(content);
            names.Add(fileName);
            ReadFile(fileName, content, maxFileBytes, rows, tables);
        }

        return Ssda903DatasetBuilder.Build(rows, names, collectionYear);
    }

    private static void ReadFile(string fileName, Stream content, long maxFileBytes, List<Ssda903Row> rows, Dictionary<Ssda903Table, string> tables)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Throw,
        };
        using var limited = new ReturnFileLimit(content, fileName, maxFileBytes);
        using var reader = CsvReader.Create(limited, options, leaveOpen: true);
        try
        {
            if (!reader.Read())
            {
                throw new ReturnFormatException(new SourceLocation(fileName, null, null, null), "the file is empty (expected a header row of SSDA903 columns)");
            }

            var headerLine = (int)reader.LineNumber;
            var header = Enumerable.Range(0, reader.FieldCount).Select(i => Checked(fileName, headerLine, null, reader.GetString(i)).Trim().TrimStart('\uFEFF').ToUpperInvariant()).ToArray();
            var table = Recognise(fileName, headerLine, header);
            if (tables.TryGetValue(table, out var earlier))
            {
                throw new ReturnFormatException(
                    new SourceLocation(fileName, headerLine, null, null),
                    $"holds the {table.Name} table, which was already read from {earlier}");
            }

            tables.Add(table, fileName);
            var positions = header.Select(table.IndexOf).ToArray();
            while (reader.Read())
            {
                var line = (int)reader.LineNumber;
                var values = new string?[table.Columns.Count];
                var allBlank = true;
                for (var i = 0; i < reader.FieldCount && i < header.Length; i++)
                {
                    var value = Checked(fileName, line, header[i], reader.GetString(i));
                    allBlank &= string.IsNullOrWhiteSpace(value);
                    values[positions[i]] = Unguarded(value);
                }

                for (var i = header.Length; i < reader.FieldCount; i++)
                {
                    allBlank &= string.IsNullOrWhiteSpace(reader.GetString(i));
                }

                if (allBlank)
                {
                    continue;
                }

                if (reader.FieldCount != header.Length)
                {
                    throw new ReturnFormatException(
                        new SourceLocation(fileName, line, null, null),
                        $"the row has {reader.FieldCount} fields but the header has {header.Length}");
                }

                rows.Add(new Ssda903Row(table, values, fileName, line));
            }
        }
        catch (CsvFormatException exception)
        {
            throw new ReturnFormatException(
                new SourceLocation(fileName, exception.LineNumber > 0 ? (int)exception.LineNumber : null, null, null),
                "the quoting is malformed (a quote inside an unquoted field, text after a closing quote, or a quote never closed)");
        }
    }

    /// <summary>A value as written before <see cref="Ssda903CsvWriter"/> put a formula guard in front of it.</summary>
    private static string Unguarded(string value) =>
        value.Length > 1 && value[0] == SpreadsheetText.FormulaGuard && SpreadsheetText.IsFormulaStart(value[1]) ? value[1..] : value;

    /// <summary>
    /// Refuses a field that is not UTF-8 text (bytes that decode to U+FFFD), holds a NUL character, or is longer than any value.
    /// </summary>
    private static string Checked(string fileName, int line, string? column, string value)
    {
        var field = column is null ? null : $"column {column}";
        if (value.Length > ReturnLimits.MaxValueCharacters)
        {
            throw new ReturnFormatException(new SourceLocation(fileName, line, null, field), ReturnLimits.ValueTooLong(value.Length));
        }

        if (value.Contains('\uFFFD', StringComparison.Ordinal))
        {
            throw new ReturnFormatException(new SourceLocation(fileName, line, null, field), "the file is not UTF-8 text (save it as CSV UTF-8)");
        }

        return value.Contains('\0', StringComparison.Ordinal)
            ? throw new ReturnFormatException(new SourceLocation(fileName, line, null, field), "the value holds a NUL character, which a CSV file never has")
            : value;
    }

    private static Ssda903Table Recognise(string fileName, int line, string[] header)
    {
        var duplicate = header.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ReturnFormatException(new SourceLocation(fileName, line, null, $"column {duplicate.Key}"), "the column appears more than once");
        }

        var table = Ssda903Tables.Recognise(header)
            ?? throw new ReturnFormatException(
                new SourceLocation(fileName, line, null, null),
                $"the columns ({string.Join(", ", header)}) are not those of any SSDA903 table");
        var missing = table.Columns.FirstOrDefault(c => !header.Contains(c, StringComparer.Ordinal));
        if (missing is not null)
        {
            throw new ReturnFormatException(
                new SourceLocation(fileName, line, null, $"column {missing}"),
                $"missing from the header; the {table.Name} table needs it");
        }

        var unknown = header.FirstOrDefault(h => !table.Has(h));
        return unknown is null
            ? table
            : throw new ReturnFormatException(new SourceLocation(fileName, line, null, $"column {unknown}"), $"not a column of the {table.Name} table");
    }
}
