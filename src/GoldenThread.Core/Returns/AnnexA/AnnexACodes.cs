namespace GoldenThread.Core.Returns.AnnexA;

/// <summary>
/// The statutory codes GoldenThread holds and the Annex A categories Ofsted asks for (allowed values in
/// reference/annex-a/annex_a_columns_detail.csv). A category that stands for exactly one code is read back as that code;
/// one that stands for several (White for twenty ethnicity codes, Individual for four contact sources …) is kept as the
/// text the workbook gave, so no code is invented. A code with no category is written as it is.
/// </summary>
internal static class AnnexACodes
{
    public static readonly Dictionary<string, string> Sex = new(StringComparer.Ordinal)
    {
        ["M"] = "a) Male",
        ["F"] = "b) Female",
        ["U"] = "c) Not stated/recorded",
    };

    public static readonly Dictionary<string, string> PrimaryNeed = new(StringComparer.Ordinal)
    {
        ["N1"] = "a) Abuse or neglect",
        ["N2"] = "b) Child's disability",
        ["N3"] = "c) Parents illness or disability",
        ["N4"] = "d) Family in acute stress",
        ["N5"] = "e) Family dysfunction",
        ["N6"] = "f) Socially unacceptable behaviour",
        ["N7"] = "g) Low income",
        ["N8"] = "h) Absent parenting",
        ["N9"] = "i) Not CIN",
        ["N0"] = "j) Not stated",
    };

    public static readonly Dictionary<string, string> ReasonForClosure = new(StringComparer.Ordinal)
    {
        ["RC1"] = "a) Adopted",
        ["RC2"] = "b) Died",
        ["RC3"] = "c) Residence Order",
        ["RC4"] = "d) Special Guardianship Order",
        ["RC5"] = "e) Transfer to another LA",
        ["RC6"] = "f) Transfer to Adult Social Services",
        ["RC7"] = "g) 'Other' incl. Child no longer in need",
        ["RC8"] = "h) Child not in need after assessment",
    };

    public static readonly Dictionary<string, string> CategoryOfAbuse = new(StringComparer.Ordinal)
    {
        ["NEG"] = "a) Neglect",
        ["PHY"] = "b) Physical Abuse",
        ["SAB"] = "c) Sexual Abuse",
        ["EMO"] = "d) Emotional Abuse",
        ["MUL"] = "e) Multiple",
    };

    public static readonly Dictionary<string, string> LegalStatus = new(StringComparer.Ordinal)
    {
        ["C1"] = "a) Interim care orders",
        ["C2"] = "b) Full care orders",
        ["D1"] = "c) Freed for  Adoption",
        ["E1"] = "d) Placement order granted",
        ["V2"] = "e) Accommodated under S20",
        ["V3"] = "e) Accommodated under S20",
        ["V4"] = "e) Accommodated under S20",
        ["L1"] = "f) Detained on child protection grounds in LA accommodation",
        ["L2"] = "f) Detained on child protection grounds in LA accommodation",
        ["L3"] = "f) Detained on child protection grounds in LA accommodation",
        ["J1"] = "J1: Remanded to LA or youth detention",
        ["J2"] = "J2: LA accommodation under PACE",
        ["J3"] = "g) Youth justice legal Statuses",
    };

    public static readonly Dictionary<string, string> PlacementType = new(StringComparer.Ordinal)
    {
        ["U1"] = "a) Foster placement",
        ["U2"] = "a) Foster placement",
        ["U3"] = "a) Foster placement",
        ["U4"] = "a) Foster placement",
        ["U5"] = "a) Foster placement",
        ["U6"] = "a) Foster placement",
        ["A3"] = "b) Placed for adoption",
        ["A4"] = "b) Placed for adoption",
        ["A5"] = "b) Placed for adoption",
        ["A6"] = "b) Placed for adoption",
        ["P1"] = "c) Placed with parents",
        ["K3"] = "d) Independent living",
        ["P3"] = "e) Residential employment",
        ["K1"] = "g) Secure Children’s Homes",
        ["K2"] = "h) Children’s Homes",
        ["R1"] = "i) Residential Care Home",
        ["R2"] = "j) NHS/Health Trust",
        ["R3"] = "k) Family Centre or Mother and Baby Unit",
        ["R5"] = "l) Young Offender Institution",
        ["S1"] = "m) Residential school",
        ["Z1"] = "n) Other placements",
        ["T0"] = "o) Temporary placement",
        ["T1"] = "o) Temporary placement",
        ["T2"] = "o) Temporary placement",
        ["T3"] = "o) Temporary placement",
        ["T4"] = "o) Temporary placement",
    };

    public static readonly Dictionary<string, string> PlacementProvider = new(StringComparer.Ordinal)
    {
        ["PR1"] = "a) Own LA",
        ["PR4"] = "b) Private",
        ["PR0"] = "c) Other",
        ["PR2"] = "c) Other",
        ["PR3"] = "c) Other",
        ["PR5"] = "c) Other",
    };

