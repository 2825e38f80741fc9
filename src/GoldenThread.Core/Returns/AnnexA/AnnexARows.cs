using System.Globalization;
using GoldenThread.Core.Model;
using static GoldenThread.Core.Returns.AnnexA.AnnexACodes;

namespace GoldenThread.Core.Returns.AnnexA;

/// <summary>
/// A dataset as the rows of the Annex A lists at an "as at" date: each list cut to Ofsted's window, the six months up to
/// and including the as-at date (ILACS Annex A asks for the six months before the inspection). Values are text, dates
/// (<see cref="DateOnly"/>) or whole numbers, in column order; children ordered by id, each child's rows by date.
/// </summary>
internal sealed class AnnexARows
{
    /// <summary>Columns worked out from records the lists do not carry (counts over 12 months, case status …): not read back.</summary>
    public static readonly IReadOnlySet<string> DerivedColumns = new HashSet<string>(StringComparer.Ordinal)
    {
        "Number of Referrals in Last 12 Months",
        "Number of Section 47 Enquiries in the last 12 months",
        "Number of ICPCs in the last 12 months",
        "Case Status",
        "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
        "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)",
        "Number of Placements in the Last 12 months",
        "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
        "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months",
        "Suitability of Accommodation",
        "Date the Child Entered Care",
    };

    private readonly ChildLevelDataset _data;
    private readonly DateOnly _asAt;
    private readonly DateOnly _from;
    private readonly Dictionary<long, Child> _children;
    private readonly Dictionary<long, (string? Team, string? Worker, bool IsPersonalAdviser)> _allocated = [];
    private readonly ILookup<long, CareEpisode> _episodes;

    private AnnexARows(ChildLevelDataset data, DateOnly asAt, IReadOnlyDictionary<long, string>? teamNames)
    {
        _data = data;
        _asAt = asAt;
        _from = asAt.AddMonths(-6);
        _children = data.Children.ToDictionary(c => c.Id);
        _episodes = data.CareEpisodes.Where(e => !e.IsShortBreak).OrderBy(e => e.StartDate).ThenBy(e => e.Id).ToLookup(e => e.ChildId);
        var workers = data.Workers.ToDictionary(w => w.Id);
        foreach (var group in data.Allocations.Where(a => a.StartDate <= asAt).GroupBy(a => a.ChildId))
        {
            var allocation = group.Where(a => a.EndDate is null || a.EndDate >= asAt).OrderByDescending(a => a.StartDate).ThenByDescending(a => a.Id).FirstOrDefault()
                ?? group.OrderByDescending(a => a.EndDate).ThenByDescending(a => a.Id).First();
            var worker = workers.GetValueOrDefault(allocation.WorkerId);
            var team = teamNames?.GetValueOrDefault(allocation.TeamId) ?? allocation.TeamId.ToString(CultureInfo.InvariantCulture);
            _allocated[group.Key] = (team, worker?.DisplayName, worker?.Role == WorkerRole.PersonalAdviser);
        }
    }

    public Dictionary<AnnexAList, List<object?[]>> Lists { get; } = AnnexALists.All.ToDictionary(l => l, _ => new List<object?[]>());

    public static AnnexARows Of(ChildLevelDataset data, DateOnly asAt, IReadOnlyDictionary<long, string>? teamNames = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var rows = new AnnexARows(data, asAt, teamNames);
        rows.Build();
        return rows;
    }

    private void Build()
    {
        var byChild = _data.Children.OrderBy(c => c.LaChildId, StringComparer.Ordinal).Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i);
        bool InWindow(DateOnly? date) => date >= _from && date <= _asAt;
        bool OpenInWindow(DateOnly start, DateOnly? end) => start <= _asAt && (end is null || end >= _from);
        DateOnly? ByAsAt(DateOnly? date) => date <= _asAt ? date : null;
        IEnumerable<T> Ordered<T>(IEnumerable<T> records, Func<T, DateOnly> date)
            where T : ChildRecord => records.Where(r => byChild.ContainsKey(r.ChildId)).OrderBy(r => byChild[r.ChildId]).ThenBy(date).ThenBy(r => r.Id);

        // List 1: contacts received in the window.
        foreach (var contact in Ordered(_data.Contacts.Where(c => InWindow(c.ContactDate)), c => c.ContactDate))
        {
            Add(AnnexALists.Contacts, contact.ChildId, contact.ContactDate, Source(contact.Source));
        }

