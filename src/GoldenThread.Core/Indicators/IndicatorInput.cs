using GoldenThread.Core.Demo;
using GoldenThread.Core.Model;
using GoldenThread.Core.Returns;

namespace GoldenThread.Core.Indicators;

/// <summary>
/// Everything the indicators read, in memory: the child-level records, the workforce, the structure, allocations and supervision.
/// Built once (from a <see cref="ChildLevelDataset"/>, the demo authority or the database) and indexed by child once by
/// <see cref="IndicatorCalculator"/>.
/// </summary>
public sealed class IndicatorInput
{
    public IReadOnlyList<OrgUnit> OrgUnits { get; init; } = [];

    public IReadOnlyList<Worker> Workers { get; init; } = [];

    public IReadOnlyList<Child> Children { get; init; } = [];

    public IReadOnlyList<Referral> Referrals { get; init; } = [];

    public IReadOnlyList<Assessment> Assessments { get; init; } = [];

    public IReadOnlyList<Section47Enquiry> Section47Enquiries { get; init; } = [];

    public IReadOnlyList<InitialChildProtectionConference> InitialChildProtectionConferences { get; init; } = [];

    public IReadOnlyList<ChildProtectionPlan> ChildProtectionPlans { get; init; } = [];

    public IReadOnlyList<ChildProtectionReview> ChildProtectionReviews { get; init; } = [];

    public IReadOnlyList<ChildProtectionVisit> ChildProtectionVisits { get; init; } = [];

    public IReadOnlyList<CareEpisode> CareEpisodes { get; init; } = [];

    public IReadOnlyList<CareReview> CareReviews { get; init; } = [];

    public IReadOnlyList<CareVisit> CareVisits { get; init; } = [];

    public IReadOnlyList<MissingEpisode> MissingEpisodes { get; init; } = [];

    public IReadOnlyList<CareLeaverRecord> CareLeaverRecords { get; init; } = [];

    public IReadOnlyList<AdoptionRecord> AdoptionRecords { get; init; } = [];

    public IReadOnlyList<Allocation> Allocations { get; init; } = [];

    public IReadOnlyList<SupervisionRecord> SupervisionRecords { get; init; } = [];

    /// <summary>The records of a return or extract, with the structure and supervision it does not carry.</summary>
    public static IndicatorInput From(ChildLevelDataset dataset, IReadOnlyList<OrgUnit>? orgUnits = null, IReadOnlyList<SupervisionRecord>? supervision = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new IndicatorInput
        {
            OrgUnits = orgUnits ?? [],
            Workers = dataset.Workers,
            Children = dataset.Children,
            Referrals = dataset.Referrals,
            Assessments = dataset.Assessments,
            Section47Enquiries = dataset.Section47Enquiries,
            InitialChildProtectionConferences = dataset.InitialChildProtectionConferences,
            ChildProtectionPlans = dataset.ChildProtectionPlans,
            ChildProtectionReviews = dataset.ChildProtectionReviews,
            ChildProtectionVisits = dataset.ChildProtectionVisits,
            CareEpisodes = dataset.CareEpisodes,
            CareReviews = dataset.CareReviews,
            CareVisits = dataset.CareVisits,
            MissingEpisodes = dataset.MissingEpisodes,
            CareLeaverRecords = dataset.CareLeaverRecords,
            AdoptionRecords = dataset.AdoptionRecords,
            Allocations = dataset.Allocations,
            SupervisionRecords = supervision ?? [],
        };
    }

    /// <summary>The synthetic demo authority, as generated (no database).</summary>
    public static IndicatorInput From(DemoAuthority authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        return new IndicatorInput
        {
            OrgUnits = authority.OrgUnits,
            Workers = authority.Workers,
            Children = authority.Children,
            Referrals = authority.Referrals,
            Assessments = authority.Assessments,
            Section47Enquiries = authority.Section47Enquiries,
            InitialChildProtectionConferences = authority.InitialChildProtectionConferences,
            ChildProtectionPlans = authority.ChildProtectionPlans,
            ChildProtectionReviews = authority.ChildProtectionReviews,
            ChildProtectionVisits = authority.ChildProtectionVisits,
            CareEpisodes = authority.CareEpisodes,
            CareReviews = authority.CareReviews,
            CareVisits = authority.CareVisits,
            MissingEpisodes = authority.MissingEpisodes,
            CareLeaverRecords = authority.CareLeaverRecords,
            AdoptionRecords = authority.AdoptionRecords,
            Allocations = authority.Allocations,
            SupervisionRecords = authority.SupervisionRecords,
        };
    }
}
