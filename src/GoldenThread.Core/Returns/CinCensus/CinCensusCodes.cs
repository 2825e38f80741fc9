using System.Collections.Frozen;
using System.Globalization;
using GoldenThread.Core.Validation;

namespace GoldenThread.Core.Returns.CinCensus;

/// <summary>
/// The CIN census code lists (the enumerations of the DfE schema, 2023-24 to 2025-26) and the layout differences between years.
/// A code outside these lists is kept as recorded and reported, never dropped.
/// </summary>
internal static class CinCensusCodes
{
    /// <summary>The first collection year whose layout carries Sex (M, F, U) instead of GenderCurrent (0, 1, 2, 9).</summary>
    public const int FirstSexLayoutStartYear = 2024;

    public static FrozenSet<string> Sex { get; } = Set("M", "F", "U");

    public static FrozenSet<string> GenderCurrent { get; } = Set("0", "1", "2", "9");

    public static FrozenSet<string> UpnUnknown { get; } = Set("UN1", "UN2", "UN3", "UN4", "UN5", "UN6", "UN7");

    public static FrozenSet<string> Ethnicity { get; } = Set(
        "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR",
        "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    public static FrozenSet<string> Disability { get; } = Set(
        "NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA");

    public static FrozenSet<string> ReferralSource { get; } = Set(
        "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10");

    public static FrozenSet<string> PrimaryNeed { get; } = Set("N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9");

    public static FrozenSet<string> ReasonForClosure { get; } = Set("RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9");

    public static FrozenSet<string> CategoryOfAbuse { get; } = Set("NEG", "PHY", "SAB", "EMO", "MUL");

    public static FrozenSet<string> AssessmentFactor { get; } = Set(
        "1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C", "6A", "6B", "6C", "7A", "8B", "8C",
        "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A", "14A", "15A", "16A", "17A", "18A", "18B", "18C", "19A", "19B", "19C",
        "20", "21", "22A", "23A", "24A");

    /// <summary>Sex for a GenderCurrent code: 1 male, 2 female, 0 (not recorded or unborn) and 9 (indeterminate) unknown.</summary>
    public static string? SexFromGenderCurrent(string? genderCurrent) => genderCurrent switch
    {
        "1" => "M",
        "2" => "F",
        "0" or "9" => "U",
        _ => null,
    };

    /// <summary>GenderCurrent for a sex code: M 1, F 2, U 0 (not recorded or unborn).</summary>
    public static string? GenderCurrentFromSex(string? sex) => sex switch
    {
        "M" => "1",
        "F" => "2",
        "U" => "0",
        _ => null,
    };

    /// <summary>The first year of a collection year such as 2024-25, checking its form.</summary>
    public static int StartYear(string collectionYear, string parameterName)
    {
        if (collectionYear is { Length: 7 } && collectionYear[4] == '-'
            && int.TryParse(collectionYear.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            && int.TryParse(collectionYear.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            && (start + 1) % 100 == end)
        {
            return start;
        }

        throw new ArgumentException($"'{collectionYear}' is not a collection year such as 2024-25.", parameterName);
    }

    /// <summary>Whether a collection year's layout carries GenderCurrent (2023-24 and before) rather than Sex.</summary>
    public static bool UsesGenderCurrent(int startYear) => startYear < FirstSexLayoutStartYear;

    /// <summary>The collection year whose Year element holds <paramref name="year"/> (the year of its 31 March): 2025 → 2024-25.</summary>
    public static string CollectionYearEnding(int year) => CollectionYears.Of(new DateOnly(year, 3, 31));

    private static FrozenSet<string> Set(params string[] codes) => codes.ToFrozenSet(StringComparer.Ordinal);
}
