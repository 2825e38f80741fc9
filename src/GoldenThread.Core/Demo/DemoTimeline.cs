using GoldenThread.Core.Calendar;

namespace GoldenThread.Core.Demo;

/// <summary>
/// The dates the demo authority lives between. The window is the <see cref="DemoOptions.Years"/> years ending today;
/// before it runs a history, from <see cref="HistoryStart"/>, for the children already open when the window starts.
/// All working-day arithmetic goes through the calendar.
/// </summary>
internal sealed class DemoTimeline
{
    private static readonly double[] _monthWeights = [1.0, 1.05, 1.1, 0.95, 1.05, 1.1, 1.0, 0.72, 1.05, 1.15, 1.15, 0.95];

    private DemoTimeline(WorkingDayCalendar calendar, DateOnly earliest, DateOnly windowStart, DateOnly historyStart, DateOnly today)
    {
        Calendar = calendar;
        Earliest = earliest;
        WindowStart = windowStart;
        HistoryStart = historyStart;
        Today = today;
    }

    public WorkingDayCalendar Calendar { get; }

    /// <summary>The first day the calendar covers; nothing the generator writes is earlier (birth dates aside).</summary>
    public DateOnly Earliest { get; }

    public DateOnly WindowStart { get; }

    /// <summary>The earliest date of any child's event.</summary>
    public DateOnly HistoryStart { get; }

    public DateOnly Today { get; }

    public static DemoTimeline For(DemoOptions options, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(calendar);
        if (options.Children < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Children, "The demo authority needs at least one child.");
        }

        var hasCoverage = calendar.BankHolidays.Count > 0;
        var earliest = hasCoverage ? new DateOnly(calendar.FirstCoveredYear, 1, 1) : new DateOnly(2015, 1, 1);
        var latest = hasCoverage ? new DateOnly(calendar.LastCoveredYear, 12, 31) : new DateOnly(2027, 12, 31);
        var today = options.ResolvedToday;

        // Half a year of headroom after today: targets and working-day sums may run a little past it.
        var latestToday = latest.AddMonths(-6);
        var earliestWindowStart = earliest.AddYears(1);
        if (today > latestToday || today < earliestWindowStart.AddYears(1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), today, $"Today must be between {earliestWindowStart.AddYears(1):yyyy-MM-dd} and {latestToday:yyyy-MM-dd}, the calendar's coverage less the history and headroom the generator needs.");
        }

        if (options.Years < 1 || today.AddYears(-options.Years) < earliestWindowStart)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), options.Years, $"Years must be at least 1 and keep the window's start on or after {earliestWindowStart:yyyy-MM-dd}.");
        }

        var windowStart = today.AddYears(-options.Years);
        var historyStart = windowStart.AddYears(-6) < earliestWindowStart ? earliestWindowStart : windowStart.AddYears(-6);
        return new DemoTimeline(calendar, earliest, windowStart, historyStart, today);
    }

    /// <summary>
    /// How much likelier than usual a child is to come into care on the date. Children who entered care before the
    /// history begins (and are still looked after in the window) cannot appear, so entries early in the history
    /// stand in for them: up to <paramref name="earliestBoost"/> times as likely at its start, tapering (quadratically)
    /// to normal at the window's start.
    /// </summary>
    public double CareEntryWeight(DateOnly date, double earliestBoost)
    {
        if (date >= WindowStart)
        {
            return 1.0;
        }

        var remaining = (WindowStart.DayNumber - date.DayNumber) / (double)(WindowStart.DayNumber - HistoryStart.DayNumber);
        remaining = Math.Clamp(remaining, 0.0, 1.0);
        return 1.0 + ((earliestBoost - 1.0) * remaining * remaining);
    }

    public bool IsWorkingDay(DateOnly date) => Calendar.IsWorkingDay(date);

    public DateOnly AddWorkingDays(DateOnly start, int workingDays) => Calendar.AddWorkingDays(start, workingDays);

    /// <summary>The date itself when it is a working day, otherwise the next working day.</summary>
    public DateOnly OnOrNextWorkingDay(DateOnly date)
    {
        while (!Calendar.IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>
    /// A date between the two, weighted by the season children's services see: fewer contacts in August, over
    /// Christmas and at weekends and bank holidays; more in the autumn and spring terms.
    /// </summary>
    public DateOnly SeasonalDate(DemoRandom random, DateOnly from, DateOnly to)
    {
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var date = random.DateBetween(from, to);
            if (random.NextDouble() * 1.15 < SeasonalWeight(date))
            {
                return date;
            }
        }

        return random.DateBetween(from, to);
    }

    private double SeasonalWeight(DateOnly date)
    {
        var weight = _monthWeights[date.Month - 1];
        if ((date.Month == 12 && date.Day >= 20) || (date.Month == 1 && date.Day <= 2))
        {
            weight *= 0.45;
        }

        return Calendar.IsWorkingDay(date) ? weight : weight * 0.1;
    }
}
