namespace GoldenThread.Core.Demo;

/// <summary>
/// The statutory codes the demo authority uses, weighted roughly as English authorities record them
/// (CIN census and SSDA903 code sets; weights are illustrative, not published figures).
/// </summary>
internal static class DemoCodes
{
    public static WeightedChoice<string> Ethnicity { get; } = new(
        ("WBRI", 55), ("WIRI", 0.6), ("WIRT", 0.3), ("WOTH", 7), ("WROM", 0.8), ("MWBC", 3.5), ("MWBA", 1.2),
        ("MWAS", 1.2), ("MOTH", 4), ("AIND", 2), ("APKN", 3), ("ABAN", 2.5), ("AOTH", 2), ("BCRB", 1.6), ("BAFR", 4),
        ("BOTH", 1.1), ("CHNE", 0.3), ("OOTH", 3), ("REFU", 1.2), ("NOBT", 4));

    /// <summary>Ethnicity of unaccompanied asylum-seeking children.</summary>
    public static WeightedChoice<string> UnaccompaniedEthnicity { get; } = new(
        ("BAFR", 30), ("OOTH", 25), ("AOTH", 25), ("WOTH", 8), ("MOTH", 7), ("NOBT", 5));

    public static WeightedChoice<string> Disability { get; } = new(
        ("AUT", 30), ("LD", 20), ("BEH", 12), ("COMM", 12), ("CON", 6), ("MOB", 6), ("HAND", 3), ("PC", 3),
        ("INC", 2), ("HEAR", 3), ("VIS", 2), ("DDA", 1));

    public static WeightedChoice<string> ReferralSource { get; } = new(
        ("1A", 3), ("1B", 1), ("1C", 2), ("1D", 1), ("2A", 19), ("2B", 2), ("3A", 3), ("3B", 3), ("3C", 1),
        ("3D", 2), ("3E", 3), ("3F", 3), ("4", 2), ("5A", 6), ("5B", 3), ("5C", 2), ("5D", 1), ("6", 29),
        ("7", 2), ("8", 5), ("9", 2), ("10", 1));

    public static WeightedChoice<string> PrimaryNeed { get; } = new(
        ("N1", 56), ("N2", 3), ("N3", 4), ("N4", 11), ("N5", 13), ("N6", 5), ("N7", 1), ("N8", 3), ("N9", 3), ("N0", 1));

    public static WeightedChoice<string> NoFurtherActionNeed { get; } = new(
        ("N1", 30), ("N4", 15), ("N5", 15), ("N6", 5), ("N8", 3), ("N9", 22), ("N0", 10));

    public static WeightedChoice<string> AssessmentFactor { get; } = new(
        ("3A", 9), ("3B", 8), ("3C", 3), ("4B", 15), ("4A", 5), ("2B", 8), ("1B", 6), ("18B", 10), ("20", 12),
        ("21", 7), ("22A", 4), ("23A", 2), ("24A", 3), ("11A", 2), ("14A", 3), ("15A", 3), ("5B", 2), ("6B", 2),
        ("6A", 2), ("5A", 2), ("7A", 1), ("10A", 2), ("13A", 1), ("1A", 1), ("2A", 1), ("19B", 1), ("19C", 1),
        ("18C", 1), ("12A", 0.3), ("16A", 0.3), ("17A", 0.3), ("8B", 0.5), ("8C", 0.5), ("8D", 0.3), ("8E", 0.3),
        ("8F", 0.3), ("4C", 1), ("1C", 0.5), ("2C", 0.5), ("5C", 0.3), ("6C", 0.3));

    public static WeightedChoice<string> CategoryOfAbuse { get; } = new(
        ("NEG", 50), ("EMO", 36), ("PHY", 7), ("SAB", 4), ("MUL", 3));

    public static WeightedChoice<string> ContactOutcome { get; } = new(
        ("NFA", 45), ("INFORMATION", 30), ("EARLY_HELP", 25));

