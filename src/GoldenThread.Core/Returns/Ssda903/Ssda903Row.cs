namespace GoldenThread.Core.Returns.Ssda903;

/// <summary>
/// One row of an SSDA903 table as read from a CSV file or an XML child, its values in the table's column order, with where
/// it came from: the line of a CSV row, or the line of each XML element.
/// </summary>
internal sealed class Ssda903Row
{
    private readonly string?[] _values;
    private readonly int[]? _elementLines;

    public Ssda903Row(Ssda903Table table, string?[] values, string file, int line, int[]? elementLines = null)
    {
        Table = table;
        _values = values;
        File = file;
        Line = line;
        _elementLines = elementLines;
    }

    public Ssda903Table Table { get; }

    public string File { get; }

    public int Line { get; }

    /// <summary>Where the record built from this row came from.</summary>
    public SourceLocation Location => new(File, Line, null, Table.Name);

    /// <summary>The trimmed value of a column, or null when it is blank.</summary>
    public string? this[string column]
    {
        get
        {
            var value = _values[Table.IndexOf(column)];
            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }
    }

    public bool IsBlank => _values.All(string.IsNullOrWhiteSpace);

    /// <summary>Where one value came from: the CSV line and column, or the XML element and its line.</summary>
    public SourceLocation Cell(string column)
    {
        if (_elementLines is null)
        {
            return new SourceLocation(File, Line, null, $"column {column}");
        }

        var line = _elementLines[Table.IndexOf(column)];
        return new SourceLocation(File, line > 0 ? line : Line, null, $"element {Ssda903XmlLayout.ElementName(column)}");
    }
}
