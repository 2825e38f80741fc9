using System.Globalization;

namespace GoldenThread.Core.Published;

/// <summary>One published value column with one breakdown: what a store query or a file read selects.</summary>
public sealed record PublishedSelection(string DatasetId, string Measure, string FilterKey)
{
    public bool Matches(PublishedStatistic statistic)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        return statistic.DatasetId == DatasetId && statistic.Measure == Measure && statistic.FilterKey == FilterKey;
    }
}

/// <summary>
/// A national indicator as DfE publishes it: a value column with its breakdown, or a rate per 10,000 children derived from a
/// published count and the ONS population aged 0 to 17 (<see cref="PerTenThousandChildren"/>).
/// </summary>
public sealed record PublishedMeasure
{
    /// <summary>The product's indicator code, e.g. rereferral_12m.</summary>
    public required string Code { get; init; }

    public required string Title { get; init; }

    /// <summary>"%", "per 10,000 children", "cases per case-holding FTE", "children".</summary>
    public required string Unit { get; init; }

    /// <summary>The published column (or, for a derived rate, the count that is its numerator).</summary>
    public required PublishedSelection Source { get; init; }

    /// <summary>
    /// For a derived rate: the ONS population aged 0 to 17. The rate for year Y is the count of year Y ÷ the mid-(Y−1)
    /// estimate × 10,000, rounded to 1 decimal place (half away from zero), as DfE's CSC dashboard derives it.
    /// </summary>
    public PublishedSelection? PerTenThousandChildren { get; init; }

    /// <summary>Where the figure comes from, in words for the indicator page.</summary>
    public required string Definition { get; init; }

    /// <summary>
    /// Decimal places DfE publishes the figure with (CIN and workforce 1, CLA whole numbers). The files drop trailing
    /// zeros (13 for 13.0), so pages format with <see cref="Format(decimal)"/>.
    /// </summary>
    public int Decimals { get; init; }

    /// <summary>A number as DfE publishes this figure: thousands separated, <see cref="Decimals"/> places (invariant culture).</summary>
    public string Format(decimal number) =>
        number.ToString("N" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The number formatted, or the symbol (c, x …), or empty where nothing is published.</summary>
    public string Format(PublishedValue value) => value.Number is { } number ? Format(number) : value.Symbol ?? string.Empty;

    /// <summary>What the figure needs from the store or the files.</summary>
    public IReadOnlyList<PublishedSelection> Selections => PerTenThousandChildren is { } population ? [Source, population] : [Source];

    /// <summary>The measure's value for every area and year the statistics hold (extra statistics are ignored).</summary>
    public MeasureValues ValuesFrom(IEnumerable<PublishedStatistic> statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var source = new List<PublishedStatistic>();
        var population = new Dictionary<(int Year, GeographicLevel Level, string Area), PublishedValue>();
        foreach (var statistic in statistics)
        {
            if (Source.Matches(statistic))
            {
                source.Add(statistic);
            }
            else if (PerTenThousandChildren is { } selection && selection.Matches(statistic))
            {
                population[(statistic.TimePeriod, statistic.Level, statistic.AreaCode)] = statistic.Published;
            }
        }

        return new MeasureValues(this, source.Select(s => new MeasureValue(
            s.TimePeriod,
            s.Level,
            s.AreaCode,
            s.AreaName,
            s.RegionCode,
            s.RegionName,
            PerTenThousandChildren is null ? s.Published : Rate(s.Published, population.GetValueOrDefault((s.TimePeriod - 1, s.Level, s.AreaCode))))));
    }

    /// <summary>
    /// A rate per 10,000: a suppressed count keeps its symbol; a population that is not published (or not positive) gives
    /// x (not available), a suppressed one its own symbol.
    /// </summary>
    public static PublishedValue Rate(PublishedValue count, PublishedValue population)
    {
        if (count.Number is not { } number)
        {
            return count;
        }

        if (population.Number is not { } children || children <= 0)
        {
            return PublishedValue.Suppressed(population.Symbol ?? PublishedSymbols.NotAvailable);
        }

        return PublishedValue.Of(Math.Round(number * 10_000m / children, 1, MidpointRounding.AwayFromZero));
    }
}

/// <summary>A measure's value for one area and year.</summary>
/// <param name="AreaCode">Country code, region code or old LA code.</param>
/// <param name="RegionCode">The region (for a local authority, its region).</param>
public sealed record MeasureValue(int Year, GeographicLevel Level, string AreaCode, string? AreaName, string? RegionCode, string? RegionName, PublishedValue Value);

/// <summary>
/// A measure's values by year and area. Where a file publishes one figure for two authorities that share their children's
/// services (the workforce census: "314 / 318" Kingston upon Thames / Richmond upon Thames, "940 / 941" North / West
/// Northamptonshire), each of the two takes the joint figure when it has no row of its own; the joint row itself counts
/// once among all authorities.
/// </summary>
public sealed class MeasureValues
{
    private const string JointSeparator = " / ";

    private readonly Dictionary<(int Year, GeographicLevel Level, string Area), MeasureValue> _values = [];
    private readonly Dictionary<(int Year, string Authority), MeasureValue> _joint = [];

    public MeasureValues(PublishedMeasure measure, IEnumerable<MeasureValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Measure = measure;
        foreach (var value in values)
        {
            _values[(value.Year, value.Level, value.AreaCode)] = value;
            if (value.Level == GeographicLevel.LocalAuthority && value.AreaCode.Contains(JointSeparator, StringComparison.Ordinal))
            {
                foreach (var authority in value.AreaCode.Split(JointSeparator))
                {
                    _joint[(value.Year, authority)] = value;
                }
            }
        }

        Years = [.. _values.Keys.Select(k => k.Year).Distinct().Order()];
    }

    public PublishedMeasure Measure { get; }

    /// <summary>The years with any value, earliest first.</summary>
    public IReadOnlyList<int> Years { get; }

    public int? LatestYear => Years.Count > 0 ? Years[^1] : null;

    /// <summary>The area's value in the year (for an authority, its own row or else a joint row it is part of).</summary>
    public MeasureValue? Find(int year, GeographicLevel level, string areaCode) =>
        _values.GetValueOrDefault((year, level, areaCode))
        ?? (level == GeographicLevel.LocalAuthority ? _joint.GetValueOrDefault((year, areaCode)) : null);

    public PublishedValue Of(int year, GeographicLevel level, string areaCode) => Find(year, level, areaCode)?.Value ?? PublishedValue.NotPublished;

    /// <summary>Every local authority row of the year (a joint row once).</summary>
    public IEnumerable<MeasureValue> LocalAuthorities(int year) =>
        _values.Values.Where(v => v.Year == year && v.Level == GeographicLevel.LocalAuthority);

    /// <summary>The authority's row in the year, or its latest row of any year (for its name and region).</summary>
    public MeasureValue? Authority(string oldLaCode, int year) =>
        Find(year, GeographicLevel.LocalAuthority, oldLaCode)
        ?? Years.Reverse().Select(y => Find(y, GeographicLevel.LocalAuthority, oldLaCode)).FirstOrDefault(v => v is not null);
}