        // List 2: early help open at any time in the window.
        foreach (var help in Ordered(_data.EarlyHelpEpisodes.Where(h => OpenInWindow(h.StartDate, h.EndDate)), h => h.StartDate))
        {
            Add(AnnexALists.EarlyHelp, help.ChildId, help.StartDate, ByAsAt(help.EndDate), help.Provider);
        }

        // List 3: referrals received in the window.
        var referrals = _data.Referrals.ToLookup(r => r.ChildId);
        foreach (var referral in Ordered(_data.Referrals.Where(r => InWindow(r.ReferralDate)), r => r.ReferralDate))
        {
            var previous = referrals[referral.ChildId].Count(r => r.ReferralDate <= referral.ReferralDate && r.ReferralDate > referral.ReferralDate.AddMonths(-12));
            Add(AnnexALists.Referrals, referral.ChildId, referral.ReferralDate, Source(referral.Source), YesNo(referral.IsNoFurtherAction), previous, Team(referral.ChildId), Worker(referral.ChildId));
        }

        // List 4: assessments open at any time in the window (started by its end, not authorised before its start).
        foreach (var assessment in Ordered(_data.Assessments.Where(a => OpenInWindow(a.StartDate, a.AuthorisationDate)), a => a.StartDate))
        {
            Add(
                AnnexALists.Assessments, assessment.ChildId, Disability(assessment.ChildId), assessment.StartDate, YesNoUnknown(assessment.ChildSeen),
                ByAsAt(assessment.AuthorisationDate), null, Team(assessment.ChildId), Worker(assessment.ChildId));
        }

        // List 5: section 47 enquiries started in the window, or whose initial conference was held in it.
        var conferences = _data.InitialChildProtectionConferences.Where(c => c.Section47EnquiryId is not null).ToLookup(c => c.Section47EnquiryId!.Value);
        var yearAgo = _asAt.AddMonths(-12);
        foreach (var enquiry in Ordered(_data.Section47Enquiries, e => e.StartDate))
        {
            var conference = conferences[enquiry.Id].Where(c => c.ConferenceDate <= _asAt).OrderBy(c => c.ConferenceDate).FirstOrDefault();
            if (!InWindow(enquiry.StartDate) && !InWindow(conference?.ConferenceDate))
            {
                continue;
            }

            var enquiries = _data.Section47Enquiries.Count(e => e.ChildId == enquiry.ChildId && e.StartDate > yearAgo && e.StartDate <= _asAt);
            var icpcs = _data.InitialChildProtectionConferences.Count(c => c.ChildId == enquiry.ChildId && c.ConferenceDate > yearAgo && c.ConferenceDate <= _asAt);
            Add(
                AnnexALists.Section47, enquiry.ChildId, Disability(enquiry.ChildId), enquiry.StartDate, YesNo(enquiry.ConferenceNotRequired), conference?.ConferenceDate,
                conference is null ? null : YesNo(conference.ResultedInPlan), enquiries, icpcs, Team(enquiry.ChildId), Worker(enquiry.ChildId));
        }

        // List 6: children in need: CIN episodes (referrals not NFA) open at any time in the window.
        foreach (var episode in Ordered(_data.Referrals.Where(r => !r.IsNoFurtherAction && OpenInWindow(r.ReferralDate, r.ClosureDate)), r => r.ReferralDate))
        {
            var closed = ByAsAt(episode.ClosureDate);
            Add(
                AnnexALists.ChildrenInNeed, episode.ChildId, Disability(episode.ChildId), episode.ReferralDate, Write(PrimaryNeed, episode.PrimaryNeedCode), null, closed,
                closed is null ? null : Write(ReasonForClosure, episode.ClosureReason), CaseStatus(episode), Team(episode.ChildId), Worker(episode.ChildId));
        }

        // List 7: child protection plans open at any time in the window.
        var visits = _data.ChildProtectionVisits.ToLookup(v => v.ChildProtectionPlanId);
        var reviews = _data.ChildProtectionReviews.ToLookup(r => r.ChildProtectionPlanId);
        foreach (var plan in Ordered(_data.ChildProtectionPlans.Where(p => OpenInWindow(p.StartDate, p.EndDate)), p => p.StartDate))
        {
            var visit = visits[plan.Id].Where(v => v.VisitDate <= _asAt).OrderBy(v => v.VisitDate).ThenBy(v => v.Id).LastOrDefault();
            var review = reviews[plan.Id].Where(r => r.ReviewDate <= _asAt).Select(r => (DateOnly?)r.ReviewDate).Max();
            var protectedByOrder = _episodes[plan.ChildId].Any(e => e.LegalStatus is "L1" or "L2" && InWindow(e.StartDate));
            Add(
                AnnexALists.ChildProtection, plan.ChildId, Disability(plan.ChildId), plan.StartDate, Write(CategoryOfAbuse, plan.InitialCategory),
                Write(CategoryOfAbuse, plan.LatestCategory), visit?.VisitDate, visit is null ? null : YesNo(visit.ChildSeenAlone), review, ByAsAt(plan.EndDate),
                YesNo(protectedByOrder), plan.NumberOfPreviousPlans, Team(plan.ChildId), Worker(plan.ChildId));
        }

