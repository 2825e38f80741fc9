namespace GoldenThread.Core.Codes;

/// <summary>Statutory code lists with their meanings (CIN census and SSDA903 guidance), for showing codes in words.</summary>
public static class CodeLists
{
    public static IReadOnlyDictionary<string, string> CategoryOfAbuse { get; } = new Dictionary<string, string>
    {
        ["NEG"] = "Neglect",
        ["PHY"] = "Physical abuse",
        ["SAB"] = "Sexual abuse",
        ["EMO"] = "Emotional abuse",
        ["MUL"] = "Multiple categories",
    };

    public static IReadOnlyDictionary<string, string> PrimaryNeed { get; } = new Dictionary<string, string>
    {
        ["N0"] = "Not stated",
        ["N1"] = "Abuse or neglect",
        ["N2"] = "Child's disability or illness",
        ["N3"] = "Parental illness or disability",
        ["N4"] = "Family in acute stress",
        ["N5"] = "Family dysfunction",
        ["N6"] = "Socially unacceptable behaviour",
        ["N7"] = "Low income",
        ["N8"] = "Absent parenting",
        ["N9"] = "Cases other than children in need",
    };

    public static IReadOnlyDictionary<string, string> ReasonForClosure { get; } = new Dictionary<string, string>
    {
        ["RC1"] = "Adopted",
        ["RC2"] = "Died",
        ["RC3"] = "Child arrangements order",
        ["RC4"] = "Special guardianship order",
        ["RC5"] = "Transferred to services of another local authority",
        ["RC6"] = "Transferred to adult social care",
        ["RC7"] = "Services ceased for any other reason, including child no longer in need",
        ["RC8"] = "Case closed after assessment, no further action",
        ["RC9"] = "Case closed after assessment, referred to early help",
    };

    public static IReadOnlyDictionary<string, string> LegalStatus { get; } = new Dictionary<string, string>
    {
        ["C1"] = "Interim care order",
        ["C2"] = "Full care order",
        ["D1"] = "Freeing order granted",
        ["E1"] = "Placement order granted",
        ["V2"] = "Single period of accommodation under section 20",
        ["V3"] = "Accommodated under an agreed series of short-term breaks, when individual episodes of care are recorded",
        ["V4"] = "Accommodated under an agreed series of short-term breaks, when agreements are recorded",
        ["L1"] = "Under police protection and in local authority accommodation",
        ["L2"] = "Emergency protection order",
        ["L3"] = "Under child assessment order and in local authority accommodation",
        ["J1"] = "Remanded to local authority accommodation or to youth detention accommodation",
        ["J2"] = "Placed in local authority accommodation under PACE",
        ["J3"] = "Sentenced to a youth rehabilitation order with residence or intensive fostering requirement",
    };

    public static IReadOnlyDictionary<string, string> ReasonForNewEpisode { get; } = new Dictionary<string, string>
    {
        ["S"] = "Started to be looked after",
        ["L"] = "Change of legal status only",
        ["P"] = "Change of placement and carer",
        ["T"] = "Change of placement, same carer",
        ["B"] = "Change of legal status and placement and carer at the same time",
        ["U"] = "Change of legal status and placement, same carer",
    };

    public static IReadOnlyDictionary<string, string> PlacementType { get; } = new Dictionary<string, string>
    {
        ["A3"] = "Placed for adoption with parental consent with current foster carer",
        ["A4"] = "Placed for adoption with parental consent not with current foster carer",
        ["A5"] = "Placed for adoption with placement order with current foster carer",
        ["A6"] = "Placed for adoption with placement order not with current foster carer",
        ["K1"] = "Secure children's home",
        ["K2"] = "Children's home",
        ["K3"] = "Supported accommodation",
        ["P1"] = "Placed with own parent or other person with parental responsibility",
        ["P3"] = "Residential employment",
        ["R1"] = "Residential care home",
        ["R2"] = "NHS or health trust establishment",
        ["R3"] = "Family centre or mother and baby unit",
        ["R5"] = "Young offender institution or prison",
        ["S1"] = "All residential schools, except where dual-registered as a school and children's home",
        ["T0"] = "Temporary placement",
        ["T1"] = "Temporary periods in hospital",
        ["T2"] = "Temporary absences of the child on holiday",
        ["T3"] = "Temporary accommodation whilst normal foster carer is on holiday",
        ["T4"] = "Temporary accommodation of seven days or less",
        ["U1"] = "Foster placement with relative or friend, long-term fostering",
        ["U2"] = "Foster placement with relative or friend who is also an approved adopter",
        ["U3"] = "Foster placement with relative or friend, not long-term or FFA",
        ["U4"] = "Foster placement with other foster carer, long-term fostering",
        ["U5"] = "Foster placement with other foster carer who is also an approved adopter",
        ["U6"] = "Foster placement with other foster carer, not long-term or FFA",
        ["Z1"] = "Other placements",
    };

    public static IReadOnlyDictionary<string, string> ReasonEpisodeCeased { get; } = new Dictionary<string, string>
    {
        ["X1"] = "Episode ceases and new episode begins on the same day",
        ["E11"] = "Adopted: application for an adoption order unopposed",
        ["E12"] = "Adopted: consent dispensed with by the court",
        ["E2"] = "Died",
        ["E3"] = "Care taken over by another local authority",
        ["E4A"] = "Returned home to live with parents or relatives, as part of the care planning process",
        ["E4B"] = "Returned home to live with parents or relatives, not as part of the care planning process",
        ["E13"] = "Left care to live with parents or relatives",
        ["E41"] = "Residence order or child arrangements order granted",
        ["E45"] = "Special guardianship order made to former foster carers",
        ["E46"] = "Special guardianship order made to carers other than former foster carers",
        ["E47"] = "Special guardianship order made to relatives or friends who were former foster carers",
        ["E48"] = "Special guardianship order made to relatives or friends who were not former foster carers",
        ["E5"] = "Moved into independent living arrangement with formalised support",
        ["E6"] = "Moved into independent living arrangement without formalised support",
        ["E7"] = "Transferred to residential care funded by adult social care",
        ["E8"] = "Period of being looked after ceased for any other reason",
        ["E9"] = "Sentenced to custody",
        ["E14"] = "Accommodation on remand ended",
        ["E15"] = "Age assessment determined child is aged 18 or over",
        ["E16"] = "Child moved abroad",
        ["E17"] = "Aged 18 or over and remained with current carers (staying put)",
    };

    /// <summary>The meaning of a code, or the code itself with a note when the list does not know it.</summary>
    public static string Describe(IReadOnlyDictionary<string, string> list, string? code)
    {
        ArgumentNullException.ThrowIfNull(list);
        if (string.IsNullOrWhiteSpace(code))
        {
            return "not recorded";
        }

        return list.TryGetValue(code, out var meaning) ? $"{meaning} ({code})" : $"{code} (code not recognised)";
    }
}
