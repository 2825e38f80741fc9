namespace GoldenThread.Core.Indicators;

/// <summary>Every indicator in the product, found by reflection, national ones first, each group in id order.</summary>
public static class IndicatorCatalogue
{
    private static readonly Lazy<IReadOnlyList<Indicator>> Indicators = new(() =>
        [.. typeof(Indicator).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Indicator)) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (Indicator)Activator.CreateInstance(t)!)
            .OrderBy(i => i.Source)
            .ThenBy(i => i.Id, StringComparer.Ordinal)]);

    private static readonly Lazy<IReadOnlyDictionary<string, Indicator>> ById = new(() =>
        Indicators.Value.ToDictionary(i => i.Id, StringComparer.OrdinalIgnoreCase));

    public static IReadOnlyList<Indicator> All => Indicators.Value;

    public static Indicator? Find(string id) => ById.Value.GetValueOrDefault(id);

    public static Indicator Get(string id) =>
        Find(id) ?? throw new ArgumentException($"There is no indicator '{id}'. Known: {string.Join(", ", All.Select(i => i.Id))}.", nameof(id));
}
