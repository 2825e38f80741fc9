using GoldenThread.Core.Model;

namespace GoldenThread.Core.Demo;

/// <summary>
/// A synthetic local authority: its structure, workforce and every child-level record, with ids and foreign keys set
/// and <see cref="SourcedRecord.SourceLoadId"/> left at 0 for the writer to fill in.
/// </summary>
public sealed class DemoAuthority
{
    public required IReadOnlyList<OrgUnit> OrgUnits { get; init; }

    public required IReadOnlyList<Worker> Workers { get; init; }

    public required IReadOnlyList<Child> Children { get; init; }

    public required IReadOnlyList<Contact> Contacts { get; init; }

    public required IReadOnlyList<EarlyHelpEpisode> EarlyHelpEpisodes { get; init; }

    public required IReadOnlyList<Referral> Referrals { get; init; }

    public required IReadOnlyList<Assessment> Assessments { get; init; }

    public required IReadOnlyList<ChildInNeedPlan> ChildInNeedPlans { get; init; }

    public required IReadOnlyList<Section47Enquiry> Section47Enquiries { get; init; }

    public required IReadOnlyList<InitialChildProtectionConference> InitialChildProtectionConferences { get; init; }

    public required IReadOnlyList<ChildProtectionPlan> ChildProtectionPlans { get; init; }

    public required IReadOnlyList<ChildProtectionReview> ChildProtectionReviews { get; init; }

    public required IReadOnlyList<ChildProtectionVisit> ChildProtectionVisits { get; init; }

    public required IReadOnlyList<CareEpisode> CareEpisodes { get; init; }

    public required IReadOnlyList<CareReview> CareReviews { get; init; }

    public required IReadOnlyList<CareVisit> CareVisits { get; init; }

    public required IReadOnlyList<MissingEpisode> MissingEpisodes { get; init; }

    public required IReadOnlyList<HealthRecord> HealthRecords { get; init; }

    public required IReadOnlyList<CareLeaverRecord> CareLeaverRecords { get; init; }

    public required IReadOnlyList<AdoptionRecord> AdoptionRecords { get; init; }

    public required IReadOnlyList<Allocation> Allocations { get; init; }

    public required IReadOnlyList<SupervisionRecord> SupervisionRecords { get; init; }

    /// <summary>
    /// The data-quality faults seeded on purpose (a bad UPN, an unauthorised assessment, overlapping plans …),
    /// so tests and demonstrations can check that validation finds them. Not records: not counted in <see cref="RecordCount"/>.
    /// </summary>
    public IReadOnlyList<DemoFault> Faults { get; init; } = [];

    /// <summary>Records of every kind, org units and workers included.</summary>
    public int RecordCount =>
        OrgUnits.Count + Workers.Count + Children.Count + Contacts.Count + EarlyHelpEpisodes.Count + Referrals.Count
        + Assessments.Count + ChildInNeedPlans.Count + Section47Enquiries.Count + InitialChildProtectionConferences.Count
        + ChildProtectionPlans.Count + ChildProtectionReviews.Count + ChildProtectionVisits.Count + CareEpisodes.Count
        + CareReviews.Count + CareVisits.Count + MissingEpisodes.Count + HealthRecords.Count + CareLeaverRecords.Count
        + AdoptionRecords.Count + Allocations.Count + SupervisionRecords.Count;
}

/// <summary>A data-quality fault the generator put in deliberately.</summary>
/// <param name="Kind">One of the <see cref="DemoFaultKinds"/>.</param>
/// <param name="RecordType">The model type holding the fault, e.g. <c>Assessment</c>.</param>
/// <param name="RecordId">The id of that record.</param>
public sealed record DemoFault(string Kind, string RecordType, long RecordId);

public static class DemoFaultKinds
{
    /// <summary>A UPN whose check letter is wrong (CIN rule 1510).</summary>
    public const string BadUpn = "bad-upn";

    /// <summary>An assessment with no authorisation date long after it started (CIN 8670Q).</summary>
    public const string AssessmentNotAuthorised = "assessment-not-authorised";

    /// <summary>An assessment recorded as starting before its referral.</summary>
    public const string AssessmentBeforeReferral = "assessment-before-referral";

    /// <summary>A second child protection plan overlapping the child's open plan (CIN 8940).</summary>
    public const string OverlappingPlan = "overlapping-cp-plan";

    /// <summary>NumberOfPreviousCPP disagrees with the plans held.</summary>
    public const string WrongPreviousPlanCount = "wrong-previous-plan-count";

    /// <summary>A referral with a closure date but no reason for closure (CIN 8805).</summary>
    public const string ClosureWithoutReason = "closure-without-reason";

    /// <summary>An open case left with no current allocation.</summary>
    public const string UnallocatedCase = "unallocated-case";
}