        // List 8: children looked after at any time in the window: each period of care (short breaks excluded) open in it.
        foreach (var child in _data.Children.OrderBy(c => byChild[c.Id]))
        {
            foreach (var period in Periods(child.Id).Where(p => OpenInWindow(p[0].StartDate, Ceased(p[^1]))))
            {
                AddLookedAfter(child, period);
            }
        }

        // List 9: care leavers aged 17 to 21 at the as-at date who are not looked after then, with their latest OC3 record.
        var year = Validation.CollectionYears.Of(_asAt);
        foreach (var record in _data.CareLeaverRecords
            .Where(r => string.CompareOrdinal(r.CollectionYear, year) <= 0)
            .GroupBy(r => r.ChildId)
            .Select(g => g.OrderBy(r => r.CollectionYear, StringComparer.Ordinal).ThenBy(r => r.Id).Last())
            .Where(r => _children[r.ChildId].AgeAt(_asAt) is >= 17 and <= 21 && !LookedAfterAt(r.ChildId))
            .OrderBy(r => byChild[r.ChildId]))
        {
            var (team, worker, isAdviser) = _allocated.GetValueOrDefault(record.ChildId);
            var suitability = record.Accommodation is { Length: 2 } accommodation
                ? accommodation[1] switch { '1' => "a) Suitable", '2' => "b) Not suitable", _ => null }
                : null;
            Add(
                AnnexALists.CareLeavers, record.ChildId, YesNo(_children[record.ChildId].UnaccompaniedAsylumSeekingDate is not null), Disability(record.ChildId),
                team, isAdviser ? null : worker, isAdviser ? worker : null, null, null, Write(InTouch, record.InTouch) ?? "c) Not recorded", null, null,
                suitability, Write(Activity, record.Activity));
        }

