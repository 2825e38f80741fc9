using System.Globalization;
using CsvHelper;
using GoldenThread.Core.Returns;

namespace GoldenThread.Core.Published;

/// <summary>
/// Reads a published statistics file (explore-education-statistics layout) or a statistical neighbour file, streamed with
/// CsvHelper: UTF-8 with or without a byte order mark, columns in any order. <see cref="Open"/> recognises the file by its
/// columns (not its name) as one of <see cref="PublishedDatasets.All"/>; <see cref="ReadStatistics"/> then yields one
/// <see cref="PublishedStatistic"/> per value cell, and <see cref="ReadNeighbours"/> reads a neighbour model.
/// Anything that cannot be read (unknown columns, a value that is neither a number nor a known symbol, a truncated row,
/// bytes that are not UTF-8) throws <see cref="ReturnFormatException"/> naming the file, the line and the column.
/// </summary>
public sealed class PublishedFileReader : IDisposable
{
    private const string OldSectionHeading = "Old SNs:";

    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        TrimWhitespace = true,
        PoolStrings = true,
    };

    private readonly CsvReader _csv;
    private readonly string[] _header;
    private readonly Dictionary<string, int> _index;
    private PublishedDataset? _dataset;
    private bool _onFirstRow;
    private bool _started;

    private PublishedFileReader(CsvReader csv, string fileName, string[] header)
    {
        _csv = csv;
        FileName = fileName;
        _header = header;
        _index = [];
        for (var i = 0; i < header.Length; i++)
        {
            _index.TryAdd(header[i], i);
        }
    }

    public string FileName { get; }

    /// <summary>The dataset the columns say this file is.</summary>
    public PublishedDataset Dataset => _dataset ?? throw new InvalidOperationException("The file has not been recognised.");

    /// <summary>Data rows read so far (for a statistics file, each gives one statistic per value column).</summary>
    public int RowsRead { get; private set; }

    /// <summary>The latest <c>time_period</c> read so far.</summary>
    public int? LatestTimePeriod { get; private set; }

    /// <summary>Whether the file is DfE or ONS published statistics this reader knows, judged from its header row.</summary>
    public static bool Recognises(Stream content, string fileName)
    {
        try
        {
            using var reader = Open(content, fileName, leaveOpen: true);
            return true;
        }
        catch (ReturnFormatException)
        {
            return false;
        }
    }

    /// <summary>Reads the header and recognises the file. The stream is read forward only, as the rows are asked for.</summary>
    public static PublishedFileReader Open(Stream content, string fileName, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        var csv = CsvReader.Create(content, Options, leaveOpen);
        try
        {
            string[] header;
            try
            {
                header = [.. csv.Headers];
            }
            catch (CsvFormatException e)
            {
                throw new ReturnFormatException(new SourceLocation(fileName, 1, null, null), $"the header row is not valid CSV: {e.Message}");
            }

            var reader = new PublishedFileReader(csv, fileName, header);
            reader.Recognise();
            return reader;
        }
        catch
        {
            csv.Dispose();
            throw;
        }
    }

    /// <summary>Reads a whole statistics file into memory (small files and tests; loads stream with <see cref="ReadStatistics"/>).</summary>
    public static IReadOnlyList<PublishedStatistic> ReadAllStatistics(Stream content, string fileName)
    {
        using var reader = Open(content, fileName, leaveOpen: true);
        return [.. reader.ReadStatistics()];
    }

    /// <summary>Reads a whole neighbour file.</summary>
    public static StatisticalNeighbours ReadAllNeighbours(Stream content, string fileName)
    {
        using var reader = Open(content, fileName, leaveOpen: true);
        return reader.ReadNeighbours();
    }

    /// <summary>The statistics of the file in file order, one per value cell, read as they are enumerated (once).</summary>
    public IEnumerable<PublishedStatistic> ReadStatistics()
    {
        if (Dataset.Kind != PublishedFileKind.Statistics)
        {
            throw new InvalidOperationException($"{FileName} is a statistical neighbour file ({Dataset.Id}); read it with {nameof(ReadNeighbours)}.");
        }

        StartOnce();
        return Statistics();
    }

    /// <summary>The neighbour model of the file.</summary>
    public StatisticalNeighbours ReadNeighbours()
    {
        if (Dataset.Kind != PublishedFileKind.StatisticalNeighbours)
        {
            throw new InvalidOperationException($"{FileName} is a statistics file ({Dataset.Id}); read it with {nameof(ReadStatistics)}.");
        }

        StartOnce();
        var groups = new List<NeighbourGroup>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var beforeReorganisation = false;
        while (Next())
        {
            var line = Line;
            CheckFieldCount(line);
            var fields = Enumerable.Range(0, _header.Length).Select(i => Field(i, line)).ToArray();
            if (fields.All(f => f.Length == 0))
            {
                continue;
            }

            var group = Dataset.Id == PublishedDatasets.NeighboursModel2025.Id
                ? Group2025(fields, line)
                : Group2021(fields, line, ref beforeReorganisation);
            if (group is null)
            {
                continue;
            }

            if (!seen.Add(group.OldLaCode))
            {
                throw Error(line, 0, $"authority {group.OldLaCode} appears twice");
            }

            RowsRead++;
            groups.Add(group);
        }

        return new StatisticalNeighbours(Dataset.Id, groups);
    }

    public void Dispose() => _csv.Dispose();

    private long Line => _csv.LineNumber;

    private void StartOnce()
    {
        if (_started)
        {
            throw new InvalidOperationException("A published file is read once.");
        }

        _started = true;
    }

    private IEnumerable<PublishedStatistic> Statistics()
    {
        var dataset = Dataset;
        var time = _index[PublishedDatasets.TimePeriod];
        var level = _index[PublishedDatasets.GeographicLevelColumn];
        var countryCode = _index[PublishedDatasets.CountryCode];
        var countryName = _index[PublishedDatasets.CountryName];
        var regionCode = _index[PublishedDatasets.RegionCode];
        var regionName = _index[PublishedDatasets.RegionName];
        var oldLa = _index[PublishedDatasets.OldLaCode];
        var newLa = _index[PublishedDatasets.NewLaCode];
        var laName = _index[PublishedDatasets.LaName];
        var filters = dataset.FilterColumns.Select(c => _index[c]).ToArray();
        var values = dataset.ValueColumns.Select(c => _index[c]).ToArray();
        var distinguishing = dataset.DistinguishingFilterColumn is { } column ? _index[column] : -1;
        var others = dataset.DistinguishingFilterColumn is null
            ? []
            : PublishedDatasets.All.Where(d => d != dataset && d.DistinguishingFilterColumn == dataset.DistinguishingFilterColumn)
                .SelectMany(d => d.DistinguishingFilterValues.Select(v => (Value: v, Dataset: d)))
                .ToDictionary(p => p.Value, p => p.Dataset, StringComparer.Ordinal);

        while (Next())
        {
            var line = Line;
            CheckFieldCount(line);

            var yearText = Field(time, line);
            if (yearText.Length != 4 || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                throw Error(line, time, $"'{yearText}' is not a year (time_period holds a 4-digit year such as 2025)");
            }

            var levelText = Field(level, line);
            if (!GeographicLevels.TryParse(levelText, out var geographicLevel))
            {
                throw Error(line, level, $"'{levelText}' is not a geographic level GoldenThread reads (National, Regional, Local authority)");
            }

            var country = Required(countryCode, line);
            var region = Optional(regionCode, line);
            var oldLaCode = Optional(oldLa, line);
            if (geographicLevel == GeographicLevel.Regional && region is null)
            {
                throw Error(line, regionCode, "a regional row has no region_code");
            }

            if (geographicLevel == GeographicLevel.LocalAuthority && oldLaCode is null)
            {
                throw Error(line, oldLa, "a local authority row has no old_la_code");
            }

            if (distinguishing >= 0 && others.TryGetValue(Field(distinguishing, line), out var other))
            {
                throw Error(line, distinguishing, $"'{Field(distinguishing, line)}' belongs to {other.Id}, not to {dataset.Id}, which the first row showed this file to be");
            }

            var filterKey = PublishedFilters.Key(filters.Select((index, i) => new PublishedFilter(dataset.FilterColumns[i], Required(index, line))));
            var template = new PublishedStatistic
            {
                DatasetId = dataset.Id,
                TimePeriod = year,
                Level = geographicLevel,
                CountryCode = country,
                CountryName = Optional(countryName, line),
                RegionCode = region,
                RegionName = Optional(regionName, line),
                OldLaCode = oldLaCode,
                NewLaCode = Optional(newLa, line),
                LaName = Optional(laName, line),
                FilterKey = filterKey,
                Measure = string.Empty,
            };

            RowsRead++;
            LatestTimePeriod = LatestTimePeriod is { } latest && latest > year ? latest : year;
            for (var i = 0; i < values.Length; i++)
            {
                var index = values[i];
                var (number, symbol) = Value(index, line);
                yield return template with { Measure = dataset.ValueColumns[i], Value = number, Symbol = symbol };
            }
        }
    }

    private (decimal? Number, string? Symbol) Value(int index, long line)
    {
        var text = Field(index, line);
        if (text.Length == 0)
        {
            throw Error(line, index, $"the value is blank; expected a number or one of the symbols {PublishedSymbols.List}");
        }

        if (PublishedSymbols.IsKnown(text))
        {
            return (null, text);
        }

        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return (number, null);
        }

        throw Error(line, index, $"'{text}' is neither a number nor one of the symbols {PublishedSymbols.List}");
    }

    private NeighbourGroup Group2025(string[] fields, long line)
    {
        var code = LaCode(fields, _index["old_la_code"], line);
        var neighbours = new List<StatisticalNeighbour>();
        for (var rank = 1; rank <= 10; rank++)
        {
            var codeIndex = _index[$"SN_{rank}"];
            neighbours.Add(new StatisticalNeighbour(rank, LaCode(fields, codeIndex, line), ClosenessAt(fields, _index[$"SN_{rank}P"], line)));
        }

        var name = fields[_index["la_name"]];
        var region = fields[_index["region_name"]];
        return new NeighbourGroup(code, name, region.Length == 0 ? null : region, false, neighbours);
    }

    private NeighbourGroup? Group2021(string[] fields, long line, ref bool beforeReorganisation)
    {
        // Positional: "LA num, LA Name, LA number, GOInd, GOReg", then each SNn followed by its closeness column (all named SNP).
        if (fields[0].Length == 0)
        {
            if (fields[1] == OldSectionHeading && fields.Skip(2).All(f => f.Length == 0))
            {
                beforeReorganisation = true;
                return null;
            }

            throw Error(line, 0, "the row has no LA num");
        }

        var code = LaCode(fields, 0, line);
        var neighbours = new List<StatisticalNeighbour>();
        for (var rank = 1; rank <= 10; rank++)
        {
            var codeIndex = 5 + ((rank - 1) * 2);
            neighbours.Add(new StatisticalNeighbour(rank, LaCode(fields, codeIndex, line), ClosenessAt(fields, codeIndex + 1, line)));
        }

        return new NeighbourGroup(code, fields[1], fields[4].Length == 0 ? null : fields[4], beforeReorganisation, neighbours);
    }

    private string LaCode(string[] fields, int index, long line)
    {
        var code = fields[index];
        if (code.Length != 3 || !code.All(char.IsAsciiDigit))
        {
            throw Error(line, index, $"'{code}' is not a 3-digit LA code");
        }

        return code;
    }

    private Closeness? ClosenessAt(string[] fields, int index, long line)
    {
        var text = fields[index];
        if (text.Length == 0)
        {
            return null;
        }

        return ClosenessLabels.TryParse(text, out var closeness)
            ? closeness
            : throw Error(line, index, $"'{text}' is not a closeness (Extremely close, Very close, Close, Somewhat close, Not close)");
    }

    private void Recognise()
    {
        var header = _header;
        if (header.Length == 0)
        {
            throw Header("the file is empty: it has no header row");
        }

        for (var i = 0; i < header.Length; i++)
        {
            if (header[i].Contains('\uFFFD', StringComparison.Ordinal))
            {
                throw new ReturnFormatException(new SourceLocation(FileName, 1, i + 1, null), "the file is not UTF-8 text");
            }
        }

        var names = header.Where(h => h.Length > 0).ToList();
        var trimmed = header.Reverse().SkipWhile(h => h.Length == 0).Reverse().ToList();
        if (trimmed.SequenceEqual(PublishedDatasets.NeighboursGroupings2021.Columns, StringComparer.Ordinal))
        {
            _dataset = PublishedDatasets.NeighboursGroupings2021;
            return;
        }

        var duplicate = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw Header($"the column {duplicate.Key} appears more than once");
        }

        var set = names.ToHashSet(StringComparer.Ordinal);
        if (set.SetEquals(PublishedDatasets.NeighboursModel2025.Columns))
        {
            _dataset = PublishedDatasets.NeighboursModel2025;
            return;
        }

        var missingCommon = PublishedDatasets.CommonColumns.Where(c => !set.Contains(c)).ToList();
        if (missingCommon.Count > 0)
        {
            throw Header(FirstUnknownColumn(PublishedDatasets.All.SelectMany(d => d.Columns)), $"the columns are not those of a published statistics file (explore-education-statistics layout) or a statistical neighbour file GoldenThread knows: missing {string.Join(", ", missingCommon)}");
        }

        var candidates = PublishedDatasets.All.Where(d => d.Kind == PublishedFileKind.Statistics && set.SetEquals(d.Columns)).ToList();
        if (candidates.Count == 0)
        {
            var nearest = PublishedDatasets.All.Where(d => d.Kind == PublishedFileKind.Statistics)
                .OrderByDescending(d => d.Columns.Count(set.Contains))
                .ThenBy(d => d.Columns.Count)
                .First();
            var missing = nearest.Columns.Where(c => !set.Contains(c)).ToList();
            var unexpected = names.Where(n => !nearest.Columns.Contains(n, StringComparer.Ordinal)).ToList();
            var parts = new List<string>();
            if (missing.Count > 0)
            {
                parts.Add($"missing {string.Join(", ", missing)}");
            }

            if (unexpected.Count > 0)
            {
                parts.Add($"unexpected {string.Join(", ", unexpected)}");
            }

            throw Header(FirstUnknownColumn(nearest.Columns), $"the columns match no published statistics file GoldenThread knows; the nearest is {nearest.Id} ({nearest.ShippedFileName}): {string.Join("; ", parts)}");
        }

        if (candidates.Count == 1)
        {
            _dataset = candidates[0];
            return;
        }

        // Same columns (care leavers' activity and accommodation): the first data row's breakdown says which.
        var column = candidates[0].DistinguishingFilterColumn!;
        var index = _index[column];
        if (!Next())
        {
            throw Header($"the file has no rows, so it cannot be told which of {string.Join(" and ", candidates.Select(c => c.Id))} it is");
        }

        var line = Line;
        CheckFieldCount(line);
        var value = Field(index, line);
        _dataset = candidates.FirstOrDefault(c => c.DistinguishingFilterValues.Contains(value, StringComparer.Ordinal))
            ?? throw Error(line, index, $"'{value}' is a {column} of neither {string.Join(" nor ", candidates.Select(c => c.Id))}, so the file cannot be told apart");
        _onFirstRow = true;
    }

    private bool Next()
    {
        if (_onFirstRow)
        {
            _onFirstRow = false;
            return true;
        }

        try
        {
            return _csv.Read();
        }
        catch (CsvFormatException e)
        {
            throw new ReturnFormatException(new SourceLocation(FileName, e.LineNumber > 0 ? (int)e.LineNumber : null, null, null), $"the row is not valid CSV: {e.Message}");
        }
    }

    private void CheckFieldCount(long line)
    {
        var count = _csv.FieldCount;
        if (count < _header.Length)
        {
            throw Error(line, count, $"the row ends after {count} fields where the header has {_header.Length} (a truncated row?)");
        }

        if (count > _header.Length)
        {
            throw new ReturnFormatException(
                new SourceLocation(FileName, (int)line, _header.Length + 1, null),
                $"the row has {count} fields where the header has {_header.Length}");
        }
    }

    private string Field(int index, long line)
    {
        var text = _csv.GetString(index);
        return text.Contains('\uFFFD', StringComparison.Ordinal)
            ? throw Error(line, index, "the file is not UTF-8 text")
            : text;
    }

    private string Required(int index, long line)
    {
        var text = Field(index, line);
        return text.Length > 0 ? text : throw Error(line, index, $"{_header[index]} is blank");
    }

    private string? Optional(int index, long line)
    {
        var text = Field(index, line);
        return text.Length > 0 ? text : null;
    }

    private ReturnFormatException Error(long line, int index, string problem) =>
        new(new SourceLocation(FileName, (int)line, index + 1, index < _header.Length ? _header[index] : null), problem);

    private ReturnFormatException Header(string problem) => new(new SourceLocation(FileName, 1, null, null), problem);

    /// <summary>An error on the header, at the first column that is not among the known ones (or on the whole line).</summary>
    private ReturnFormatException Header(int? column, string problem) =>
        new(new SourceLocation(FileName, 1, column + 1, column is { } index ? _header[index] : null), problem);

    private int? FirstUnknownColumn(IEnumerable<string> known)
    {
        var names = known.ToHashSet(StringComparer.Ordinal);
        var index = Array.FindIndex(_header, h => h.Length > 0 && !names.Contains(h));
        return index < 0 ? null : index;
    }
}
