using GoldenThread.Core.Model;

namespace GoldenThread.Core.Indicators;

/// <summary>One child's records, together and in date order (short breaks left out of the care episodes).</summary>
internal sealed class ChildFacts(Child child)
{
    /// <summary>Reasons for a new episode that start a new placement; L (legal status change only) does not.</summary>
    private static readonly HashSet<string> NewPlacementReasons = ["S", "P", "B", "T", "U"];

    /// <summary>SSDA903 placement types of a child placed for adoption.</summary>
    private static readonly HashSet<string> AdoptivePlacements = ["A3", "A4", "A5", "A6"];

    public Child Child { get; } = child;

    public long Id => Child.Id;

    public List<Referral> Referrals { get; } = [];

    public List<ChildProtectionPlan> Plans { get; } = [];

    /// <summary>Episodes of care other than short breaks (legal status V3 and V4).</summary>
    public List<CareEpisode> Episodes { get; } = [];

    public List<CarePeriod> CarePeriods { get; } = [];

    public List<DateOnly> CareReviewDates { get; } = [];

    /// <summary>Dates of visits to the looked-after child at which the child was seen.</summary>
    public List<DateOnly> CareVisitSeenDates { get; } = [];

    /// <summary>Start dates of missing (M, not "away") episodes.</summary>
    public List<DateOnly> MissingStarts { get; } = [];

    public List<Allocation> Allocations { get; } = [];

    public static bool StartsPlacement(CareEpisode episode) => episode.ReasonForNewEpisode is { } rne && NewPlacementReasons.Contains(rne);

    public static bool IsAdoptivePlacement(CareEpisode episode) => episode.PlacementType is { } place && AdoptivePlacements.Contains(place);

    /// <summary>The birthday at an age; a 29 February birthday falls on 1 March in other years.</summary>
    public static DateOnly Birthday(DateOnly birth, int age)
    {
        var year = birth.Year + age;
        return birth is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year) ? new DateOnly(year, 3, 1) : new DateOnly(year, birth.Month, birth.Day);
    }

    public void Sort()
    {
        Referrals.Sort((a, b) => a.ReferralDate != b.ReferralDate ? a.ReferralDate.CompareTo(b.ReferralDate) : a.Id.CompareTo(b.Id));
        Plans.Sort((a, b) => a.StartDate != b.StartDate ? a.StartDate.CompareTo(b.StartDate) : a.Id.CompareTo(b.Id));
        Episodes.Sort((a, b) => a.StartDate != b.StartDate ? a.StartDate.CompareTo(b.StartDate) : a.Id.CompareTo(b.Id));
        CareReviewDates.Sort();
        CareVisitSeenDates.Sort();
        MissingStarts.Sort();
        Allocations.Sort((a, b) => a.StartDate != b.StartDate ? a.StartDate.CompareTo(b.StartDate) : a.Id.CompareTo(b.Id));
        BuildCarePeriods();
    }

    /// <summary>The period of care the child is in at the date (looked after: start ≤ date, not ceased by it), or null.</summary>
    public CarePeriod? CarePeriodAt(DateOnly date)
    {
        for (var i = CarePeriods.Count - 1; i >= 0; i--)
        {
            var period = CarePeriods[i];
            if (period.IsLookedAfterAt(date))
            {
                return period;
            }
        }

        return null;
    }

    /// <summary>
    /// Placements during <paramref name="from"/> to <paramref name="to"/>: the placement in progress on the first day, plus each
    /// episode starting after it with reason S, P, B, T or U (L is a legal-status change only).
    /// </summary>
    public int PlacementsBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        foreach (var e in Episodes)
        {
            if (e.StartDate <= from && (e.EndDate is null || e.EndDate > from))
            {
                count++;
            }
            else if (e.StartDate > from && e.StartDate <= to && StartsPlacement(e))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// A period of care runs from an episode with reason S (or one that follows no episode ending on its start with X1)
    /// to the first reason ceased other than X1.
    /// </summary>
    private void BuildCarePeriods()
    {
        CarePeriods.Clear();
        CarePeriod? current = null;
        CareEpisode? previous = null;
        foreach (var e in Episodes)
        {
            var continues = current is not null && previous is not null
                && e.ReasonForNewEpisode != "S"
                && previous.EndDate == e.StartDate
                && previous.ReasonEpisodeCeased == "X1";
            if (!continues)
            {
                current = new CarePeriod(Id);
                CarePeriods.Add(current);
            }

            current!.Episodes.Add(e);
            previous = e;
        }
    }
}

/// <summary>A child's continuous period of care: its episodes, from the first start to the last end (null while open).</summary>
internal sealed class CarePeriod(long childId)
{
    public long ChildId { get; } = childId;

    public List<CareEpisode> Episodes { get; } = [];

    public DateOnly Start => Episodes[0].StartDate;

    public DateOnly? End => Episodes[^1].EndDate;

    public bool IsLookedAfterAt(DateOnly date) => Start <= date && (End is null || End > date);

    /// <summary>True when any day from <paramref name="from"/> to <paramref name="to"/> is looked after.</summary>
    public bool Overlaps(DateOnly from, DateOnly to) => Start <= to && (End is null || End > from);

    /// <summary>
    /// When the placement the child is in at the date began: the latest episode on or before the date that started a placement
    /// (reason S, P, B, T or U), or the period's first episode. With <paramref name="countPlacementBeforeAdoption"/>, a child placed
    /// for adoption (A3 to A6) is taken from the start of the placement before the adoptive one.
    /// </summary>
    public DateOnly PlacementStartAt(DateOnly date, bool countPlacementBeforeAdoption = false)
    {
        var current = -1;
        var placementStart = 0;
        for (var i = 0; i < Episodes.Count && Episodes[i].StartDate <= date; i++)
        {
            current = i;
            if (i == 0 || ChildFacts.StartsPlacement(Episodes[i]))
            {
                placementStart = i;
            }
        }

        if (countPlacementBeforeAdoption && current >= 0 && ChildFacts.IsAdoptivePlacement(Episodes[current]) && placementStart > 0)
        {
            var before = 0;
            for (var i = 1; i < placementStart; i++)
            {
                if (ChildFacts.StartsPlacement(Episodes[i]))
                {
                    before = i;
                }
            }

            placementStart = before;
        }

        return Episodes[placementStart].StartDate;
    }
}