    public static readonly Dictionary<string, string> ReasonCeased = new(StringComparer.Ordinal)
    {
        ["E11"] = "a) Adopted",
        ["E12"] = "a) Adopted",
        ["E2"] = "b) Died",
        ["E3"] = "c) Care taken by another LA",
        ["E4A"] = "d) Returned home to live with parents or relatives",
        ["E4B"] = "d) Returned home to live with parents or relatives",
        ["E13"] = "e) Left care to live with parents, relatives or other person with no parental responsibility",
        ["E41"] = "f) Residence order granted",
        ["E45"] = "g) Special Guardianship Orders",
        ["E46"] = "g) Special Guardianship Orders",
        ["E47"] = "g) Special Guardianship Orders",
        ["E48"] = "g) Special Guardianship Orders",
        ["E5"] = "h) Moved into independent living",
        ["E6"] = "h) Moved into independent living",
        ["E7"] = "i) Transferred to residential care funded by adult social services",
        ["E9"] = "j) Sentenced to custody",
        ["E14"] = "k) Accommodation on remand ended",
        ["E15"] = "l) Age assessment determined child was 18 or over",
        ["E16"] = "m) Child moved abroad",
        ["E8"] = "n) Care ceased for any other reason",
        ["E17"] = "n) Care ceased for any other reason",
    };

    public static readonly Dictionary<string, string> InTouch = new(StringComparer.Ordinal)
    {
        ["YES"] = "a) In touch",
        ["NO"] = "b) Not in touch",
    };

    public static readonly Dictionary<string, string> Activity = new(StringComparer.Ordinal)
    {
        ["F1"] = "F1: Full time in higher education",
        ["P1"] = "P1: Part time in higher education",
        ["F2"] = "F2: Full time in education other than higher",
        ["P2"] = "P2: Part time in education other than higher",
        ["F3"] = "F3: Full time in training or employment",
        ["P3"] = "P3: Part time in training or employment",
        ["F4"] = "F4: Young person engaged full time in an apprenticeship",
        ["P4"] = "P4: Young person engaged part time in an apprenticeship",
        ["F5"] = "F5: Young person engaged full time in training or employment (not apprenticeship)",
        ["P5"] = "P5: Young person engaged part time in training or employment (not apprenticeship)",
        ["G4"] = "G4: Not in education, employment or training - illness or disability",
        ["G5"] = "G5: Not in education, employment or training - other",
        ["G6"] = "G6: Not in education, employment or training - pregnancy or parenting",
    };

    public static readonly Dictionary<string, string> ReasonPlacedCeased = new(StringComparer.Ordinal)
    {
        ["RD1"] = "a) Child’s needs changed",
        ["RD2"] = "b) Court did not make a PO",
        ["RD3"] = "c) Prospective adopters cannot be found",
        ["RD4"] = "d) Any other reason",
    };

    /// <summary>Contact and referral sources (CIN ReferralSource codes) by the first part of the code.</summary>
    public static string? Source(string? code) => code switch
    {
        null => null,
        "1A" or "1B" or "1C" or "1D" => "a) Individual",
        "2A" => "b) Schools",
        "2B" => "c) Education Services",
        "3A" or "3B" or "3C" or "3D" or "3E" or "3F" => "d) Health Services",
        "4" => "e) Housing",
        "5A" or "5B" or "5C" or "5D" => "f) LA Services",
        "6" => "g) Police",
        "7" => "h) Other legal agency",
        "8" => "i) Other",
        "9" => "j) Anonymous",
        "10" => "k) Unknown",
        _ => code,
    };

    /// <summary>The Annex A ethnicity group of a CIN ethnicity code.</summary>
    public static string? Ethnicity(string? code) => code switch
    {
        null => null,
        "WBRI" or "WIRI" or "WIRT" or "WOTH" or "WROM" => "a) White",
        "MWBC" or "MWBA" or "MWAS" or "MOTH" => "b) Mixed",
        "AIND" or "APKN" or "ABAN" or "AOTH" => "c) Asian or Asian British",
        "BCRB" or "BAFR" or "BOTH" => "d) Black or black British",
        "CHNE" or "OOTH" => "e) Other ethnic group",
        "REFU" or "NOBT" => "f) Not stated",
        _ => code,
    };

    /// <summary>The category for a code, or the code itself when it has none.</summary>
    public static string? Write(Dictionary<string, string> list, string? code) =>
        code is not null && list.TryGetValue(code, out var category) ? category : code;

    /// <summary>The one code a category stands for, else the text as given.</summary>
    public static string? Read(Dictionary<string, string> list, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (list.ContainsKey(text))
        {
            return text;
        }

        var wanted = AnnexALists.Normalise(text);
        var codes = list.Where(p => AnnexALists.Normalise(p.Value) == wanted).Select(p => p.Key).ToList();
        return codes.Count == 1 ? codes[0] : text;
    }

    /// <summary>Sex from the Annex A gender, tolerating "Male", "M", "a) Male" and the like.</summary>
    public static string? ReadSex(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var normalised = AnnexALists.Normalise(text.Length > 3 && text[1] == ')' ? text[2..] : text);
        return normalised switch
        {
            "male" or "m" or "amale" => "M",
            "female" or "f" or "bfemale" => "F",
            "notstatedrecorded" or "notstated" or "notrecorded" or "unknown" or "u" or "neither" or "maleneither" => "U",
            _ => text,
        };
    }

    public static string YesNo(bool value) => value ? "True" : "False";

    public static string YesNoUnknown(bool? value) => value switch
    {
        true => "True",
        false => "False",
        null => "Unknown",
    };

    /// <summary>True, False or null (Unknown or blank), tolerating Yes/No, Y/N and 1/0.</summary>
    public static bool? ReadYesNo(string? text) => text is null ? null : AnnexALists.Normalise(text) switch
    {
        "true" or "yes" or "y" or "1" => true,
        "false" or "no" or "n" or "0" => false,
        _ => null,
    };
}
