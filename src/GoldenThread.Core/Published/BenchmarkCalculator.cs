namespace GoldenThread.Core.Published;

/// <summary>Which way is better for an indicator: it decides quartile bands and ranks.</summary>
public enum Polarity
{
    HigherIsBetter = 1,
    LowerIsBetter = 2,

    /// <summary>A context measure (rates of children in need or looked after): neither way is better, so no band and no rank.</summary>
    NoPolarity = 3,
}

/// <summary>DfE LAIT's quartile bands: A is the best quarter of authorities for the indicator's polarity, D the worst.</summary>
public enum QuartileBand
{
    A = 1,
    B = 2,
    C = 3,
    D = 4,
}

/// <summary>
/// The quartiles of all local authorities' values in a year: R's default <c>quantile()</c> (type 7, linear interpolation
/// between order statistics), as DfE's LAIT computes them.
/// </summary>
public sealed record Quartiles(decimal Minimum, decimal LowerQuartile, decimal Median, decimal UpperQuartile, decimal Maximum);

/// <summary>One statistical neighbour's value.</summary>
public sealed record NeighbourValue(int Rank, string OldLaCode, string? LaName, Closeness? Closeness, PublishedValue Value);

/// <summary>An authority's published value in a year with its benchmarks.</summary>
public sealed record Benchmark
{
    public required string MeasureCode { get; init; }

    public required int Year { get; init; }

    /// <summary>Old LA code, e.g. 211.</summary>
    public required string AuthorityCode { get; init; }

    public string? AuthorityName { get; init; }

    public required PublishedValue Authority { get; init; }

    /// <summary>The authority's 10 statistical neighbours (in the model given to the calculator) in rank order, with their values.</summary>
    public required IReadOnlyList<NeighbourValue> Neighbours { get; init; }

    /// <summary>The median of the neighbours that have a number (a suppressed or missing neighbour is left out); null when none has.</summary>
    public decimal? NeighbourMedian { get; init; }

    /// <summary>How many neighbours the median is over.</summary>
    public int NeighboursWithValue { get; init; }

    /// <summary>
    /// The authority's region as its row gives it (Inner or Outer London for London boroughs; London where the file has no
    /// Inner or Outer London figure for the year).
    /// </summary>
    public string? RegionCode { get; init; }

    public string? RegionName { get; init; }

    public required PublishedValue Region { get; init; }

    public required PublishedValue England { get; init; }

    public required Polarity Polarity { get; init; }

    /// <summary>The quartiles of all authorities with a number in the year; null when none has.</summary>
    public Quartiles? Quartiles { get; init; }

    /// <summary>How many authorities have a number in the year (what quartiles and ranks are over).</summary>
    public int AuthoritiesWithValue { get; init; }

    /// <summary>The authority's quartile band (A best); null without a number or without polarity.</summary>
    public QuartileBand? Band { get; init; }

    /// <summary>1 = best for the polarity; ties share the better rank; null without a number or without polarity.</summary>
    public int? Rank { get; init; }
}

/// <summary>
/// Benchmarks an authority's published figure, as DfE's LAIT does: against the median of its 10 statistical neighbours,
/// its region, England, and its quartile band among all local authorities.
/// <list type="bullet">
/// <item>Neighbour median: the median of the neighbours with a number that year (even count: the mean of the middle two).</item>
/// <item>Region: the region on the authority's row (Inner or Outer London for London boroughs, London when that has no row).</item>
/// <item>Quartiles: over every local authority with a number that year, R type 7 (<see cref="Quartile"/>).</item>
/// <item>Band, lower is better: A when the value ≤ lower quartile; B when ≤ median; C when ≤ upper quartile; otherwise D.</item>
/// <item>Band, higher is better: D when the value ≤ lower quartile; C when ≤ median; B when ≤ upper quartile; otherwise A.
/// (A value exactly on a boundary takes the band below it in value, in both cases, as LAIT's rule does.)</item>
/// <item>Rank: 1 + the number of authorities with a better number (ties share the better rank).</item>
/// </list>
/// Inputs are the published statistics (from files or the store); the calculation is the same for both.
/// </summary>
public sealed class BenchmarkCalculator(StatisticalNeighbours neighbours)
{
    /// <summary>England's country code in the files.</summary>
    public const string EnglandCode = "E92000001";

    public const string LondonCode = "E12000007";

    public const string InnerLondonCode = "E13000001";

    public const string OuterLondonCode = "E13000002";

    private readonly StatisticalNeighbours _neighbours = neighbours ?? throw new ArgumentNullException(nameof(neighbours));

    /// <summary>The benchmark for the latest year of the measure (or <paramref name="year"/>); null when there is no figure for that year.</summary>
    public Benchmark? Calculate(string authority, PublishedMeasure measure, Polarity polarity, IEnumerable<PublishedStatistic> statistics, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return Calculate(authority, measure.ValuesFrom(statistics), polarity, year);
    }

