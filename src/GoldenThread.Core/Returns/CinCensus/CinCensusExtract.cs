using GoldenThread.Core.Demo;
using GoldenThread.Core.Model;
using GoldenThread.Core.Validation;

namespace GoldenThread.Core.Returns.CinCensus;

/// <summary>
/// The CIN census a council would send for a collection year, taken from its full records: every child with a referral (CIN
/// episode) open at some point between 1 April and 31 March, with those episodes and the work under them, as known at the
/// reference date.
/// </summary>
public static class CinCensusExtract
{
    /// <summary>
    /// The census for <paramref name="collectionYear"/> (e.g. 2024-25). An episode is in it when its referral date is on or
    /// before 31 March and it was not closed before 1 April; a referral marked NFA counts as closed on its referral date. What
    /// happened after 31 March is left out, as the DfE guidance requires: a record that started later is not there, and a later
    /// date (a closure and its reason, a plan's end, an authorisation and its factors, a review, a conference, a birth or a
    /// death) is blank. A child not yet born at 31 March is shown as unborn (expected birth date, sex unknown). Only what the
    /// census carries is copied (no names, no workers); ids are renumbered 1, 2, 3 … in the order a reader of the file meets them.
    /// </summary>
    public static ChildLevelDataset For(ChildLevelDataset all, string collectionYear)
    {
        ArgumentNullException.ThrowIfNull(all);
        var startYear = CinCensusCodes.StartYear(collectionYear, nameof(collectionYear));
        var referenceDate = CollectionYears.ReferenceDate(collectionYear);
        var periodStart = new DateOnly(startYear, 4, 1);
        var usesGenderCurrent = CinCensusCodes.UsesGenderCurrent(startYear);
        var census = new ChildLevelDataset
        {
            Collection = ReturnCollections.CinCensus,
            CollectionYear = collectionYear,
            ReferenceDate = referenceDate,
            LaCode = all.LaCode,
        };

        foreach (var node in CinCensusTree.Build(all))
        {
            var episodes = node.Episodes.Where(e => IsOpenInYear(e.Referral, periodStart, referenceDate)).ToList();
            if (episodes.Count == 0)
            {
                continue;
            }

            var child = Add(census.Children, CopyChild(node.Child, referenceDate, usesGenderCurrent), node.Child, all, census);
            foreach (var episode in episodes)
            {
                AddEpisode(census, all, child, episode, referenceDate);
            }
        }

        return census;
    }

    /// <summary>The demo authority as one dataset (collection cin, no year) holding all its records, for generating censuses.</summary>
    public static ChildLevelDataset FromDemo(DemoAuthority demo)
    {
        ArgumentNullException.ThrowIfNull(demo);
        var data = new ChildLevelDataset { Collection = ReturnCollections.CinCensus };
        data.Children.AddRange(demo.Children);
        data.Contacts.AddRange(demo.Contacts);
        data.EarlyHelpEpisodes.AddRange(demo.EarlyHelpEpisodes);
        data.Referrals.AddRange(demo.Referrals);
        data.Assessments.AddRange(demo.Assessments);
        data.ChildInNeedPlans.AddRange(demo.ChildInNeedPlans);
        data.Section47Enquiries.AddRange(demo.Section47Enquiries);
        data.InitialChildProtectionConferences.AddRange(demo.InitialChildProtectionConferences);
        data.ChildProtectionPlans.AddRange(demo.ChildProtectionPlans);
        data.ChildProtectionReviews.AddRange(demo.ChildProtectionReviews);
        data.ChildProtectionVisits.AddRange(demo.ChildProtectionVisits);
        data.CareEpisodes.AddRange(demo.CareEpisodes);
        data.CareReviews.AddRange(demo.CareReviews);
        data.CareVisits.AddRange(demo.CareVisits);
        data.MissingEpisodes.AddRange(demo.MissingEpisodes);
        data.HealthRecords.AddRange(demo.HealthRecords);
        data.CareLeaverRecords.AddRange(demo.CareLeaverRecords);
        data.AdoptionRecords.AddRange(demo.AdoptionRecords);
        data.Allocations.AddRange(demo.Allocations);
        data.Workers.AddRange(demo.Workers);
        return data;
    }

    /// <summary>Open at some point in the year: referred by its end and not closed before its start (an NFA referral closes on its own day).</summary>
    private static bool IsOpenInYear(Referral referral, DateOnly periodStart, DateOnly referenceDate)
    {
        var closed = referral.IsNoFurtherAction ? referral.ClosureDate ?? referral.ReferralDate : referral.ClosureDate;
        return referral.ReferralDate <= referenceDate && (closed is null || closed >= periodStart);
    }

    private static Child CopyChild(Child source, DateOnly referenceDate, bool usesGenderCurrent)
    {
        var unborn = source.BirthDate > referenceDate || (source.BirthDate is null && source.ExpectedBirthDate is not null);
        var sex = unborn ? "U" : source.Sex ?? CinCensusCodes.SexFromGenderCurrent(source.GenderCurrent);
        return new Child
        {
            LaChildId = source.LaChildId,
            Upn = source.Upn,
            FormerUpn = source.FormerUpn,
            UpnUnknownReason = source.UpnUnknownReason,
            BirthDate = unborn ? null : source.BirthDate,
            ExpectedBirthDate = unborn ? source.ExpectedBirthDate ?? source.BirthDate : source.ExpectedBirthDate,
            Sex = sex,
            GenderCurrent = usesGenderCurrent ? (unborn ? "0" : source.GenderCurrent ?? CinCensusCodes.GenderCurrentFromSex(sex)) : null,
            DeathDate = source.DeathDate <= referenceDate ? source.DeathDate : null,
            Ethnicity = source.Ethnicity,
            Disabilities = [.. source.Disabilities],
        };
    }

