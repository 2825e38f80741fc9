using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GoldenThread.Core.Calendar;
using GoldenThread.Core.Model;
using GoldenThread.Core.Returns;

namespace GoldenThread.Core.Validation.CinCensus;

/// <summary>
/// A CIN census dataset arranged as the census nests it: each child with its CIN episodes (referrals), each episode with its
/// assessments, CIN plans, section 47 enquiries, initial conferences and child protection plans, each plan with its reviews.
/// Built once per <see cref="ValidationContext"/> (in one pass over each table) and shared by every CIN rule of the run.
/// Records whose child or referral is not in the dataset cannot occur in a parsed census (the XML nests them) and are not
/// reached by the rules.
/// </summary>
public sealed class CinValidationIndex
{
    private static readonly ConditionalWeakTable<ValidationContext, CinValidationIndex> _cache = [];

    private readonly Dictionary<long, CinChild> _childrenById = [];
    private readonly Dictionary<long, InitialChildProtectionConference> _conferenceByEnquiry = [];
    private readonly Dictionary<long, List<ChildProtectionReview>> _reviewsByPlan = [];
    private readonly ConcurrentDictionary<int, DateOnly> _workingDaysBeforeReference = new();

    private CinValidationIndex(ValidationContext context)
    {
        Dataset = context.Current;
        Calendar = context.Calendar;
        ReferenceDate = context.ReferenceDate;
        PeriodStart = context.PeriodStart;

        var children = new List<CinChild>(Dataset.Children.Count);
        foreach (var child in Dataset.Children)
        {
            var entry = new CinChild(child);
            children.Add(entry);
            _childrenById.TryAdd(child.Id, entry);
        }

        Children = children;

        var episodesById = new Dictionary<long, CinEpisode>(Dataset.Referrals.Count);
        var episodes = new List<CinEpisode>(Dataset.Referrals.Count);
        foreach (var referral in Dataset.Referrals)
        {
            if (_childrenById.TryGetValue(referral.ChildId, out var child))
            {
                var episode = new CinEpisode(child, referral);
                child.EpisodeList.Add(episode);
                episodes.Add(episode);
                episodesById.TryAdd(referral.Id, episode);
            }
        }

        Episodes = episodes;

        foreach (var assessment in Dataset.Assessments)
        {
            if (episodesById.TryGetValue(assessment.ReferralId, out var episode))
            {
                episode.AssessmentList.Add(assessment);
            }
        }

        foreach (var plan in Dataset.ChildInNeedPlans)
        {
            if (episodesById.TryGetValue(plan.ReferralId, out var episode))
            {
                episode.CinPlanList.Add(plan);
            }
        }

        foreach (var enquiry in Dataset.Section47Enquiries)
        {
            if (episodesById.TryGetValue(enquiry.ReferralId, out var episode))
            {
                episode.EnquiryList.Add(enquiry);
            }
        }

        foreach (var conference in Dataset.InitialChildProtectionConferences)
        {
            if (conference.Section47EnquiryId is { } enquiryId)
            {
                _conferenceByEnquiry.TryAdd(enquiryId, conference);
            }

            if (episodesById.TryGetValue(conference.ReferralId, out var episode))
            {
                episode.ConferenceList.Add(conference);
            }
        }

        foreach (var plan in Dataset.ChildProtectionPlans)
        {
            if (episodesById.TryGetValue(plan.ReferralId, out var episode))
            {
                episode.ProtectionPlanList.Add(plan);
            }
        }

        foreach (var review in Dataset.ChildProtectionReviews)
        {
            if (!_reviewsByPlan.TryGetValue(review.ChildProtectionPlanId, out var reviews))
            {
                reviews = [];
                _reviewsByPlan.Add(review.ChildProtectionPlanId, reviews);
            }

            reviews.Add(review);
        }
    }

    public ChildLevelDataset Dataset { get; }

    public WorkingDayCalendar Calendar { get; }

    /// <summary>The census reference date (31 March), from the header or the collection year.</summary>
    public DateOnly ReferenceDate { get; }

    /// <summary>The first day of the census year (1 April).</summary>
    public DateOnly PeriodStart { get; }

    /// <summary>Every child, in the order of the return.</summary>
    public IReadOnlyList<CinChild> Children { get; }

    /// <summary>Every CIN episode of a child in the dataset, in the order of the return.</summary>
    public IReadOnlyList<CinEpisode> Episodes { get; }

