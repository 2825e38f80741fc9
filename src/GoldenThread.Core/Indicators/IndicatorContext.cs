using GoldenThread.Core.Calendar;
using GoldenThread.Core.Model;

namespace GoldenThread.Core.Indicators;

/// <summary>
/// The input indexed once: each child's records together and in date order, each kind of event sorted by its own date, and the
/// working-day clock. Indicators read this, never the raw lists, so computing many periods stays fast.
/// </summary>
internal sealed class IndicatorContext
{
    private static readonly List<DateOnly> NoDates = [];
    private readonly Dictionary<long, ChildFacts> _children = [];

    public IndicatorContext(IndicatorInput input, WorkingDayCalendar calendar, IndicatorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(input);
        Settings = settings;
        Clock = new WorkingDayClock(calendar);
        foreach (var child in input.Children)
        {
            _children[child.Id] = new ChildFacts(child);
        }

        foreach (var r in input.Referrals)
        {
            Facts(r.ChildId).Referrals.Add(r);
        }

        foreach (var p in input.ChildProtectionPlans)
        {
            Facts(p.ChildId).Plans.Add(p);
        }

        foreach (var e in input.CareEpisodes)
        {
            if (!e.IsShortBreak)
            {
                Facts(e.ChildId).Episodes.Add(e);
            }
        }

        foreach (var review in input.CareReviews)
        {
            Facts(review.ChildId).CareReviewDates.Add(review.ReviewDate);
        }

        foreach (var visit in input.CareVisits)
        {
            if (visit.ChildSeen)
            {
                Facts(visit.ChildId).CareVisitSeenDates.Add(visit.VisitDate);
            }
        }

        foreach (var missing in input.MissingEpisodes)
        {
            if (missing.Kind == "M")
            {
                Facts(missing.ChildId).MissingStarts.Add(missing.StartDate);
            }
        }

        foreach (var allocation in input.Allocations)
        {
            Facts(allocation.ChildId).Allocations.Add(allocation);
        }

        var carePeriods = new List<CarePeriod>();
        foreach (var facts in _children.Values)
        {
            facts.Sort();
            carePeriods.AddRange(facts.CarePeriods);
        }

        ChildrenWithReferrals = [.. _children.Values.Where(c => c.Referrals.Count > 0)];
        ChildrenWithPlans = [.. _children.Values.Where(c => c.Plans.Count > 0)];
        ChildrenInCare = [.. _children.Values.Where(c => c.CarePeriods.Count > 0)];
        ReferralById = input.Referrals.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First());
        Section47ById = input.Section47Enquiries.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First());
        Section47ByReferral = input.Section47Enquiries.ToLookup(s => s.ReferralId);
        ReferralsByDate = new DatedList<Referral>(input.Referrals, r => r.ReferralDate);
        AssessmentsByAuthorisation = new DatedList<Assessment>(input.Assessments.Where(a => a.AuthorisationDate is not null), a => a.AuthorisationDate!.Value);
        Section47ByStart = new DatedList<Section47Enquiry>(input.Section47Enquiries, s => s.StartDate);
        ConferencesByDate = new DatedList<InitialChildProtectionConference>(input.InitialChildProtectionConferences, c => c.ConferenceDate);
        PlansByStart = new DatedList<ChildProtectionPlan>(input.ChildProtectionPlans, p => p.StartDate);
        PlansByEnd = new DatedList<ChildProtectionPlan>(input.ChildProtectionPlans.Where(p => p.EndDate is not null), p => p.EndDate!.Value);
        CarePeriodsByStart = new DatedList<CarePeriod>(carePeriods, p => p.Start);
        CareReviewsByDate = new DatedList<CareReview>(input.CareReviews, r => r.ReviewDate);
        AdoptionsByOrderDate = new DatedList<AdoptionRecord>(input.AdoptionRecords.Where(a => a.AdoptionOrderDate is not null), a => a.AdoptionOrderDate!.Value);
        CareLeaverReturnsByBirthday = new DatedList<CareLeaverReturn>(CareLeaverReturns(input), r => r.Birthday);
        CpReviewDatesByPlan = DatesBy(input.ChildProtectionReviews, r => r.ChildProtectionPlanId, r => r.ReviewDate);
        CpSeenVisitDatesByPlan = DatesBy(input.ChildProtectionVisits.Where(v => v.ChildSeen), v => v.ChildProtectionPlanId, v => v.VisitDate);
        SupervisionDatesByWorker = DatesBy(input.SupervisionRecords, s => s.WorkerId, s => s.SupervisionDate);
        Workers = input.Workers;
        WorkerById = input.Workers.GroupBy(w => w.Id).ToDictionary(g => g.Key, g => g.First());
        AllocationsByStart = new DatedList<Allocation>(input.Allocations, a => a.StartDate);
    }

    public IndicatorSettings Settings { get; }

    public WorkingDayClock Clock { get; }

    public IReadOnlyList<ChildFacts> ChildrenWithReferrals { get; }

    public IReadOnlyList<ChildFacts> ChildrenWithPlans { get; }

    public IReadOnlyList<ChildFacts> ChildrenInCare { get; }

    public IReadOnlyDictionary<long, Referral> ReferralById { get; }

    public IReadOnlyDictionary<long, Section47Enquiry> Section47ById { get; }

    public ILookup<long, Section47Enquiry> Section47ByReferral { get; }

    public DatedList<Referral> ReferralsByDate { get; }

    public DatedList<Assessment> AssessmentsByAuthorisation { get; }

    public DatedList<Section47Enquiry> Section47ByStart { get; }

    public DatedList<InitialChildProtectionConference> ConferencesByDate { get; }

    public DatedList<ChildProtectionPlan> PlansByStart { get; }

    public DatedList<ChildProtectionPlan> PlansByEnd { get; }

    public DatedList<CarePeriod> CarePeriodsByStart { get; }

    public DatedList<CareReview> CareReviewsByDate { get; }

    public DatedList<AdoptionRecord> AdoptionsByOrderDate { get; }

    public DatedList<CareLeaverReturn> CareLeaverReturnsByBirthday { get; }

    public DatedList<Allocation> AllocationsByStart { get; }

    public IReadOnlyList<Worker> Workers { get; }

    public IReadOnlyDictionary<long, Worker> WorkerById { get; }

    private Dictionary<long, List<DateOnly>> CpReviewDatesByPlan { get; }

    private Dictionary<long, List<DateOnly>> CpSeenVisitDatesByPlan { get; }

    private Dictionary<long, List<DateOnly>> SupervisionDatesByWorker { get; }

    public ChildFacts? Child(long childId) => _children.GetValueOrDefault(childId);

    public List<DateOnly> ChildProtectionReviewDates(long planId) => CpReviewDatesByPlan.GetValueOrDefault(planId) ?? NoDates;

    public List<DateOnly> ChildProtectionSeenVisitDates(long planId) => CpSeenVisitDatesByPlan.GetValueOrDefault(planId) ?? NoDates;

    public List<DateOnly> SupervisionDates(long workerId) => SupervisionDatesByWorker.GetValueOrDefault(workerId) ?? NoDates;

    /// <summary>
    /// The team and worker of the allocation current on the date (start ≤ date ≤ end); of several, the one that started last
    /// (then the higher id). None when no allocation was current. See docs/adr/0009-indicator-attribution.md.
    /// </summary>
    public Attribution AttributeChild(long childId, DateOnly date)
    {
        if (!_children.TryGetValue(childId, out var facts))
        {
            return Attribution.None;
        }

        var allocations = facts.Allocations;
        for (var i = allocations.Count - 1; i >= 0; i--)
        {
            var a = allocations[i];
            if (a.StartDate <= date && (a.EndDate is null || a.EndDate >= date))
            {
                return new Attribution(a.TeamId, a.WorkerId);
            }
        }

        return Attribution.None;
    }

    /// <summary>A case for a child, attributed by the allocation current on <paramref name="on"/>.</summary>
    public IndicatorCase ChildCase(long childId, DateOnly on, decimal? numerator, decimal? denominator) =>
        new(childId, null, AttributeChild(childId, on), numerator, denominator);

    /// <summary>A case for a worker, attributed to the worker and the team they are in.</summary>
    public static IndicatorCase WorkerCase(Worker worker, decimal? numerator, decimal? denominator) =>
        new(null, worker.Id, new Attribution(worker.TeamId, worker.Id), numerator, denominator);

    /// <summary>The last date in the (ascending) list on or before <paramref name="date"/>, or null.</summary>
    public static DateOnly? LastOnOrBefore(List<DateOnly> dates, DateOnly date)
    {
        var i = UpperBound(dates, date) - 1;
        return i >= 0 ? dates[i] : null;
    }

    /// <summary>How many dates in the (ascending) list fall from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    public static int CountBetween(List<DateOnly> dates, DateOnly from, DateOnly to) =>
        to < from ? 0 : UpperBound(dates, to) - UpperBound(dates, from.AddDays(-1));

    private static int UpperBound(List<DateOnly> dates, DateOnly date)
    {
        int lo = 0, hi = dates.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (dates[mid] <= date)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private ChildFacts Facts(long childId)
    {
        if (!_children.TryGetValue(childId, out var facts))
        {
            // A record whose child is missing from the children list still counts; it is a data-quality finding elsewhere.
            facts = new ChildFacts(new Child { Id = childId, LaChildId = childId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            _children[childId] = facts;
        }

        return facts;
    }

    private static Dictionary<long, List<DateOnly>> DatesBy<T>(IEnumerable<T> records, Func<T, long> key, Func<T, DateOnly> date)
    {
        var result = new Dictionary<long, List<DateOnly>>();
        foreach (var record in records)
        {
            var k = key(record);
            if (!result.TryGetValue(k, out var list))
            {
                list = [];
                result[k] = list;
            }

            list.Add(date(record));
        }

        foreach (var list in result.Values)
        {
            list.Sort();
        }

        return result;
    }

    private List<CareLeaverReturn> CareLeaverReturns(IndicatorInput input)
    {
        var returns = new List<CareLeaverReturn>();
        foreach (var record in input.CareLeaverRecords)
        {
            if (_children.GetValueOrDefault(record.ChildId)?.Child.BirthDate is not { } birth
                || record.CollectionYear is not { Length: 7 } year
                || !int.TryParse(year[..4], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var startYear))
            {
                continue;
            }

            var yearStart = new DateOnly(startYear, 4, 1);
            var yearEnd = new DateOnly(startYear + 1, 3, 31);
            for (var age = 16; age <= 22; age++)
            {
                var birthday = ChildFacts.Birthday(birth, age);
                if (birthday >= yearStart && birthday <= yearEnd)
                {
                    returns.Add(new CareLeaverReturn(record, birthday, age));
                    break;
                }
            }
        }

        return returns;
    }
}

/// <summary>A care leaver's OC3 return with the birthday it is about (the one falling in its collection year) and that age.</summary>
internal sealed record CareLeaverReturn(CareLeaverRecord Record, DateOnly Birthday, int Age);

/// <summary>Records sorted by a date, for fast "between" and "up to" look-ups.</summary>
internal sealed class DatedList<T>
{
    private readonly DateOnly[] _dates;
    private readonly T[] _items;

    public DatedList(IEnumerable<T> items, Func<T, DateOnly> date)
    {
        var pairs = items.Select(i => (Date: date(i), Item: i)).ToArray();
        Array.Sort(pairs, (a, b) => a.Date.CompareTo(b.Date));
        _dates = [.. pairs.Select(p => p.Date)];
        _items = [.. pairs.Select(p => p.Item)];
    }

    public int Count => _items.Length;

    public IEnumerable<T> Between(DateOnly from, DateOnly to)
    {
        for (var i = LowerBound(from); i < _items.Length && _dates[i] <= to; i++)
        {
            yield return _items[i];
        }
    }

    public IEnumerable<T> Between(ReportingPeriod period) => Between(period.Start, period.End);

    public IEnumerable<T> UpTo(DateOnly to)
    {
        for (var i = 0; i < _items.Length && _dates[i] <= to; i++)
        {
            yield return _items[i];
        }
    }

    private int LowerBound(DateOnly date)
    {
        int lo = 0, hi = _dates.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_dates[mid] < date)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}

/// <summary>
/// Working days counted as <see cref="WorkingDayCalendar.WorkingDaysBetween"/> does (start day is day 0), from a running total
/// built once over the years the calendar covers; outside them it asks the calendar, which refuses dates it cannot count exactly.
/// </summary>
internal sealed class WorkingDayClock
{
    private readonly WorkingDayCalendar _calendar;
    private readonly DateOnly _first;
    private readonly int[] _runningTotal;

    public WorkingDayClock(WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        _calendar = calendar;
        if (calendar.BankHolidays.Count == 0)
        {
            _first = DateOnly.MinValue;
            _runningTotal = [];
            return;
        }

        _first = new DateOnly(calendar.FirstCoveredYear, 1, 1);
        var last = new DateOnly(calendar.LastCoveredYear, 12, 31);
        _runningTotal = new int[last.DayNumber - _first.DayNumber + 1];
        var total = 0;
        for (var i = 0; i < _runningTotal.Length; i++)
        {
            if (calendar.IsWorkingDay(_first.AddDays(i)))
            {
                total++;
            }

            _runningTotal[i] = total;
        }
    }

    public int Between(DateOnly start, DateOnly end)
    {
        var i = start.DayNumber - _first.DayNumber;
        var j = end.DayNumber - _first.DayNumber;
        return i >= 0 && j >= 0 && i < _runningTotal.Length && j < _runningTotal.Length
            ? _runningTotal[j] - _runningTotal[i]
            : _calendar.WorkingDaysBetween(start, end);
    }

    /// <summary>
    /// True when <paramref name="end"/> is no more than <paramref name="workingDays"/> working days after <paramref name="start"/>.
    /// A span of at most that many calendar days is always within; a span longer than twice that plus 14 days never is (no run of
    /// weekends and bank holidays is that long), which decides long-overdue cases without counting, even from before the calendar's years.
    /// </summary>
    public bool IsWithin(DateOnly start, DateOnly end, int workingDays)
    {
        var span = end.DayNumber - start.DayNumber;
        if (span <= workingDays)
        {
            return true;
        }

        return span <= (2 * workingDays) + 14 && Between(start, end) <= workingDays;
    }
}