    public static WeightedChoice<string> EarlyHelpProvider { get; } = new(
        ("Early Help Team", 45), ("Family Hub (synthetic)", 30), ("School family support", 15), ("Youth service", 10));

    public static WeightedChoice<string> EarlyHelpEndReason { get; } = new(
        ("Outcomes achieved", 60), ("Family disengaged", 18), ("Stepped up to social care", 10),
        ("Moved out of area", 7), ("Transferred to another service", 5));

    /// <summary>Reasons for a move between placements (PLACE, a change of status only, is used where no move happens).</summary>
    public static WeightedChoice<string> ReasonPlaceChange { get; } = new(
        ("CARPL", 28), ("CREQB", 18), ("CHILD", 12), ("CREQO", 10), ("LAREQ", 8), ("CLOSE", 4), ("ALLEG", 3),
        ("STAND", 3), ("APPRR", 2), ("OTHER", 6));

    /// <summary>Reasons a period of care ends on the 18th birthday.</summary>
    public static WeightedChoice<string> EndAtEighteen { get; } = new(
        ("E5", 45), ("E17", 20), ("E6", 10), ("E8", 10), ("E13", 10), ("E4A", 5));

    public static WeightedChoice<string> ReviewParticipation { get; } = new(
        ("PN1", 55), ("PN2", 8), ("PN3", 5), ("PN4", 12), ("PN5", 6), ("PN6", 6), ("PN7", 8));

    public static WeightedChoice<string> CareLeaverInTouch { get; } = new(
        ("YES", 90), ("NO", 4), ("REFU", 2), ("NREQ", 2), ("RHOM", 2));

    public static WeightedChoice<string> CareLeaverEducationOrWork { get; } = new(
        ("F1", 8), ("P1", 1), ("F2", 30), ("P2", 6), ("F4", 12), ("P4", 4), ("F5", 25), ("P5", 14));

    public static WeightedChoice<string> CareLeaverNotInEducationOrWork { get; } = new(
        ("G4", 25), ("G5", 60), ("G6", 15));

    public static WeightedChoice<string> CareLeaverAccommodation { get; } = new(
        ("U", 30), ("D", 20), ("B", 12), ("Z", 10), ("E", 6), ("K", 5), ("T", 3), ("C", 3), ("Y", 4), ("W", 2),
        ("V", 2), ("X", 2), ("S", 1));

    public static WeightedChoice<string> LeavingReason { get; } = new(
        ("Moved to another authority", 35), ("Resigned", 25), ("Career change", 15), ("Retired", 10),
        ("Promotion outside the service", 10), ("Dismissed", 5));

    public static WeightedChoice<decimal> PartTimeFte { get; } = new((0.5m, 25), (0.6m, 25), (0.7m, 20), (0.8m, 30));

    public static WeightedChoice<string> SdqNotRecordedReason { get; } = new(
        ("SDQ2", 20), ("SDQ3", 25), ("SDQ4", 35), ("SDQ5", 20));

    public static WeightedChoice<string> AdoptionDisruption { get; } = new(
        ("RD1", 30), ("RD3", 45), ("RD4", 25));

    /// <summary>Reason for closure of a CIN episode that the child's care ended with.</summary>
    public static string ClosureAfterCare(string reasonEpisodeCeased) => reasonEpisodeCeased switch
    {
        "E11" or "E12" => "RC1",
        "E45" or "E46" or "E47" or "E48" => "RC4",
        "E41" => "RC3",
        "E3" => "RC5",
        "E7" => "RC6",
        _ => "RC7",
    };

    /// <summary>The SSDA903 category of need (N1 to N8) for a CIN primary need code.</summary>
    public static string CategoryOfNeed(string? primaryNeed) =>
        primaryNeed is "N1" or "N2" or "N3" or "N4" or "N5" or "N6" or "N7" or "N8" ? primaryNeed : "N1";
}
