namespace GoldenThread.Core.Demo;

/// <summary>
/// What the synthetic demo authority should hold: how many children, over how many years ending at
/// <see cref="Today"/>, drawn from which seed. The same options always give the same authority.
/// </summary>
/// <param name="Children">Children in the authority's records, including those known before the window opens.</param>
/// <param name="Years">Length of the window, in years, that ends at today.</param>
/// <param name="Seed">Seed of the single pseudo-random sequence the generator draws from.</param>
/// <param name="Today">The last day with events; null means <see cref="DefaultToday"/>.</param>
public sealed record DemoOptions(int Children = 20000, int Years = 6, int Seed = 42, DateOnly? Today = null)
{
    /// <summary>The "today" used when none is given: fixed, so a default demo never changes with the clock.</summary>
    public static DateOnly DefaultToday { get; } = new(2026, 11, 25);

    public DateOnly ResolvedToday => Today ?? DefaultToday;
}
