using GoldenThread.Core.Calendar;
using GoldenThread.Core.Indicators;
using GoldenThread.Core.Indicators.Catalogue;
using GoldenThread.Core.Model;

namespace GoldenThread.Core.Caseload;

/// <summary>Why a child is on a manager's or worker's list of children needing action.</summary>
public enum ChildActionKind
{
    /// <summary>An assessment not yet authorised that has reached the warning day (35 working days by default) but not day 45.</summary>
    AssessmentDueSoon = 1,

    /// <summary>An assessment not yet authorised more than 45 working days after its clock started.</summary>
    AssessmentOverdue = 2,

    /// <summary>A child on a plan not seen within the visit standard (10 working days by default).</summary>
    ChildProtectionVisitOverdue = 3,

    /// <summary>A looked-after child whose statutory visit is overdue (reg 28).</summary>
    CareVisitOverdue = 4,

    /// <summary>A child protection plan whose review conference is overdue.</summary>
    ChildProtectionReviewOverdue = 5,

    /// <summary>A looked-after child whose review is overdue (reg 33).</summary>
    CareReviewOverdue = 6,

    /// <summary>A child in need or looked after with no current allocation.</summary>
    Unallocated = 7,
}

/// <summary>
/// One child needing action: why, since when the clock ran (<see cref="From"/>), when the action was or is due (null where the
/// bank-holiday calendar cannot count that far back), working days elapsed for the working-day standards, and where the case is held
/// (the current allocation; for an unallocated child the team that last held it).
/// </summary>
public sealed record ChildAction(long ChildId, ChildActionKind Kind, DateOnly From, DateOnly? Due, int? WorkingDaysElapsed, long? TeamId, long? WorkerId);

/// <summary>
/// The lists of children needing action as at a date, by the same local standards (<see cref="IndicatorSettings"/>) and the same
/// populations and attribution as the indicators, so a child on the "CP visits overdue" list is exactly a plan outside the numerator of
/// <c>cp_visits_10wd</c>. Pure: in-memory records in, a list out.
/// </summary>
public sealed class ActionLists
{
    /// <summary>The working day from which an open assessment is flagged as nearing its timescale.</summary>
    public const int DefaultAssessmentWarningDay = 35;

    private readonly IndicatorContext _context;
    private readonly WorkingDayCalendar _calendar;
    private readonly IndicatorInput _input;
    private readonly IReadOnlyList<OrgUnit> _units;
    private readonly int _warningDay;

