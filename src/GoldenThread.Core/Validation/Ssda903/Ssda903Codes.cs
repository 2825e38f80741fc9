using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace GoldenThread.Core.Validation.Ssda903;

/// <summary>SSDA903 code lists (DfE guidance, as in DOMAIN.md and the rule messages) and small helpers the rules share.</summary>
public static partial class Ssda903Codes
{
    public static FrozenSet<string> Ethnicity { get; } = Set(
        "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH",
        "CHNE", "OOTH", "REFU", "NOBT");

    public static FrozenSet<string> LegalStatus { get; } = Set("C1", "C2", "D1", "E1", "V2", "V3", "V4", "L1", "L2", "L3", "J1", "J2", "J3");

    public static FrozenSet<string> ReasonForNewEpisode { get; } = Set("S", "L", "P", "T", "B", "U");

    public static FrozenSet<string> CategoryOfNeed { get; } = Set("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8");

    /// <summary>PLACE in 2024-25: K3 (supported accommodation) is new; H5 and P2 are gone.</summary>
    public static FrozenSet<string> Placement202425 { get; } = Set(
        "A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4",
        "U1", "U2", "U3", "U4", "U5", "U6", "Z1");

    /// <summary>PLACE from 2025-26: Z1 is split into Z11 to Z14.</summary>
    public static FrozenSet<string> Placement202526 { get; } = Set(
        "A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4",
        "U1", "U2", "U3", "U4", "U5", "U6", "Z11", "Z12", "Z13", "Z14");

    public static FrozenSet<string> PlacementProvider { get; } = Set("PR0", "PR1", "PR2", "PR3", "PR4", "PR5");

    public static FrozenSet<string> ReasonEpisodeCeased { get; } = Set(
        "X1", "E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E45", "E46", "E47", "E48", "E5", "E6", "E7", "E8", "E9", "E14", "E15",
        "E16", "E17");

    public static FrozenSet<string> ReasonPlaceChange { get; } = Set(
        "CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE", "CUSTOD", "OTHER");

    public static FrozenSet<string> ReviewParticipation { get; } = Set("PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7");

    public static FrozenSet<string> MissingType { get; } = Set("M", "A");

    public static FrozenSet<string> InTouch { get; } = Set("YES", "NO", "DIED", "REFU", "NREQ", "RHOM");

    public static FrozenSet<string> Activity { get; } = Set("F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0");

    /// <summary>ACCOM: accommodation type letter and 1 (suitable) or 2 (not suitable), or 0.</summary>
    public static FrozenSet<string> Accommodation { get; } = Set(
        "B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2", "H1", "H2", "K1", "K2", "R1", "R2", "S2", "T1", "T2", "U1", "U2",
        "V1", "V2", "W1", "W2", "X2", "Y1", "Y2", "Z1", "Z2", "0");

    public static FrozenSet<string> SdqReason { get; } = Set("SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5");

    public static FrozenSet<string> NumberOfAdopters { get; } = Set("1", "2");

    public static FrozenSet<string> SexOfAdopters { get; } = Set("M1", "F1", "MM", "FF", "MF");

    public static FrozenSet<string> CoupleSexOfAdopters { get; } = Set("MM", "FF", "MF");

    public static FrozenSet<string> SameSexCouple { get; } = Set("MM", "FF");

    public static FrozenSet<string> LegalStatusOfAdopters { get; } = Set("L0", "L11", "L12", "L2", "L3", "L4");

    public static FrozenSet<string> ReasonPlacedCeased { get; } = Set("RD1", "RD2", "RD3", "RD4");

    public static FrozenSet<string> PreviousPermanence { get; } = Set("P1", "P2", "P3", "P4", "Z1");

    public static FrozenSet<string> SocialWorkerReason { get; } = Set(
        "MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN", "SWDIED", "OTHERS");

    /// <summary>UPN unknown codes allowed in the 903 (UN6 and UN7 are CIN-only).</summary>
    public static FrozenSet<string> UpnUnknown903 { get; } = Set("UN1", "UN2", "UN3", "UN4", "UN5");

    public static FrozenSet<string> Temporary { get; } = Set("T0", "T1", "T2", "T3", "T4");

    public static FrozenSet<string> PlacedForAdoption { get; } = Set("A3", "A4", "A5", "A6");

    public static FrozenSet<string> Foster { get; } = Set("U1", "U2", "U3", "U4", "U5", "U6");

    public static FrozenSet<string> Adopted { get; } = Set("E11", "E12");

    public static FrozenSet<string> SpecialGuardianship { get; } = Set("E45", "E46", "E47", "E48");

    /// <summary>Placement types that have no Ofsted URN (rules 218 and 222).</summary>
    public static FrozenSet<string> NoUrnPlacement { get; } = Set("H5", "P1", "P2", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1");

    /// <summary>The PLACE list for a collection year.</summary>
    public static FrozenSet<string> PlacementFor(string collectionYear) =>
        string.CompareOrdinal(collectionYear, "2025-26") >= 0 ? Placement202526 : Placement202425;

    /// <summary>True when a code field holds something other than blanks.</summary>
    public static bool Has(string? value) => !string.IsNullOrWhiteSpace(value);

    /// <summary>True when a code field is completed and not in <paramref name="codes"/>.</summary>
    public static bool Invalid(string? value, FrozenSet<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        return Has(value) && !codes.Contains(value!);
    }

    /// <summary>True when <paramref name="value"/> is one of <paramref name="codes"/>.</summary>
    public static bool In(string? value, FrozenSet<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        return value is not null && codes.Contains(value);
    }

    /// <summary>The birthday in the year of turning <paramref name="years"/>; a 29 February birthday falls on 1 March in other years (ADR 0004).</summary>
    public static DateOnly Birthday(DateOnly birth, int years)
    {
        var year = birth.Year + years;
        return birth is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year) ? new DateOnly(year, 3, 1) : new DateOnly(year, birth.Month, birth.Day);
    }

    /// <summary>A UPN: a letter, 11 digits and a digit or letter.</summary>
    public static bool IsUpnFormat(string value) => UpnPattern().IsMatch(value);

    /// <summary>
    /// A UK postcode as the 903 takes it: the full postcode (e.g. AB1 2CD) or the outward code and sector digit (e.g. AB1 2),
    /// with or without the space. Format only: GoldenThread holds no postcode directory.
    /// </summary>
    public static bool IsPostcodeFormat(string value) => PostcodePattern().IsMatch(value.Trim().ToUpperInvariant());

    /// <summary>Postcodes compared without spaces or case.</summary>
    public static string NormalisePostcode(string value) => value.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    private static FrozenSet<string> Set(params string[] codes) => codes.ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex("^[A-Za-z][0-9]{11}[0-9A-Za-z]$", RegexOptions.CultureInvariant)]
    private static partial Regex UpnPattern();

    [GeneratedRegex("^[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9]([A-Z]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex PostcodePattern();
}
