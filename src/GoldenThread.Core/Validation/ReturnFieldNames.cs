namespace GoldenThread.Core.Validation;

/// <summary>
/// Which statutory return fields (CIN census elements, SSDA903 columns) hold each model field, so a figure that reads model
/// fields can say how many of its children have validation errors in exactly those fields.
/// </summary>
public static class ReturnFieldNames
{
    private static readonly Dictionary<string, string[]> Map = new(StringComparer.Ordinal)
    {
        ["Child.BirthDate"] = ["PersonBirthDate", "DOB"],
        ["Child.Sex"] = ["Sex", "GenderCurrent", "SEX"],
        ["Child.Ethnicity"] = ["Ethnicity", "ETHNIC"],
        ["Child.Upn"] = ["UPN"],
        ["Referral.ReferralDate"] = ["CINreferralDate"],
        ["Referral.IsNoFurtherAction"] = ["ReferralNFA"],
        ["Referral.ClosureDate"] = ["CINclosureDate"],
        ["Referral.ClosureReason"] = ["ReasonForClosure"],
        ["Referral.Source"] = ["ReferralSource"],
        ["Referral.PrimaryNeedCode"] = ["PrimaryNeedCode"],
        ["Assessment.StartDate"] = ["AssessmentActualStartDate"],
        ["Assessment.AuthorisationDate"] = ["AssessmentAuthorisationDate"],
        ["Assessment.Factors"] = ["AssessmentFactors"],
        ["ChildInNeedPlan.StartDate"] = ["CINPlanStartDate"],
        ["ChildInNeedPlan.EndDate"] = ["CINPlanEndDate"],
        ["Section47Enquiry.StartDate"] = ["S47ActualStartDate"],
        ["InitialChildProtectionConference.ConferenceDate"] = ["DateOfInitialCPC"],
        ["ChildProtectionPlan.StartDate"] = ["CPPstartDate"],
        ["ChildProtectionPlan.EndDate"] = ["CPPendDate"],
        ["ChildProtectionReview.ReviewDate"] = ["CPPreviewDate"],
        ["CareEpisode.StartDate"] = ["DECOM"],
        ["CareEpisode.EndDate"] = ["DEC"],
        ["CareEpisode.ReasonForNewEpisode"] = ["RNE"],
        ["CareEpisode.LegalStatus"] = ["LS"],
        ["CareEpisode.PlacementType"] = ["PLACE"],
        ["CareEpisode.ReasonEpisodeCeased"] = ["REC"],
        ["CareReview.ReviewDate"] = ["REVIEW"],
        ["CareReview.ParticipationCode"] = ["REVIEW_CODE"],
        ["MissingEpisode.StartDate"] = ["MIS_START"],
        ["MissingEpisode.EndDate"] = ["MIS_END"],
        ["CareLeaverRecord.InTouch"] = ["IN_TOUCH"],
        ["CareLeaverRecord.Activity"] = ["ACTIV"],
        ["CareLeaverRecord.Accommodation"] = ["ACCOM"],
        ["AdoptionRecord.DecisionDate"] = ["DATE_INT", "DATE_PLACED"],
        ["AdoptionRecord.MatchDate"] = ["DATE_MATCH"],
        ["AdoptionRecord.PlacedCeasedDate"] = ["DATE_PLACED_CEASED"],
    };

    /// <summary>The return fields for model fields written as Type.Property; model fields no return carries give none.</summary>
    public static IReadOnlySet<string> For(IEnumerable<string> modelFields)
    {
        ArgumentNullException.ThrowIfNull(modelFields);
        return modelFields.SelectMany(f => Map.GetValueOrDefault(f) ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
