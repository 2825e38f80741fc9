namespace GoldenThread.Core.Published;

/// <summary>
/// The symbols DfE statistics files put in a value cell instead of a number. They are kept as text, never turned into 0:
/// a suppressed cell is not a zero, and a zero is not a suppressed cell.
/// </summary>
public static class PublishedSymbols
{
    /// <summary>Confidential: suppressed to protect individuals (counts of 1 to 5, and secondary suppression).</summary>
    public const string Confidential = "c";

    /// <summary>Rounds to 0 but is not 0 (care leaver percentages where the count is 1).</summary>
    public const string RoundsToZeroK = "k";

    /// <summary>Rounds to 0 but is not 0 (workforce figures).</summary>
    public const string RoundsToZeroLow = "low";

    /// <summary>Low reliability.</summary>
    public const string LowReliability = "u";

    /// <summary>Not available.</summary>
    public const string NotAvailable = "x";

    /// <summary>Not applicable.</summary>
    public const string NotApplicable = "z";

    /// <summary>Every symbol with its meaning, in the order the files' documentation gives them.</summary>
    public static IReadOnlyDictionary<string, string> Meanings { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Confidential] = "confidential (suppressed)",
        [RoundsToZeroK] = "rounds to 0 but is not 0",
        [RoundsToZeroLow] = "rounds to 0 but is not 0",
        [LowReliability] = "low reliability",
        [NotAvailable] = "not available",
        [NotApplicable] = "not applicable",
    };

    /// <summary>The symbols as a list for messages: c, k, low, u, x, z.</summary>
    public static string List { get; } = string.Join(", ", Meanings.Keys);

    public static bool IsKnown(string text) => Meanings.ContainsKey(text);
}