    public ActionLists(IndicatorInput input, WorkingDayCalendar calendar, IndicatorSettings? settings = null, int assessmentWarningDay = DefaultAssessmentWarningDay)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(calendar);
        Settings = settings ?? IndicatorSettings.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(assessmentWarningDay);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(assessmentWarningDay, Settings.AssessmentWorkingDays);
        _input = input;
        _calendar = calendar;
        _context = new IndicatorContext(input, calendar, Settings);
        _units = input.OrgUnits;
        _warningDay = assessmentWarningDay;
    }

    public IndicatorSettings Settings { get; }

    /// <summary>Every child needing action at the date, for the whole authority, ordered by kind, then due date, then child.</summary>
    public IReadOnlyList<ChildAction> At(DateOnly date)
    {
        var actions = new List<ChildAction>();
        actions.AddRange(Assessments(date));
        actions.AddRange(ChildProtectionVisits(date));
        actions.AddRange(CareVisits(date));
        actions.AddRange(ChildProtectionReviews(date));
        actions.AddRange(CareReviews(date));
        actions.AddRange(Unallocated(date));
        return [.. actions.OrderBy(a => a.Kind).ThenBy(a => a.Due ?? a.From).ThenBy(a => a.ChildId)];
    }

    /// <summary>
    /// The actions held in a scope, by the calculator's attribution: an org unit holds the cases of the teams in it (an authority-level
    /// unit holds every case), a worker their own allocated cases.
    /// </summary>
    public IReadOnlyList<ChildAction> At(DateOnly date, IndicatorScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var all = At(date);
        switch (scope.Kind)
        {
            case IndicatorScopeKind.Authority:
                return all;
            case IndicatorScopeKind.Worker:
                return [.. all.Where(a => a.WorkerId == scope.Id)];
            default:
                var unit = _units.FirstOrDefault(u => u.Id == scope.Id);
                if (unit is { ParentId: null, Kind: OrgUnitKind.Authority })
                {
                    return all;
                }

                var teams = OrgUnitTree.SelfAndDescendants(_units, scope.Id!.Value).Select(u => u.Id).ToHashSet();
                return [.. all.Where(a => a.TeamId is { } team && teams.Contains(team))];
        }
    }

    private IEnumerable<ChildAction> Assessments(DateOnly date)
    {
        var referrals = _context.ReferralById;
        foreach (var assessment in _input.Assessments)
        {
            if (assessment.StartDate > date || (assessment.AuthorisationDate is { } authorised && authorised <= date))
            {
                continue;
            }

            var referral = referrals.GetValueOrDefault(assessment.ReferralId);
            if (referral is not null && (referral.IsNoFurtherAction || referral.ClosureDate < date))
            {
                // The episode closed without an authorised assessment: a data-quality finding, not an action for the team.
                continue;
            }

            var start = Settings.AssessmentClock == AssessmentClockStart.Referral && referral is not null ? referral.ReferralDate : assessment.StartDate;
            var limit = Settings.AssessmentWorkingDays;
            var elapsed = Covered(start, date) ? _calendar.WorkingDaysBetween(start, date) : (int?)null;
            var overdue = elapsed is { } days ? days > limit : !_context.Clock.IsWithin(start, date, limit);
            if (!overdue && (elapsed ?? 0) < _warningDay)
            {
                continue;
            }

            yield return Action(assessment.ChildId, overdue ? ChildActionKind.AssessmentOverdue : ChildActionKind.AssessmentDueSoon, start, AddWorkingDays(start, limit), elapsed, date);
        }
    }

    private IEnumerable<ChildAction> ChildProtectionVisits(DateOnly date)
    {
        var limit = Settings.ChildProtectionVisitWorkingDays;
        foreach (var plan in Populations.PlansOpenAt(_context, date))
        {
            var last = IndicatorContext.LastOnOrBefore(_context.ChildProtectionSeenVisitDates(plan.Id), date);
            var from = last is { } seen && seen > plan.StartDate ? seen : plan.StartDate;
            if (!_context.Clock.IsWithin(from, date, limit))
            {
                yield return Action(plan.ChildId, ChildActionKind.ChildProtectionVisitOverdue, from, AddWorkingDays(from, limit), Covered(from, date) ? _calendar.WorkingDaysBetween(from, date) : null, date);
            }
        }
    }

    private IEnumerable<ChildAction> CareVisits(DateOnly date)
    {
        foreach (var (child, care) in Populations.LookedAfterAt(_context, date))
        {
            var placed = care.PlacementStartAt(date);
            var last = IndicatorContext.LastOnOrBefore(child.CareVisitSeenDates, date);
            DateOnly from;
            DateOnly due;
            if (last is { } visit && visit >= placed)
            {
                from = visit;
                due = visit < placed.AddYears(1) ? visit.AddDays(Settings.CareVisitFirstYearIntervalDays) : visit.AddMonths(Settings.CareVisitLaterIntervalMonths);
            }
            else
            {
                from = placed;
                due = placed.AddDays(Settings.CareVisitFirstDays);
            }

            if (date > due)
            {
                yield return Action(child.Id, ChildActionKind.CareVisitOverdue, from, due, null, date);
            }
        }
    }

    private IEnumerable<ChildAction> ChildProtectionReviews(DateOnly date)
    {
        foreach (var plan in Populations.PlansOpenAt(_context, date))
        {
            var last = IndicatorContext.LastOnOrBefore(_context.ChildProtectionReviewDates(plan.Id), date);
            var (from, due) = last is { } review && review >= plan.StartDate
                ? (review, review.AddMonths(Settings.ChildProtectionReviewMonths))
                : (plan.StartDate, plan.StartDate.AddMonths(Settings.ChildProtectionFirstReviewMonths));
            if (date > due)
            {
                yield return Action(plan.ChildId, ChildActionKind.ChildProtectionReviewOverdue, from, due, null, date);
            }
        }
    }

    private IEnumerable<ChildAction> CareReviews(DateOnly date)
    {
        foreach (var (child, care) in Populations.LookedAfterAt(_context, date))
        {
            var held = IndicatorContext.CountBetween(child.CareReviewDates, care.Start, date);
            var last = IndicatorContext.LastOnOrBefore(child.CareReviewDates, date);
            if (held == 0)
            {
                var limit = Settings.CareFirstReviewWorkingDays;
                if (!_context.Clock.IsWithin(care.Start, date, limit))
                {
                    yield return Action(child.Id, ChildActionKind.CareReviewOverdue, care.Start, AddWorkingDays(care.Start, limit), Covered(care.Start, date) ? _calendar.WorkingDaysBetween(care.Start, date) : null, date);
                }

                continue;
            }

            var due = last!.Value.AddMonths(held == 1 ? Settings.CareSecondReviewMonths : Settings.CareLaterReviewMonths);
            if (date > due)
            {
                yield return Action(child.Id, ChildActionKind.CareReviewOverdue, last.Value, due, null, date);
            }
        }
    }

    private IEnumerable<ChildAction> Unallocated(DateOnly date)
    {
        var open = new HashSet<long>(Populations.ChildrenInNeedAt(_context, date).Select(c => c.Id));
        open.UnionWith(Populations.LookedAfterAt(_context, date).Select(c => c.Child.Id));
        foreach (var childId in open.Order())
        {
            if (_context.AttributeChild(childId, date).TeamId is not null)
            {
                continue;
            }

            var facts = _context.Child(childId)!;
            var last = facts.Allocations.Where(a => a.EndDate < date).MaxBy(a => a.EndDate);
            var openedOn = OpenedOn(facts, date);
            yield return new ChildAction(childId, ChildActionKind.Unallocated, last?.EndDate?.AddDays(1) ?? openedOn, null, null, last?.TeamId, null);
        }
    }

    /// <summary>When the child's current involvement began: the earliest open referral or the current period of care.</summary>
    private static DateOnly OpenedOn(ChildFacts facts, DateOnly date)
    {
        var referral = facts.Referrals.Where(r => r.ReferralDate <= date && !r.IsNoFurtherAction && (r.ClosureDate is null || r.ClosureDate >= date))
            .Select(r => (DateOnly?)r.ReferralDate).Min();
        var care = facts.CarePeriodAt(date)?.Start;
        return (referral, care) switch
        {
            ({ } r, { } c) => r < c ? r : c,
            ({ } r, null) => r,
            (null, { } c) => c,
            _ => date,
        };
    }

    private ChildAction Action(long childId, ChildActionKind kind, DateOnly from, DateOnly? due, int? elapsed, DateOnly date)
    {
        var held = _context.AttributeChild(childId, date);
        return new ChildAction(childId, kind, from, due, elapsed, held.TeamId, held.WorkerId);
    }

    private bool Covered(DateOnly from, DateOnly to) =>
        _calendar.BankHolidays.Count == 0 || (from.Year >= _calendar.FirstCoveredYear && to.Year <= _calendar.LastCoveredYear);

    private DateOnly? AddWorkingDays(DateOnly start, int workingDays) =>
        Covered(start, start.AddDays((2 * workingDays) + 14)) ? _calendar.AddWorkingDays(start, workingDays) : null;
}