    /// <summary>The index for a validation run, built on first use and kept as long as the context lives.</summary>
    public static CinValidationIndex For(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _cache.GetValue(context, c => new CinValidationIndex(c));
    }

    public bool IsInPeriod(DateOnly date) => date >= PeriodStart && date <= ReferenceDate;

    public SourceLocation? LocationOf(object record) => Dataset.LocationOf(record);

    /// <summary>The Section47 module's DateOfInitialCPC: the conference recorded against the enquiry, if any.</summary>
    public InitialChildProtectionConference? ConferenceOf(Section47Enquiry enquiry)
    {
        ArgumentNullException.ThrowIfNull(enquiry);
        return _conferenceByEnquiry.GetValueOrDefault(enquiry.Id);
    }

    public IReadOnlyList<ChildProtectionReview> ReviewsOf(ChildProtectionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return _reviewsByPlan.TryGetValue(plan.Id, out var reviews) ? reviews : [];
    }

    /// <summary>The reference date minus <paramref name="workingDays"/> working days (England and Wales), computed once per run.</summary>
    public DateOnly WorkingDaysBeforeReferenceDate(int workingDays) =>
        _workingDaysBeforeReference.GetOrAdd(workingDays, n => CinWorkingDays.Before(Calendar, ReferenceDate, n));
}

/// <summary>A child in the census with its CIN episodes.</summary>
public sealed class CinChild(Child child)
{
    public Child Child { get; } = child;

    /// <summary>The child's LAchildID; empty when none is recorded.</summary>
    public string LaChildId { get; } = child.LaChildId ?? string.Empty;

    public IReadOnlyList<CinEpisode> Episodes => EpisodeList;

    internal List<CinEpisode> EpisodeList { get; } = [];

    /// <summary>True for an unborn child: an expected date of birth and no date of birth.</summary>
    public bool IsUnborn => Child.BirthDate is null && Child.ExpectedBirthDate is not null;

    public IEnumerable<ChildInNeedPlan> CinPlans => EpisodeList.SelectMany(e => e.CinPlans);

    public IEnumerable<ChildProtectionPlan> ProtectionPlans => EpisodeList.SelectMany(e => e.ProtectionPlans);
}

/// <summary>One CINdetails module: a referral and everything recorded within it.</summary>
public sealed class CinEpisode(CinChild child, Referral referral)
{
    public CinChild Child { get; } = child;

    public Referral Referral { get; } = referral;

    public string LaChildId => Child.LaChildId;

    public IReadOnlyList<Assessment> Assessments => AssessmentList;

    public IReadOnlyList<ChildInNeedPlan> CinPlans => CinPlanList;

    public IReadOnlyList<Section47Enquiry> Enquiries => EnquiryList;

    /// <summary>Every initial conference of the episode, at CINdetails or Section47 level.</summary>
    public IReadOnlyList<InitialChildProtectionConference> Conferences => ConferenceList;

    /// <summary>The CINdetails module's own DateOfInitialCPC (conferences not recorded against an enquiry).</summary>
    public IEnumerable<InitialChildProtectionConference> CinDetailsConferences => ConferenceList.Where(c => c.Section47EnquiryId is null);

    public IReadOnlyList<ChildProtectionPlan> ProtectionPlans => ProtectionPlanList;

    /// <summary>Open at the reference date in the census sense: no closure date.</summary>
    public bool IsOpen => Referral.ClosureDate is null;

    internal List<Assessment> AssessmentList { get; } = [];

    internal List<ChildInNeedPlan> CinPlanList { get; } = [];

    internal List<Section47Enquiry> EnquiryList { get; } = [];

    internal List<InitialChildProtectionConference> ConferenceList { get; } = [];

    internal List<ChildProtectionPlan> ProtectionPlanList { get; } = [];
}

/// <summary>Working-day arithmetic backwards, which the calendar does not offer.</summary>
public static class CinWorkingDays
{
    /// <summary>
    /// The working day that is <paramref name="workingDays"/> working days before <paramref name="date"/> (day 0):
    /// stepping back over weekends and bank holidays. Dates outside the bank-holiday list count weekends only.
    /// </summary>
    public static DateOnly Before(WorkingDayCalendar calendar, DateOnly date, int workingDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = date;
        var remaining = workingDays;
        while (remaining > 0)
        {
            day = day.AddDays(-1);
            if (calendar.IsWorkingDay(day))
            {
                remaining--;
            }
        }

        return day;
    }

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
