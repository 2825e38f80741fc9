using GoldenThread.Core.Calendar;

namespace GoldenThread.Core.Demo;

/// <summary>
/// Generates the synthetic demo authority: an invented borough with a realistic flow of children through its
/// services over a number of years, for demonstrations, training and tests. Deterministic: the same options and
/// calendar always give the same records, ids included.
/// </summary>
public static class DemoAuthorityGenerator
{
    /// <summary>
    /// Years, on average, that a child in the authority's records is open to a service (a case, a plan, care or
    /// leaving-care support). The share of children already open when the window starts follows from it.
    /// </summary>
    internal const double MeanYearsOpenPerChild = 0.8;

    private const int _attemptsPerOpeningChild = 60;

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

        // Children already open when the window starts: drawn from the history before it, kept only if still open.
        var opening = (int)Math.Round(options.Children * MeanYearsOpenPerChild / (options.Years + MeanYearsOpenPerChild));
        var historyEnd = timeline.WindowStart.AddDays(-1);
        for (var i = 0; i < opening; i++)
        {
            for (var attempt = 1; ; attempt++)
            {
                var child = journeys.Build(timeline.SeasonalDate(random, timeline.HistoryStart, historyEnd));
                if (attempt == _attemptsPerOpeningChild || IsOpenAt(records, child, timeline.WindowStart))
                {
                    break;
                }

                records.Rollback(child.Checkpoint);
            }
        }

        for (var i = opening; i < options.Children; i++)
        {
            journeys.Build(timeline.SeasonalDate(random, timeline.WindowStart, timeline.Today));
        }

        SupervisionBuilder.Build(timeline, random, records, workforce);
        return records.ToAuthority();
    }

    private static bool IsOpenAt(DemoRecordSet records, ChildState child, DateOnly date)
    {
        for (var i = child.Marks.Allocations; i < records.Allocations.Count; i++)
        {
            var allocation = records.Allocations[i];
            if (allocation.StartDate <= date && (allocation.EndDate is null || allocation.EndDate >= date))
            {
                return true;
            }
        }

        return false;
    }
}
