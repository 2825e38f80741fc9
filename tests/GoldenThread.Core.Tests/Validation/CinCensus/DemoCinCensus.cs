using GoldenThread.Core.Demo;
using GoldenThread.Core.Model;
using GoldenThread.Core.Returns;
using GoldenThread.Core.Validation;

namespace GoldenThread.Core.Tests.Validation.CinCensus;

/// <summary>
/// CIN census datasets made from the synthetic demo authority's lists (the CIN extract of the returns work is not on this
/// branch): <see cref="Everything"/> puts every child and record in, <see cref="Extract"/> takes what a census of one year
/// holds, as at its reference date. Both change the demo's records in place, so each call needs its own authority.
/// </summary>
internal static class DemoCinCensus
{
    /// <summary>Every child and every CIN record of the authority, as one "census": the heaviest load the rules can get.</summary>
    public static ChildLevelDataset Everything(DemoAuthority authority, string collectionYear)
    {
        var dataset = Empty(collectionYear);
        dataset.Children.AddRange(authority.Children);
        dataset.Referrals.AddRange(authority.Referrals);
        dataset.Assessments.AddRange(authority.Assessments);
        dataset.ChildInNeedPlans.AddRange(authority.ChildInNeedPlans);
        dataset.Section47Enquiries.AddRange(authority.Section47Enquiries);
        dataset.InitialChildProtectionConferences.AddRange(authority.InitialChildProtectionConferences);
        dataset.ChildProtectionPlans.AddRange(authority.ChildProtectionPlans);
        dataset.ChildProtectionReviews.AddRange(authority.ChildProtectionReviews);
        Locate(dataset);
        return dataset;
    }

    /// <summary>
    /// The children in need at any time in the year (an episode referred by the reference date and not closed before the year
    /// began) with the modules a census of that year carries, as recorded at the reference date: later end dates are blanked
    /// and children born after it are shown unborn.
    /// </summary>
    public static ChildLevelDataset Extract(DemoAuthority authority, string collectionYear)
    {
        var dataset = Empty(collectionYear);
        var end = dataset.ReferenceDate!.Value;
        var start = end.AddYears(-1).AddDays(1);
        bool Overlaps(DateOnly from, DateOnly? to) => from <= end && (to is null || to >= start);

        var referrals = authority.Referrals.Where(r => Overlaps(r.ReferralDate, r.ClosureDate)).ToList();
        foreach (var referral in referrals.Where(r => r.ClosureDate > end))
        {
            referral.ClosureDate = null;
            referral.ClosureReason = null;
        }

        var referralIds = referrals.Select(r => r.Id).ToHashSet();
        var childIds = referrals.Select(r => r.ChildId).ToHashSet();
        dataset.Children.AddRange(authority.Children.Where(c => childIds.Contains(c.Id)));
        foreach (var child in dataset.Children.Where(c => c.BirthDate > end))
        {
            // Unborn at the reference date: the census carries the expected date of birth, sex U and no UPN.
            child.ExpectedBirthDate ??= child.BirthDate;
            child.BirthDate = null;
            child.Sex = "U";
            child.Upn = null;
            child.UpnUnknownReason = "UN1";
        }

        dataset.Referrals.AddRange(referrals);

        foreach (var assessment in authority.Assessments.Where(a => referralIds.Contains(a.ReferralId) && Overlaps(a.StartDate, a.AuthorisationDate)))
        {
            if (assessment.AuthorisationDate > end)
            {
                assessment.AuthorisationDate = null;
                assessment.Factors = [];
            }

            dataset.Assessments.Add(assessment);
        }

        foreach (var plan in authority.ChildInNeedPlans.Where(p => referralIds.Contains(p.ReferralId) && Overlaps(p.StartDate, p.EndDate)))
        {
            plan.EndDate = plan.EndDate > end ? null : plan.EndDate;
            dataset.ChildInNeedPlans.Add(plan);
        }

        var conferences = authority.InitialChildProtectionConferences
            .Where(c => referralIds.Contains(c.ReferralId) && c.ConferenceDate >= start && c.ConferenceDate <= end)
            .ToList();
        var conferenceByEnquiry = authority.InitialChildProtectionConferences
            .Where(c => c.Section47EnquiryId is not null)
            .ToDictionary(c => c.Section47EnquiryId!.Value, c => c.ConferenceDate);
        foreach (var enquiry in authority.Section47Enquiries.Where(e => referralIds.Contains(e.ReferralId) && e.StartDate <= end))
        {
            var conference = conferenceByEnquiry.TryGetValue(enquiry.Id, out var date) ? date : (DateOnly?)null;
            if (conference < start || (conference is null && enquiry.ConferenceNotRequired && enquiry.StartDate < start))
            {
                continue;
            }

            dataset.Section47Enquiries.Add(enquiry);
        }

        dataset.InitialChildProtectionConferences.AddRange(conferences);

        var plans = authority.ChildProtectionPlans.Where(p => referralIds.Contains(p.ReferralId) && Overlaps(p.StartDate, p.EndDate)).ToList();
        foreach (var plan in plans)
        {
            plan.EndDate = plan.EndDate > end ? null : plan.EndDate;
        }

        var planIds = plans.Select(p => p.Id).ToHashSet();
        dataset.ChildProtectionPlans.AddRange(plans);
        dataset.ChildProtectionReviews.AddRange(authority.ChildProtectionReviews
            .Where(r => planIds.Contains(r.ChildProtectionPlanId) && r.ReviewDate >= start && r.ReviewDate <= end));
        Locate(dataset);
        return dataset;
    }

    private static ChildLevelDataset Empty(string collectionYear) => new()
    {
        Collection = ReturnCollections.CinCensus,
        CollectionYear = collectionYear,
        ReferenceDate = CollectionYears.ReferenceDate(collectionYear),
        LaCode = "999",
    };

    private static void Locate(ChildLevelDataset dataset)
    {
        var line = 1;
        void Add(IEnumerable<SourcedRecord> records, string element)
        {
            foreach (var record in records)
            {
                dataset.Locations[record] = new SourceLocation("demo-cin.xml", line++, null, element);
            }
        }

        Add(dataset.Children, "Child");
        Add(dataset.Referrals, "CINdetails");
        Add(dataset.Assessments, "Assessments");
        Add(dataset.ChildInNeedPlans, "CINPlanDates");
        Add(dataset.Section47Enquiries, "Section47");
        Add(dataset.InitialChildProtectionConferences, "DateOfInitialCPC");
        Add(dataset.ChildProtectionPlans, "ChildProtectionPlans");
        Add(dataset.ChildProtectionReviews, "Reviews");
    }
}
