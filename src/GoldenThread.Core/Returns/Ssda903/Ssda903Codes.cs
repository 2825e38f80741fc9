using System.Collections.Frozen;
using GoldenThread.Core.Codes;

namespace GoldenThread.Core.Returns.Ssda903;

/// <summary>
/// The SSDA903 code lists the readers check (DfE children looked after guidance, as summarised in the domain notes; SW_REASON
/// from DfE rule SW13; SEX_ADOPTR, LS_ADOPTR and SDQ_REASON from the 903 guidance). A value outside its list is kept and
/// reported as an <see cref="ImportProblem"/>; whether it is valid for a given year is for validation to say.
/// </summary>
internal static class Ssda903Codes
{
    private static readonly FrozenDictionary<string, FrozenSet<string>> _lists = new Dictionary<string, FrozenSet<string>>
    {
        ["SEX"] = Set("1", "2"),
        ["ETHNIC"] = Set(
            "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR",
            "BOTH", "CHNE", "OOTH", "REFU", "NOBT"),
        ["MOTHER"] = Set("0", "1"),
        ["RNE"] = CodeLists.ReasonForNewEpisode.Keys.ToFrozenSet(StringComparer.Ordinal),
        ["LS"] = CodeLists.LegalStatus.Keys.ToFrozenSet(StringComparer.Ordinal),
        ["CIN"] = Set("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"),
        ["PLACE"] = CodeLists.PlacementType.Keys.Concat(["Z11", "Z12", "Z13", "Z14"]).ToFrozenSet(StringComparer.Ordinal),
        ["PLACE_PROVIDER"] = Set("PR0", "PR1", "PR2", "PR3", "PR4", "PR5"),
        ["REC"] = CodeLists.ReasonEpisodeCeased.Keys.ToFrozenSet(StringComparer.Ordinal),
        ["REASON_PLACE_CHANGE"] = Set(
            "CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE", "CUSTOD", "OTHER"),
        ["REVIEW_CODE"] = Set("PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"),
        ["MISSING"] = Set("M", "A"),
        ["IN_TOUCH"] = Set("YES", "NO", "DIED", "REFU", "NREQ", "RHOM"),
        ["ACTIV"] = Set("F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0"),
        ["SDQ_REASON"] = Set("SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5"),
        ["REASON_PLACED_CEASED"] = Set("RD1", "RD2", "RD3", "RD4"),
        ["NB_ADOPTR"] = Set("1", "2"),
        ["SEX_ADOPTR"] = Set("M1", "F1", "MM", "FF", "MF"),
        ["LS_ADOPTR"] = Set("L0", "L11", "L12", "L2", "L3", "L4"),
        ["SW_REASON"] = Set("MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN", "SWDIED", "OTHERS"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether the column has a code list and the value is not on it.</summary>
    public static bool IsUnknown(string column, string value) => _lists.TryGetValue(column, out var codes) && !codes.Contains(value);

    private static FrozenSet<string> Set(params string[] codes) => codes.ToFrozenSet(StringComparer.Ordinal);
}
