using GoldenThread.Core.Model;

namespace GoldenThread.Core.Returns.CinCensus;

/// <summary>
/// The records of a dataset that the CIN census carries, arranged as the census nests them: each child with its
/// CINdetails (referrals), and under each referral its assessments, child in need plans, section 47 enquiries (each with
/// its initial conference), a conference held outside an enquiry, and child protection plans with their reviews.
/// Lists keep the dataset's order.
/// </summary>
internal static class CinCensusTree
{
    /// <summary>Arranges the census records; throws when a record cannot be placed (its parent is missing) or cannot be held.</summary>
    public static List<CensusChild> Build(ChildLevelDataset data)
    {
        var children = new List<CensusChild>(data.Children.Count);
        var childrenById = new Dictionary<long, CensusChild>(data.Children.Count);
        foreach (var child in data.Children)
        {
            var node = new CensusChild(child);
            if (!childrenById.TryAdd(child.Id, node))
            {
                throw new InvalidOperationException($"Two children have the id {child.Id}; ids must be unique within the dataset.");
            }

            children.Add(node);
        }

        var unplaced = new List<string>();
        var episodes = new Dictionary<long, CensusEpisode>(data.Referrals.Count);
        foreach (var referral in data.Referrals)
        {
            if (childrenById.TryGetValue(referral.ChildId, out var child))
            {
                var episode = new CensusEpisode(referral);
                episodes[referral.Id] = episode;
                child.Episodes.Add(episode);
            }
            else
            {
                unplaced.Add($"referral {referral.Id} (child id {referral.ChildId} is not in the dataset)");
            }
        }

        Place(data.Assessments, a => a.ReferralId, episodes, (e, a) => e.Assessments.Add(a), "assessment", unplaced);
        Place(data.ChildInNeedPlans, p => p.ReferralId, episodes, (e, p) => e.ChildInNeedPlans.Add(p), "child in need plan", unplaced);

        var enquiries = new Dictionary<long, CensusEnquiry>(data.Section47Enquiries.Count);
        Place(
            data.Section47Enquiries,
            s => s.ReferralId,
            episodes,
            (e, s) =>
            {
                var enquiry = new CensusEnquiry(s);
                enquiries[s.Id] = enquiry;
                e.Enquiries.Add(enquiry);
            },
            "section 47 enquiry",
            unplaced);

        Place(data.InitialChildProtectionConferences, c => c.ReferralId, episodes, (e, c) => PlaceConference(e, c, enquiries), "initial conference", unplaced);

        var plans = new Dictionary<long, CensusProtectionPlan>(data.ChildProtectionPlans.Count);
        Place(
            data.ChildProtectionPlans,
            p => p.ReferralId,
            episodes,
            (e, p) =>
            {
                var plan = new CensusProtectionPlan(p);
                plans[p.Id] = plan;
                e.ProtectionPlans.Add(plan);
            },
            "child protection plan",
            unplaced);

        Place(data.ChildProtectionReviews, r => r.ChildProtectionPlanId, plans, (p, r) => p.Reviews.Add(r), "child protection review", unplaced);

        if (unplaced.Count > 0)
        {
            throw new InvalidOperationException(
                $"{unplaced.Count} record(s) cannot be placed in a CIN census because their parent is not in the dataset: "
                + string.Join("; ", unplaced.Take(5)) + (unplaced.Count > 5 ? " …" : string.Empty));
        }

        return children;
    }

    private static void Place<TRecord, TParent>(
        List<TRecord> records,
        Func<TRecord, long> parentId,
        Dictionary<long, TParent> parents,
        Action<TParent, TRecord> add,
        string kind,
        List<string> unplaced)
        where TRecord : SourcedRecord
    {
        foreach (var record in records)
        {
            if (parents.TryGetValue(parentId(record), out var parent))
            {
                add(parent, record);
            }
            else
            {
                unplaced.Add($"{kind} {record.Id} (parent id {parentId(record)})");
            }
        }
    }

    /// <summary>
    /// A conference goes inside its section 47 enquiry when that enquiry is in the same referral; otherwise it is the
    /// CINdetails-level DateOfInitialCPC. The census holds one conference per enquiry and one at CINdetails level.
    /// </summary>
    private static void PlaceConference(CensusEpisode episode, InitialChildProtectionConference conference, Dictionary<long, CensusEnquiry> enquiries)
    {
        if (conference.Section47EnquiryId is { } enquiryId && enquiries.TryGetValue(enquiryId, out var enquiry)
            && enquiry.Enquiry.ReferralId == conference.ReferralId)
        {
            if (enquiry.Conference is not null)
            {
                throw new InvalidOperationException(
                    $"Section 47 enquiry {enquiryId} has two initial conferences ({enquiry.Conference.Id} and {conference.Id}); the CIN census holds one per enquiry.");
            }

            enquiry.Conference = conference;
            return;
        }

        if (episode.Conference is not null)
        {
            throw new InvalidOperationException(
                $"Referral {episode.Referral.Id} has two initial conferences outside a section 47 enquiry ({episode.Conference.Id} and {conference.Id}); "
                + "the CIN census holds one DateOfInitialCPC per CINdetails.");
        }

        episode.Conference = conference;
    }
}

internal sealed class CensusChild(Child child)
{
    public Child Child { get; } = child;

    public List<CensusEpisode> Episodes { get; } = [];
}

/// <summary>One CINdetails: a referral and the work under it.</summary>
internal sealed class CensusEpisode(Referral referral)
{
    public Referral Referral { get; } = referral;

    /// <summary>The CINdetails-level DateOfInitialCPC: a conference not held within one of this referral's enquiries.</summary>
    public InitialChildProtectionConference? Conference { get; set; }

    public List<Assessment> Assessments { get; } = [];

    public List<ChildInNeedPlan> ChildInNeedPlans { get; } = [];

    public List<CensusEnquiry> Enquiries { get; } = [];

    public List<CensusProtectionPlan> ProtectionPlans { get; } = [];
}

internal sealed class CensusEnquiry(Section47Enquiry enquiry)
{
    public Section47Enquiry Enquiry { get; } = enquiry;

    public InitialChildProtectionConference? Conference { get; set; }
}

internal sealed class CensusProtectionPlan(ChildProtectionPlan plan)
{
    public ChildProtectionPlan Plan { get; } = plan;

    public List<ChildProtectionReview> Reviews { get; } = [];
}
