namespace GoldenThread.Core.Demo;

/// <summary>
/// A seeded pseudo-random sequence. Everything random in the demo authority is drawn, in a fixed order, from the
/// generator's sequence or from a <see cref="Stream"/> of the same seed, so the same seed always gives the same authority.
/// </summary>
internal sealed class DemoRandom(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>
    /// Another sequence from the same seed, for steps added after the order of draws was settled: drawing from it leaves the
    /// generator's own sequence, and so every record drawn from it, as it was.
    /// </summary>
    public static DemoRandom Stream(int seed, int stream) => new(unchecked((seed * 1_000_003) + stream));

    public double NextDouble() => _random.NextDouble();

    public bool Chance(double probability) => _random.NextDouble() < probability;

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => max <= min ? min : _random.Next(min, max + 1);

    public int Index(int count) => _random.Next(count);

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>A date from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public DateOnly DateBetween(DateOnly from, DateOnly to) =>
        to <= from ? from : from.AddDays(_random.Next(to.DayNumber - from.DayNumber + 1));

    /// <summary>Whole days drawn from an exponential distribution with the given mean.</summary>
    public int ExponentialDays(double mean) => (int)Math.Round(-mean * Math.Log(1 - _random.NextDouble()));
}

/// <summary>Codes (or anything else) with relative weights, picked in proportion to them.</summary>
internal sealed class WeightedChoice<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public WeightedChoice(params (T Item, double Weight)[] entries)
    {
        _items = new T[entries.Length];
        _cumulative = new double[entries.Length];
        var total = 0.0;
        for (var i = 0; i < entries.Length; i++)
        {
            total += entries[i].Weight;
            _items[i] = entries[i].Item;
            _cumulative[i] = total;
        }
    }

    public IReadOnlyList<T> Items => _items;

    public T Pick(DemoRandom random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        index = index < 0 ? ~index : index + 1;
        return _items[Math.Min(index, _items.Length - 1)];
    }
}