        // List 10: children with a decision that they should be placed for adoption, not adopted or reversed before the window.
        foreach (var adoption in Ordered(
            _data.AdoptionRecords.Where(a => a.DecisionDate <= _asAt && !(a.AdoptionOrderDate < _from) && !(a.PlacedCeasedDate < _from)),
            a => a.DecisionDate ?? default))
        {
            var child = _children[adoption.ChildId];
            var enteredCare = Periods(child.Id).Select(p => p[0].StartDate).Where(d => d <= adoption.DecisionDate).Select(d => (DateOnly?)d).Max();
            var ceased = ByAsAt(adoption.PlacedCeasedDate);
            var values = new List<object?>
            {
                child.LaChildId, null, Write(Sex, child.Sex), Ethnicity(child.Ethnicity), child.BirthDate, child.AgeAt(_asAt), Disability(child.Id), enteredCare,
                adoption.DecisionDate, ByAsAt(adoption.PlacementOrderDate), ByAsAt(adoption.MatchDate), ByAsAt(adoption.PlacedDate), ByAsAt(adoption.AdoptionOrderDate),
                ceased, ceased is null ? null : Write(ReasonPlacedCeased, adoption.ReasonPlacedCeased), null,
            };
            Lists[AnnexALists.Adoption].Add([.. values]);
        }
    }

    /// <summary>The child's periods of care: chains of episodes each ceasing X1 on the day the next commences.</summary>
    public List<List<CareEpisode>> Periods(long childId)
    {
        var periods = new List<List<CareEpisode>>();
        foreach (var episode in _episodes[childId].Where(e => e.StartDate <= _asAt))
        {
            var last = periods.Count > 0 ? periods[^1][^1] : null;
            if (last is not null && last.ReasonEpisodeCeased == "X1" && last.EndDate == episode.StartDate)
            {
                periods[^1].Add(episode);
            }
            else
            {
                periods.Add([episode]);
            }
        }

        return periods;
    }

    private DateOnly? Ceased(CareEpisode latest) => latest.EndDate <= _asAt && latest.ReasonEpisodeCeased != "X1" ? latest.EndDate : null;

    private bool LookedAfterAt(long childId) =>
        _episodes[childId].Any(e => e.StartDate <= _asAt && (e.EndDate is null || e.EndDate > _asAt));

    private void AddLookedAfter(Child child, List<CareEpisode> period)
    {
        var latest = period[^1];
        var index = period.Count - 1;
        var legalStatusFrom = index;
        while (legalStatusFrom > 0 && period[legalStatusFrom - 1].LegalStatus == latest.LegalStatus)
        {
            legalStatusFrom--;
        }

        var placementFrom = index;
        while (placementFrom > 0 && period[placementFrom].ReasonForNewEpisode == "L")
        {
            placementFrom--;
        }

        var start = period[0].StartDate;
        var ceased = Ceased(latest);
        var yearAgo = _asAt.AddMonths(-12);
        var earlierPeriod = Periods(child.Id).Any(p => p[0].StartDate < start && p[^1].EndDate > yearAgo);
        var placements = period.Count(e => e.StartDate > yearAgo && e.ReasonForNewEpisode is "S" or "P" or "B" or "T" or "U")
            + (period.Any(e => e.StartDate <= yearAgo && (e.EndDate is null || e.EndDate > yearAgo)) ? 1 : 0);
        var missing = _data.MissingEpisodes.Where(m => m.ChildId == child.Id && m.StartDate > yearAgo && m.StartDate <= _asAt).ToList();
        var review = _data.CareReviews.Where(r => r.ChildId == child.Id && r.ReviewDate >= start && r.ReviewDate <= _asAt).Select(r => (DateOnly?)r.ReviewDate).Max();
        var visit = _data.CareVisits.Where(v => v.ChildId == child.Id && v.VisitDate >= start && v.VisitDate <= _asAt).Select(v => (DateOnly?)v.VisitDate).Max();
        var unaccompanied = child.UnaccompaniedAsylumSeekingDate <= _asAt
            && (child.UnaccompaniedAsylumSeekingCeasedDate is null || child.UnaccompaniedAsylumSeekingCeasedDate >= yearAgo);
        Add(
            AnnexALists.ChildrenLookedAfter, child.Id, YesNo(unaccompanied), Disability(child.Id), start, Write(PrimaryNeed, latest.CategoryOfNeed),
            YesNo(earlierPeriod), period[legalStatusFrom].StartDate, Write(LegalStatus, latest.LegalStatus), review, visit, null, null, null, null, placements,
            ceased, ceased is null ? null : Write(ReasonCeased, latest.ReasonEpisodeCeased), period[placementFrom].StartDate, Write(PlacementType, latest.PlacementType),
            Write(PlacementProvider, latest.PlacementProvider), latest.PlacementPostcode, latest.Urn, null, null, missing.Count(m => m.Kind == "M"),
            missing.Count(m => m.Kind == "A"), null, null, Team(child.Id), Worker(child.Id));
    }

    private string CaseStatus(Referral episode)
    {
        if (LookedAfterAt(episode.ChildId))
        {
            return "a) Looked after child";
        }

        if (_data.ChildProtectionPlans.Any(p => p.ChildId == episode.ChildId && p.StartDate <= _asAt && (p.EndDate is null || p.EndDate > _asAt)))
        {
            return "b) Child Protection plan";
        }

        if (episode.ClosureDate <= _asAt)
        {
            return "e) Closed episode";
        }

        return _data.ChildInNeedPlans.Any(p => p.ReferralId == episode.Id && p.StartDate <= _asAt && (p.EndDate is null || p.EndDate > _asAt))
            ? "c) Child in need plan"
            : "d) Open assessment";
    }

    private string Disability(long childId) => _children[childId].Disabilities switch
    {
        [] => "Unknown",
        var codes when codes.All(c => c == "NONE") => "False",
        _ => "True",
    };

    private string? Team(long childId) => _allocated.GetValueOrDefault(childId).Team;

    private string? Worker(long childId) => _allocated.GetValueOrDefault(childId).Worker;

    private void Add(AnnexAList list, long childId, params object?[] rest)
    {
        var child = _children[childId];
        object?[] row = [child.LaChildId, Write(Sex, child.Sex), Ethnicity(child.Ethnicity), child.BirthDate, child.AgeAt(_asAt), .. rest];
        if (row.Length != list.Columns.Count)
        {
            throw new InvalidOperationException($"List {list.Number} has {list.Columns.Count} columns but a row of {row.Length} values was made.");
        }

        Lists[list].Add(row);
    }
}