    /// <summary>As <see cref="Calculate(string, PublishedMeasure, Polarity, IEnumerable{PublishedStatistic}, int?)"/>, from values already derived.</summary>
    public Benchmark? Calculate(string authority, MeasureValues values, Polarity polarity, int? year = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(authority);
        ArgumentNullException.ThrowIfNull(values);
        var target = year ?? values.LatestYear;
        if (target is not { } y || !values.Years.Contains(y))
        {
            return null;
        }

        var row = values.Authority(authority, y);
        var authorityValue = values.Of(y, GeographicLevel.LocalAuthority, authority);

        var group = _neighbours.Of(authority);
        var neighbourValues = (group?.Neighbours ?? []).Select(n =>
        {
            var name = values.Authority(n.OldLaCode, y)?.AreaName ?? _neighbours.Of(n.OldLaCode)?.LaName;
            return new NeighbourValue(n.Rank, n.OldLaCode, name, n.Closeness, values.Of(y, GeographicLevel.LocalAuthority, n.OldLaCode));
        }).ToList();
        var withNumbers = neighbourValues.Where(n => n.Value.HasNumber).Select(n => n.Value.Number!.Value).ToList();

        var all = values.LocalAuthorities(y).Where(v => v.Value.HasNumber).Select(v => v.Value.Number!.Value).Order().ToList();
        var quartiles = all.Count == 0
            ? null
            : new Quartiles(all[0], Quartile(all, 0.25m), Quartile(all, 0.5m), Quartile(all, 0.75m), all[^1]);

        QuartileBand? band = null;
        int? rank = null;
        if (authorityValue.Number is { } number && quartiles is not null && polarity != Polarity.NoPolarity)
        {
            band = Band(number, quartiles, polarity);
            rank = 1 + (polarity == Polarity.LowerIsBetter ? all.Count(v => v < number) : all.Count(v => v > number));
        }

        // The authority's region as its row gives it; London boroughs' Inner or Outer London, else London, as LAIT does.
        var region = row?.RegionCode is { } regionCode ? values.Find(y, GeographicLevel.Regional, regionCode) : null;
        if (region is null && row?.RegionCode is InnerLondonCode or OuterLondonCode)
        {
            region = values.Find(y, GeographicLevel.Regional, LondonCode);
        }

        return new Benchmark
        {
            MeasureCode = values.Measure.Code,
            Year = y,
            AuthorityCode = authority,
            AuthorityName = row?.AreaName ?? group?.LaName,
            Authority = authorityValue,
            Neighbours = neighbourValues,
            NeighbourMedian = Median(withNumbers),
            NeighboursWithValue = withNumbers.Count,
            RegionCode = region?.AreaCode ?? row?.RegionCode,
            RegionName = region?.AreaName ?? row?.RegionName,
            Region = region?.Value ?? PublishedValue.NotPublished,
            England = values.Of(y, GeographicLevel.National, EnglandCode),
            Polarity = polarity,
            Quartiles = quartiles,
            AuthoritiesWithValue = all.Count,
            Band = band,
            Rank = rank,
        };
    }

    /// <summary>The benchmark for every year of the measure, earliest first.</summary>
    public IReadOnlyList<Benchmark> Series(string authority, PublishedMeasure measure, Polarity polarity, IEnumerable<PublishedStatistic> statistics)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var values = measure.ValuesFrom(statistics);
        return [.. values.Years.Select(y => Calculate(authority, values, polarity, y)!)];
    }

    /// <summary>The median of the values (the mean of the middle two for an even count); null for none.</summary>
    public static decimal? Median(IEnumerable<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? null : Quartile(sorted, 0.5m);
    }

    /// <summary>
    /// R's type 7 quantile of sorted values: h = (n − 1) × p; the value at ⌊h⌋ plus (h − ⌊h⌋) × the step to the next value.
    /// </summary>
    public static decimal Quartile(IReadOnlyList<decimal> sorted, decimal p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            throw new ArgumentException("There are no values.", nameof(sorted));
        }

        var h = (sorted.Count - 1) * p;
        var lower = (int)decimal.Floor(h);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + ((h - lower) * (sorted[upper] - sorted[lower]));
    }

    /// <summary>LAIT's quartile band of a value (see the class summary for the rule).</summary>
    public static QuartileBand Band(decimal value, Quartiles quartiles, Polarity polarity)
    {
        ArgumentNullException.ThrowIfNull(quartiles);
        var fromLowest = value <= quartiles.LowerQuartile ? 1
            : value <= quartiles.Median ? 2
            : value <= quartiles.UpperQuartile ? 3
            : 4;
        return polarity switch
        {
            Polarity.LowerIsBetter => (QuartileBand)fromLowest,
            Polarity.HigherIsBetter => (QuartileBand)(5 - fromLowest),
            _ => throw new ArgumentOutOfRangeException(nameof(polarity), polarity, "A band needs a polarity."),
        };
    }
}
