using GoldenThread.Core.Model;
using GoldenThread.Core.Published;

namespace GoldenThread.Data.Published;

/// <summary>
/// A published statistic as stored (table <c>published_statistics</c>): long format, one row per value cell of a DfE/ONS file,
/// with the load it came from. Only the rows of committed loads are visible (a query filter on the load's status).
/// </summary>
public sealed class PublishedStatisticRow
{
    public long Id { get; set; }

    public long LoadId { get; set; }

    public DataLoad? Load { get; set; }

    public required string DatasetId { get; set; }

    public int TimePeriod { get; set; }

    public GeographicLevel Level { get; set; }

    public required string CountryCode { get; set; }

    public string? CountryName { get; set; }

    public string? RegionCode { get; set; }

    public string? RegionName { get; set; }

    public string? OldLaCode { get; set; }

    public string? NewLaCode { get; set; }

    public string? LaName { get; set; }

    /// <summary>The filters as <see cref="PublishedFilters"/> writes them.</summary>
    public required string FilterKey { get; set; }

    public required string Measure { get; set; }

    public decimal? Value { get; set; }

    public string? Symbol { get; set; }

    public static PublishedStatisticRow From(PublishedStatistic statistic, long id, long loadId)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        return new PublishedStatisticRow
        {
            Id = id,
            LoadId = loadId,
            DatasetId = statistic.DatasetId,
            TimePeriod = statistic.TimePeriod,
            Level = statistic.Level,
            CountryCode = statistic.CountryCode,
            CountryName = statistic.CountryName,
            RegionCode = statistic.RegionCode,
            RegionName = statistic.RegionName,
            OldLaCode = statistic.OldLaCode,
            NewLaCode = statistic.NewLaCode,
            LaName = statistic.LaName,
            FilterKey = statistic.FilterKey,
            Measure = statistic.Measure,
            Value = statistic.Value,
            Symbol = statistic.Symbol,
        };
    }

    public PublishedStatistic ToStatistic() => new()
    {
        DatasetId = DatasetId,
        TimePeriod = TimePeriod,
        Level = Level,
        CountryCode = CountryCode,
        CountryName = CountryName,
        RegionCode = RegionCode,
        RegionName = RegionName,
        OldLaCode = OldLaCode,
        NewLaCode = NewLaCode,
        LaName = LaName,
        FilterKey = FilterKey,
        Measure = Measure,
        Value = Value is { } value ? Unpadded(value) : null,
        Symbol = Symbol,
    };

    /// <summary>The number without the zeros the column's scale pads it with (PostgreSQL's numeric(18,4) gives 24.5000 for 24.5).</summary>
    private static decimal Unpadded(decimal value) => value / 1.0000000000000000000000000000m;
}
