using GoldenThread.Core.Published;

namespace GoldenThread.Core.Tests.Published;

/// <summary>The shipped files read once per test run (they are read-only), and helpers to pick one statistic.</summary>
internal static class PublishedData
{
    public const string TowerHamlets = "211";
    public const string England = "E92000001";
    public const string InnerLondon = "E13000001";

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<PublishedStatistic>>> Files = new(() =>
        PublishedDatasets.All.Where(d => d.Kind == PublishedFileKind.Statistics)
            .ToDictionary(d => d.Id, ShippedPublishedFiles.ReadStatistics));

    private static readonly Lazy<StatisticalNeighbours> Model2025 = new(() => ShippedPublishedFiles.ReadNeighbours());

    public static IReadOnlyList<PublishedStatistic> Of(PublishedDataset dataset) => Files.Value[dataset.Id];

    public static IEnumerable<PublishedStatistic> All => Files.Value.Values.SelectMany(s => s);

    public static StatisticalNeighbours Neighbours2025 => Model2025.Value;

    /// <summary>The one statistic of the dataset for the area, year, measure and filters.</summary>
    public static PublishedStatistic Single(PublishedDataset dataset, int year, GeographicLevel level, string area, string measure, params (string Column, string Value)[] filters)
    {
        var key = PublishedFilters.Key(filters);
        return Of(dataset).Single(s => s.TimePeriod == year && s.Level == level && s.AreaCode == area && s.Measure == measure && s.FilterKey == key);
    }

    public static PublishedValue Value(PublishedDataset dataset, int year, GeographicLevel level, string area, string measure, params (string Column, string Value)[] filters) =>
        Single(dataset, year, level, area, measure, filters).Published;

    public static PublishedValue TowerHamlets2025(PublishedDataset dataset, string measure, params (string Column, string Value)[] filters) =>
        Value(dataset, 2025, GeographicLevel.LocalAuthority, TowerHamlets, measure, filters);

    public static PublishedValue England2025(PublishedDataset dataset, string measure, params (string Column, string Value)[] filters) =>
        Value(dataset, 2025, GeographicLevel.National, England, measure, filters);

    public static PublishedValue N(decimal number) => PublishedValue.Of(number);

    public static PublishedValue S(string symbol) => PublishedValue.Suppressed(symbol);
}
