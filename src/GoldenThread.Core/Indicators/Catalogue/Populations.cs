using GoldenThread.Core.Model;

namespace GoldenThread.Core.Indicators.Catalogue;

/// <summary>The "as at" populations several indicators share, by the rules of docs/adr/0004-as-at-date-conventions.md.</summary>
internal static class Populations
{
    /// <summary>Children with a referral dated on or before the date, not NFA, and not closed before the date.</summary>
    public static IEnumerable<ChildFacts> ChildrenInNeedAt(IndicatorContext context, DateOnly date)
    {
        foreach (var child in context.ChildrenWithReferrals)
        {
            foreach (var r in child.Referrals)
            {
                if (r.ReferralDate > date)
                {
                    break;
                }

                if (!r.IsNoFurtherAction && (r.ClosureDate is null || r.ClosureDate >= date))
                {
                    yield return child;
                    break;
                }
            }
        }
    }

    /// <summary>Plans that started on or before the date and had not ended by it (a plan ending on the date is not open).</summary>
    public static IEnumerable<ChildProtectionPlan> PlansOpenAt(IndicatorContext context, DateOnly date) =>
        context.PlansByStart.UpTo(date).Where(p => p.EndDate is null || p.EndDate > date);

    /// <summary>Children on a plan at the date, once each.</summary>
    public static IEnumerable<ChildFacts> ChildrenOnPlanAt(IndicatorContext context, DateOnly date)
    {
        foreach (var child in context.ChildrenWithPlans)
        {
            foreach (var p in child.Plans)
            {
                if (p.StartDate > date)
                {
                    break;
                }

                if (p.EndDate is null || p.EndDate > date)
                {
                    yield return child;
                    break;
                }
            }
        }
    }

    /// <summary>Children looked after at the date (short breaks excluded), with the period of care they are in.</summary>
    public static IEnumerable<(ChildFacts Child, CarePeriod Period)> LookedAfterAt(IndicatorContext context, DateOnly date)
    {
        foreach (var child in context.ChildrenInCare)
        {
            if (child.CarePeriodAt(date) is { } period)
            {
                yield return (child, period);
            }
        }
    }
}
