using GoldenThread.Core.Calendar;

namespace GoldenThread.Core.Demo;

/// <summary>
/// Generates the synthetic demo authority: an invented borough with a realistic flow of children through its
/// services over a number of years, for demonstrations, training and tests. Deterministic: the same options and
/// calendar always give the same records, ids included.
/// </summary>
public static class DemoAuthorityGenerator
{
    /// <summary>Draws allowed for one child; after that the last one drawn is kept even if inactive in the window.</summary>
    private const int _attemptsPerChild = 60;

    public static DemoAuthority Generate(DemoOptions options, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(calendar);
        var timeline = DemoTimeline.For(options, calendar);
        var random = new DemoRandom(options.Seed);
        var records = new DemoRecordSet();
        var workforce = OrgStructureBuilder.Build(options, timeline, random, records.OrgUnits, records.Workers);
        var allocator = new CaseAllocator(timeline, random, records, workforce);
        var care = new CarePeriodBuilder(timeline, random, records);
        var journeys = new ChildJourneyBuilder(timeline, random, records, allocator, care);

        // First contacts fall evenly (by season) over the history and the window. A child first known before the
        // window is kept only if still open, or referred again, in it: so the window opens with a realistic caseload
        // and a steady flow of re-referrals, and children who came and went before it are not there at all.
        for (var i = 0; i < options.Children; i++)
        {
            for (var attempt = 1; ; attempt++)
            {
                var firstContact = timeline.SeasonalDate(random, timeline.HistoryStart, timeline.Today);
                var child = journeys.Build(firstContact);
                if (firstContact >= timeline.WindowStart || attempt == _attemptsPerChild || IsActiveFrom(records, child, timeline.WindowStart))
                {
                    break;
                }

                records.Rollback(child.Checkpoint);
            }
        }

        new CaseloadPressureBuilder(timeline, DemoRandom.Stream(options.Seed, CaseloadPressureBuilder.Stream), records).Build();
        SupervisionBuilder.Build(timeline, random, records, workforce);
        return records.ToAuthority();
    }

    /// <summary>Whether any of the child's cases (every referral is allocated, if only for a day) was held on or after the date.</summary>
    private static bool IsActiveFrom(DemoRecordSet records, ChildState child, DateOnly date)
    {
        for (var i = child.Marks.Allocations; i < records.Allocations.Count; i++)
        {
            var allocation = records.Allocations[i];
            if (allocation.EndDate is null || allocation.EndDate >= date)
            {
                return true;
            }
        }

        return false;
    }
}