    private static void AddEpisode(ChildLevelDataset census, ChildLevelDataset all, Child child, CensusEpisode episode, DateOnly referenceDate)
    {
        var source = episode.Referral;
        var closedInTime = source.ClosureDate <= referenceDate;
        var referral = Add(
            census.Referrals,
            new Referral
            {
                ChildId = child.Id,
                ReferralDate = source.ReferralDate,
                Source = source.Source,
                PrimaryNeedCode = source.PrimaryNeedCode,
                IsNoFurtherAction = source.IsNoFurtherAction,
                ClosureDate = closedInTime ? source.ClosureDate : null,
                ClosureReason = closedInTime || source.ClosureDate is null ? source.ClosureReason : null,
            },
            source,
            all,
            census);

        if (episode.Conference is { } conference && conference.ConferenceDate <= referenceDate)
        {
            AddConference(census, all, referral, null, conference);
        }

        foreach (var assessment in episode.Assessments.Where(a => a.StartDate <= referenceDate))
        {
            var authorised = assessment.AuthorisationDate <= referenceDate;
            Add(
                census.Assessments,
                new Assessment
                {
                    ChildId = child.Id,
                    ReferralId = referral.Id,
                    StartDate = assessment.StartDate,
                    InternalReviewDate = assessment.InternalReviewDate <= referenceDate ? assessment.InternalReviewDate : null,
                    AuthorisationDate = authorised ? assessment.AuthorisationDate : null,
                    Factors = authorised || assessment.AuthorisationDate is null ? [.. assessment.Factors] : [],
                },
                assessment,
                all,
                census);
        }

        foreach (var plan in episode.ChildInNeedPlans.Where(p => p.StartDate <= referenceDate))
        {
            Add(
                census.ChildInNeedPlans,
                new ChildInNeedPlan
                {
                    ChildId = child.Id,
                    ReferralId = referral.Id,
                    StartDate = plan.StartDate,
                    EndDate = plan.EndDate <= referenceDate ? plan.EndDate : null,
                },
                plan,
                all,
                census);
        }

        foreach (var node in episode.Enquiries.Where(e => e.Enquiry.StartDate <= referenceDate))
        {
            var enquiry = Add(
                census.Section47Enquiries,
                new Section47Enquiry
                {
                    ChildId = child.Id,
                    ReferralId = referral.Id,
                    StartDate = node.Enquiry.StartDate,
                    InitialConferenceTargetDate = node.Enquiry.InitialConferenceTargetDate,
                    ConferenceNotRequired = node.Enquiry.ConferenceNotRequired,
                },
                node.Enquiry,
                all,
                census);
            if (node.Conference is { } enquiryConference && enquiryConference.ConferenceDate <= referenceDate)
            {
                AddConference(census, all, referral, enquiry.Id, enquiryConference);
            }
        }

        foreach (var node in episode.ProtectionPlans.Where(p => p.Plan.StartDate <= referenceDate))
        {
            var plan = Add(
                census.ChildProtectionPlans,
                new ChildProtectionPlan
                {
                    ChildId = child.Id,
                    ReferralId = referral.Id,
                    StartDate = node.Plan.StartDate,
                    EndDate = node.Plan.EndDate <= referenceDate ? node.Plan.EndDate : null,
                    InitialCategory = node.Plan.InitialCategory,
                    LatestCategory = node.Plan.LatestCategory,
                    NumberOfPreviousPlans = node.Plan.NumberOfPreviousPlans,
                },
                node.Plan,
                all,
                census);
            foreach (var review in node.Reviews.Where(r => r.ReviewDate <= referenceDate))
            {
                Add(
                    census.ChildProtectionReviews,
                    new ChildProtectionReview { ChildId = child.Id, ChildProtectionPlanId = plan.Id, ReviewDate = review.ReviewDate },
                    review,
                    all,
                    census);
            }
        }
    }

    private static void AddConference(ChildLevelDataset census, ChildLevelDataset all, Referral referral, long? enquiryId, InitialChildProtectionConference source) =>
        Add(
            census.InitialChildProtectionConferences,
            new InitialChildProtectionConference
            {
                ChildId = referral.ChildId,
                ReferralId = referral.Id,
                Section47EnquiryId = enquiryId,
                ConferenceDate = source.ConferenceDate,
                ResultedInPlan = source.ResultedInPlan,
            },
            source,
            all,
            census);

    /// <summary>Adds the copy with the next id of its type, keeping the source record's location in its file, if it has one.</summary>
    private static T Add<T>(List<T> list, T copy, SourcedRecord source, ChildLevelDataset all, ChildLevelDataset census)
        where T : SourcedRecord
    {
        copy.Id = list.Count + 1;
        copy.SourceLoadId = source.SourceLoadId;
        list.Add(copy);
        if (all.LocationOf(source) is { } location)
        {
            census.Locations[copy] = location;
        }

        return copy;
    }
}
