using System.Collections.Concurrent;
using GoldenThread.Core.Model;

namespace GoldenThread.Core.Validation.CinCensus;

/// <summary>
/// CIN census fields as Table.Field, with the DfE module names as tables and the XML element names as fields.
/// How each element maps to the child-level model:
/// <list type="bullet">
/// <item>ChildIdentifiers and ChildCharacteristics: <see cref="Child"/> (LAchildID, UPN, FormerUPN, UPNunknown, PersonBirthDate, ExpectedPersonBirthDate, Sex or GenderCurrent, PersonDeathDate, Ethnicity); Disabilities/Disability: <see cref="Child.Disabilities"/>.</item>
/// <item>CINdetails: <see cref="Referral"/> (CINreferralDate, ReferralSource, PrimaryNeedCode, CINclosureDate, ReasonForClosure, ReferralNFA → <see cref="Referral.IsNoFurtherAction"/>);
/// its DateOfInitialCPC is an <see cref="InitialChildProtectionConference"/> of the referral with no <see cref="InitialChildProtectionConference.Section47EnquiryId"/>.</item>
/// <item>Assessments: <see cref="Assessment"/>; CINplanDates: <see cref="ChildInNeedPlan"/>.</item>
/// <item>Section47: <see cref="Section47Enquiry"/> (S47ActualStartDate, InitialCPCtarget, ICPCnotRequired); its DateOfInitialCPC is the conference whose
/// <see cref="InitialChildProtectionConference.Section47EnquiryId"/> is the enquiry's id.</item>
/// <item>ChildProtectionPlans: <see cref="ChildProtectionPlan"/>; Reviews/CPPreviewDate: <see cref="ChildProtectionReview"/>.</item>
/// <item>Header: the dataset's ReferenceDate, CollectionYear and LaCode.</item>
/// </list>
/// A required date the file left empty reaches the model as <c>default(DateOnly)</c>, which the rules read as missing.
/// </summary>
public static class CinFields
{
    private static readonly ConcurrentDictionary<string, (string Table, string Field)> _split = new(StringComparer.Ordinal);

    public const string ReferenceDate = "Header.ReferenceDate";

    public const string LaChildId = "ChildIdentifiers.LAchildID";
    public const string Upn = "ChildIdentifiers.UPN";
    public const string FormerUpn = "ChildIdentifiers.FormerUPN";
    public const string UpnUnknown = "ChildIdentifiers.UPNunknown";
    public const string PersonBirthDate = "ChildIdentifiers.PersonBirthDate";
    public const string ExpectedPersonBirthDate = "ChildIdentifiers.ExpectedPersonBirthDate";
    public const string Sex = "ChildIdentifiers.Sex";
    public const string PersonDeathDate = "ChildIdentifiers.PersonDeathDate";

    public const string Ethnicity = "ChildCharacteristics.Ethnicity";
    public const string Disability = "Disabilities.Disability";

    public const string CinDetailsId = "CINdetails.CINdetailsID";
    public const string CinReferralDate = "CINdetails.CINreferralDate";
    public const string ReferralSource = "CINdetails.ReferralSource";
    public const string PrimaryNeedCode = "CINdetails.PrimaryNeedCode";
    public const string CinClosureDate = "CINdetails.CINclosureDate";
    public const string ReasonForClosure = "CINdetails.ReasonForClosure";
    public const string CinDetailsDateOfInitialCpc = "CINdetails.DateOfInitialCPC";
    public const string ReferralNfa = "CINdetails.ReferralNFA";

    public const string AssessmentActualStartDate = "Assessments.AssessmentActualStartDate";
    public const string AssessmentAuthorisationDate = "Assessments.AssessmentAuthorisationDate";
    public const string AssessmentFactors = "Assessments.AssessmentFactors";

    public const string CinPlanStartDate = "CINplanDates.CINPlanStartDate";
    public const string CinPlanEndDate = "CINplanDates.CINPlanEndDate";

    public const string S47ActualStartDate = "Section47.S47ActualStartDate";
    public const string InitialCpcTarget = "Section47.InitialCPCtarget";
    public const string Section47DateOfInitialCpc = "Section47.DateOfInitialCPC";
    public const string IcpcNotRequired = "Section47.ICPCnotRequired";

    public const string CppStartDate = "ChildProtectionPlans.CPPstartDate";
    public const string CppEndDate = "ChildProtectionPlans.CPPendDate";
    public const string InitialCategoryOfAbuse = "ChildProtectionPlans.InitialCategoryOfAbuse";
    public const string LatestCategoryOfAbuse = "ChildProtectionPlans.LatestCategoryOfAbuse";
    public const string NumberOfPreviousCpp = "ChildProtectionPlans.NumberOfPreviousCPP";

    public const string CppReviewDate = "Reviews.CPPreviewDate";

    /// <summary>The DateOfInitialCPC field a conference is recorded in: the Section47 module's or the CINdetails module's.</summary>
    public static string DateOfInitialCpc(InitialChildProtectionConference conference)
    {
        ArgumentNullException.ThrowIfNull(conference);
        return conference.Section47EnquiryId is null ? CinDetailsDateOfInitialCpc : Section47DateOfInitialCpc;
    }

    /// <summary>The table and field of a Table.Field name; split once per name and kept, as every finding needs them.</summary>
    public static (string Table, string Field) Split(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return _split.GetOrAdd(field, static f =>
        {
            var dot = f.IndexOf('.', StringComparison.Ordinal);
            return dot < 0 ? (string.Empty, f) : (f[..dot], f[(dot + 1)..]);
        });
    }
}
