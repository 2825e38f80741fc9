namespace GoldenThread.Core.Published;

/// <summary>
/// One published figure in long format: one value column of one row of a DfE/ONS statistics file, for one area, year and
/// breakdown. The value is a number, or a suppression symbol kept as text (<see cref="PublishedSymbols"/>), never 0.
/// </summary>
public sealed record PublishedStatistic
{
    /// <summary>The dataset (<see cref="PublishedDatasets"/>), e.g. cin_c1.</summary>
    public required string DatasetId { get; init; }

    /// <summary>The year of <c>time_period</c>: the year ending 31 March for CIN and CLA, at 30 September for the workforce, mid-year for ONS.</summary>
    public required int TimePeriod { get; init; }

    public required GeographicLevel Level { get; init; }

    /// <summary>E92000001 for England.</summary>
    public required string CountryCode { get; init; }

    public string? CountryName { get; init; }

    /// <summary>The region (E12…, or E13000001/E13000002 for Inner and Outer London); for a local authority, its region.</summary>
    public string? RegionCode { get; init; }

    public string? RegionName { get; init; }

    /// <summary>The 3-digit DfE code of a local authority, e.g. 211.</summary>
    public string? OldLaCode { get; init; }

    /// <summary>The ONS code of a local authority, e.g. E09000030.</summary>
    public string? NewLaCode { get; init; }

    public string? LaName { get; init; }

    /// <summary>The filters as a canonical key (<see cref="PublishedFilters"/>), empty where the dataset has none.</summary>
    public required string FilterKey { get; init; }

    /// <summary>The value column, e.g. rereferral_percent.</summary>
    public required string Measure { get; init; }

    public decimal? Value { get; init; }

    /// <summary>The suppression symbol where the file has one instead of a number.</summary>
    public string? Symbol { get; init; }

    public IReadOnlyList<PublishedFilter> Filters => PublishedFilters.Parse(FilterKey);

    public PublishedValue Published => new(Value, Symbol);

    /// <summary>The area's code at its level: country code, region code or old LA code.</summary>
    public string AreaCode => Level switch
    {
        GeographicLevel.National => CountryCode,
        GeographicLevel.Regional => RegionCode ?? string.Empty,
        _ => OldLaCode ?? string.Empty,
    };

    /// <summary>The area's name at its level (country, region or LA name).</summary>
    public string? AreaName => Level switch
    {
        GeographicLevel.National => CountryName,
        GeographicLevel.Regional => RegionName,
        _ => LaName,
    };
}
