using System.Globalization;

namespace GoldenThread.Core.Published;

/// <summary>
/// A published figure: a number, or a symbol (<see cref="PublishedSymbols"/>) where the number is suppressed or unavailable,
/// or neither where the file has no row for that area and year.
/// </summary>
public readonly record struct PublishedValue(decimal? Number, string? Symbol)
{
    /// <summary>No row for that area and year.</summary>
    public static PublishedValue NotPublished => default;

    public static PublishedValue Of(decimal number) => new(number, null);

    public static PublishedValue Suppressed(string symbol) => new(null, symbol);

    public bool HasNumber => Number is not null;

    public bool IsPublished => Number is not null || Symbol is not null;

    /// <summary>The number as published (invariant culture), the symbol, or "not published".</summary>
    public override string ToString() => Number?.ToString(CultureInfo.InvariantCulture) ?? Symbol ?? "not published";
}
