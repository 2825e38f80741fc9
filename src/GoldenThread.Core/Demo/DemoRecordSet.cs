using System.Collections;
using GoldenThread.Core.Model;

namespace GoldenThread.Core.Demo;

/// <summary>
/// The records generated so far. Each record gets the next id of its type as it is added; a checkpoint and rollback
/// let the generator discard a child it drew but does not keep, leaving ids contiguous.
/// </summary>
internal sealed class DemoRecordSet
{
    private readonly IList[] _childLists;

    public DemoRecordSet()
    {
        _childLists =
        [
            Children, Contacts, EarlyHelpEpisodes, Referrals, Assessments, ChildInNeedPlans, Section47Enquiries,
            InitialChildProtectionConferences, ChildProtectionPlans, ChildProtectionReviews, ChildProtectionVisits,
            CareEpisodes, CareReviews, CareVisits, MissingEpisodes, HealthRecords, CareLeaverRecords, AdoptionRecords,
            Allocations, Faults,
        ];
    }

    public List<OrgUnit> OrgUnits { get; } = [];

    public List<Worker> Workers { get; } = [];

    public List<Child> Children { get; } = [];

    public List<Contact> Contacts { get; } = [];

    public List<EarlyHelpEpisode> EarlyHelpEpisodes { get; } = [];

    public List<Referral> Referrals { get; } = [];

    public List<Assessment> Assessments { get; } = [];

    public List<ChildInNeedPlan> ChildInNeedPlans { get; } = [];

    public List<Section47Enquiry> Section47Enquiries { get; } = [];

    public List<InitialChildProtectionConference> InitialChildProtectionConferences { get; } = [];

    public List<ChildProtectionPlan> ChildProtectionPlans { get; } = [];

    public List<ChildProtectionReview> ChildProtectionReviews { get; } = [];

    public List<ChildProtectionVisit> ChildProtectionVisits { get; } = [];

    public List<CareEpisode> CareEpisodes { get; } = [];

    public List<CareReview> CareReviews { get; } = [];

    public List<CareVisit> CareVisits { get; } = [];

    public List<MissingEpisode> MissingEpisodes { get; } = [];

    public List<HealthRecord> HealthRecords { get; } = [];

    public List<CareLeaverRecord> CareLeaverRecords { get; } = [];

    public List<AdoptionRecord> AdoptionRecords { get; } = [];

    public List<Allocation> Allocations { get; } = [];

    public List<SupervisionRecord> SupervisionRecords { get; } = [];

    public List<DemoFault> Faults { get; } = [];

    /// <summary>Adds the record with the next id of its type.</summary>
    public static T Add<T>(List<T> list, T record)
        where T : SourcedRecord
    {
        record.Id = list.Count + 1;
        list.Add(record);
        return record;
    }

    public void Fault(string kind, SourcedRecord record) => Faults.Add(new DemoFault(kind, record.GetType().Name, record.Id));

    /// <summary>How many child-level records of each type there are now.</summary>
    public int[] Checkpoint()
    {
        var counts = new int[_childLists.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = _childLists[i].Count;
        }

        return counts;
    }

    /// <summary>Removes every child-level record added since the checkpoint.</summary>
    public void Rollback(int[] checkpoint)
    {
        for (var i = 0; i < checkpoint.Length; i++)
        {
            var list = _childLists[i];
            while (list.Count > checkpoint[i])
            {
                list.RemoveAt(list.Count - 1);
            }
        }
    }

    public DemoAuthority ToAuthority() => new()
    {
        OrgUnits = OrgUnits,
        Workers = Workers,
        Children = Children,
        Contacts = Contacts,
        EarlyHelpEpisodes = EarlyHelpEpisodes,
        Referrals = Referrals,
        Assessments = Assessments,
        ChildInNeedPlans = ChildInNeedPlans,
        Section47Enquiries = Section47Enquiries,
        InitialChildProtectionConferences = InitialChildProtectionConferences,
        ChildProtectionPlans = ChildProtectionPlans,
        ChildProtectionReviews = ChildProtectionReviews,
        ChildProtectionVisits = ChildProtectionVisits,
        CareEpisodes = CareEpisodes,
        CareReviews = CareReviews,
        CareVisits = CareVisits,
        MissingEpisodes = MissingEpisodes,
        HealthRecords = HealthRecords,
        CareLeaverRecords = CareLeaverRecords,
        AdoptionRecords = AdoptionRecords,
        Allocations = Allocations,
        SupervisionRecords = SupervisionRecords,
        Faults = Faults,
    };
}
