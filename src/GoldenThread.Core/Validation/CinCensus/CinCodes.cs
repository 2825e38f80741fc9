using GoldenThread.Core.Codes;
using GoldenThread.Core.Model;

namespace GoldenThread.Core.Validation.CinCensus;

/// <summary>The CIN census 2024-25 code sets the rules check values against (from the DfE specification's enumerations).</summary>
public static class CinCodes
{
    public static IReadOnlySet<string> Sex { get; } = Set("M", "F", "U");

    public static IReadOnlySet<string> Ethnicity { get; } = Set(
        "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND",
        "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    public static IReadOnlySet<string> Disability { get; } = Set(
        "NONE", "MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA");

    public const string NoDisability = "NONE";

    public static IReadOnlySet<string> ReferralSource { get; } = Set(
        "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10");

    public static IReadOnlySet<string> PrimaryNeed { get; } = new HashSet<string>(CodeLists.PrimaryNeed.Keys, StringComparer.Ordinal);

    public static IReadOnlySet<string> ReasonForClosure { get; } = new HashSet<string>(CodeLists.ReasonForClosure.Keys, StringComparer.Ordinal);

    public static IReadOnlySet<string> CategoryOfAbuse { get; } = new HashSet<string>(CodeLists.CategoryOfAbuse.Keys, StringComparer.Ordinal);

    /// <summary>UPNunknown reasons that explain a missing UPN for a child of school age (UN1, "child is not of school age", does not).</summary>
    public static IReadOnlySet<string> UpnUnknownForSchoolAge { get; } = Set("UN2", "UN3", "UN4", "UN5", "UN6", "UN7");

    /// <summary>RC2: the child died.</summary>
    public const string ClosedDied = "RC2";

    /// <summary>RC8 and RC9: case closed after assessment (no further action, or referred to early help).</summary>
    public static IReadOnlySet<string> ClosedAfterAssessment { get; } = Set("RC8", "RC9");

    /// <summary>UN7: referral with no further action.</summary>
    public const string UpnUnknownNoFurtherAction = "UN7";

    /// <summary>Assessment factor 21: no factors identified.</summary>
    public const string NoFactorsIdentified = "21";

    /// <summary>
    /// The child's sex as a CIN 2024-25 code: <see cref="Child.Sex"/> where recorded, otherwise GenderCurrent mapped
    /// (1 → M, 2 → F, 0 and 9 → U), so returns carried over from 2023-24 are read the same way. Null when neither is recorded.
    /// </summary>
    public static string? SexOf(Child child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (!string.IsNullOrWhiteSpace(child.Sex))
        {
            return child.Sex.Trim();
        }

        return child.GenderCurrent?.Trim() switch
        {
            "1" => "M",
            "2" => "F",
            "0" or "9" => "U",
            _ => null,
        };
    }

    /// <summary>True for a code present in the set (exact, after trimming); false for a missing code.</summary>
    public static bool IsValid(IReadOnlySet<string> codes, string? code)
    {
        ArgumentNullException.ThrowIfNull(codes);
        return !string.IsNullOrWhiteSpace(code) && codes.Contains(code.Trim());
    }

    private static HashSet<string> Set(params string[] codes) => new(codes, StringComparer.Ordinal);
}
