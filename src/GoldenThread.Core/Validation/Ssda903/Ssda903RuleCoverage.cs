using GoldenThread.Core.Returns;

namespace GoldenThread.Core.Validation.Ssda903;

/// <summary>
/// The SSDA903 2024-25 rules GoldenThread does not run, each with the reason. Every other code in the DfE list is a rule type in
/// this folder. Found by reflection (a public static <c>Unimplemented</c> property) for the coverage page.
/// </summary>
public static class Ssda903RuleCoverage
{
    private const string DateNotHeld =
        "is held as a date (DateOnly) in the model, so a value that is not a valid date cannot reach validation: the 903 importer must report it as an import problem";

    private const string NoPostcodeDirectory =
        "the model does not hold PL_DISTANCE, PL_LA or PL_LOCATION, which DfE derives from the postcodes with a postcode directory GoldenThread does not ship";

    private const string NoProviderRegister =
        "needs Ofsted's provider register (URN, placement type, provider, postcode, local authority, registration and closure dates), which GoldenThread does not hold";

    private const string UascMerged =
        "the model merges the UASC table into the child (status and DUC only), so the UASC table's own CHILD, SEX and DOB rows are not held";

    private const string DobNotHeld =
        "the model keeps DOB only on the Header (Child.BirthDate); the other tables' DOB columns are not held, so they cannot differ from it";

    public static IReadOnlyList<UnimplementedRule> Unimplemented { get; } =
    [
        Rule("104", $"UASC DUC {DateNotHeld}."),
        Rule("105", "UASC status is a Header column of the XML return only; the model records UASC by Child.UnaccompaniedAsylumSeekingDate, so no invalid status code can be held."),
        Rule("112", $"AD1 DATE_INT {DateNotHeld}."),
        Rule("113", $"AD1 DATE_MATCH {DateNotHeld}."),
        Rule("114", "AD1 FOSTER_CARE is held as a boolean (AdoptionRecord.FosterCare), so a code other than 0 or 1 cannot be held."),
        Rule("115", $"PlacedAdoption DATE_PLACED {DateNotHeld}."),
        Rule("116", $"PlacedAdoption DATE_PLACED_CEASED {DateNotHeld}."),
        Rule("141", $"Episodes DECOM {DateNotHeld}."),
        Rule("147", $"Episodes DEC {DateNotHeld}."),
        Rule("164", $"Needs PL_DISTANCE: {NoPostcodeDirectory}."),
        Rule("166", $"Reviews REVIEW {DateNotHeld}, and it is never blank (CareReview.ReviewDate is not nullable)."),
        Rule("169", $"Needs PL_LA: {NoPostcodeDirectory}."),
        Rule("171", $"Header MC_DOB {DateNotHeld}."),
        Rule("179", $"Needs PL_LOCATION: {NoPostcodeDirectory}."),
        Rule("181", "The OC2 items are held as booleans (HealthRecord), so a value other than 0 or 1 cannot be held."),
        Rule("219", $"Compares URN with the placement type: {NoProviderRegister}."),
        Rule("221", $"Compares URN with the placement postcode: {NoProviderRegister}."),
        Rule("224", $"Compares URN with the placement provider: {NoProviderRegister}."),
        Rule("227", $"Checks the URN was registered at DECOM: {NoProviderRegister}."),
        Rule("228", $"Checks the URN was open at DEC: {NoProviderRegister}."),
        Rule("229", $"Compares the provider's local authority with PLACE_PROVIDER: {NoProviderRegister}."),
        Rule("392a", $"Needs PL_DISTANCE: {NoPostcodeDirectory}."),
        Rule("406", $"Needs PL_DISTANCE: {NoPostcodeDirectory}."),
        Rule("411", $"Needs PL_LOCATION and PL_LA: {NoPostcodeDirectory}."),
        Rule("420", $"Needs PL_LA: {NoPostcodeDirectory}."),
        Rule("452", $"Needs PL_LA in both years: {NoPostcodeDirectory}."),
        Rule("453", $"Needs PL_DISTANCE in both years: {NoPostcodeDirectory}."),
        Rule("503G", $"Needs PL_DISTANCE in both years: {NoPostcodeDirectory}."),
        Rule("503H", $"Needs PL_LA in both years: {NoPostcodeDirectory}."),
        Rule("503J", $"Needs PL_LOCATION in both years: {NoPostcodeDirectory}."),
        Rule("564", "Missing MIS_START is never blank in the model (MissingEpisode.StartDate is not nullable), so a missing period without a start cannot be held."),
        Rule("633", "Needs DfE's list of valid LA_PERM codes (current and former authorities and the codes for orders made outside England), which GoldenThread does not ship."),
        Rule("1004", $"Missing MIS_START {DateNotHeld}."),
        Rule("1005", $"Missing MIS_END {DateNotHeld}."),
        Rule("1008", $"Checks the URN exists: {NoProviderRegister}."),
        Rule("1015", $"Compares PL_LA with the authority for own provision: {NoPostcodeDirectory}."),
        Rule("INT09", $"Child in UASC but not in Header: {UascMerged}."),
        Rule("INT11", $"DOB in AD1: {DobNotHeld}."),
        Rule("INT12", $"DOB in PlacedAdoption: {DobNotHeld}."),
        Rule("INT13", $"DOB in Missing: {DobNotHeld}."),
        Rule("INT14", $"DOB in OC2: {DobNotHeld}."),
        Rule("INT15", $"DOB in OC3: {DobNotHeld}."),
        Rule("INT16", $"DOB in PrevPerm: {DobNotHeld}."),
        Rule("INT17", $"DOB in Reviews: {DobNotHeld}."),
        Rule("INT18", $"DOB in UASC: {UascMerged}."),
        Rule("INT21", $"SEX in UASC: {UascMerged}."),
        Rule("INT36", $"Duplicate UASC rows: {UascMerged}."),
        Rule("SW04STG1", $"SWEpisodes SW_DECOM {DateNotHeld}."),
        Rule("SW05STG1", $"SWEpisodes SW_DEC {DateNotHeld}."),
    ];

    private static UnimplementedRule Rule(string code, string reason) => new(ReturnCollections.Ssda903, code, reason);
}
