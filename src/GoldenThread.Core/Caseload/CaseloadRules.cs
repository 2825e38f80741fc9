using System.Linq.Expressions;
using GoldenThread.Core.Model;

namespace GoldenThread.Core.Caseload;

/// <summary>
/// When a child is open to a service at a date. These rules decide every "as at" count in the product
/// (see docs/adr/0004-as-at-date-conventions.md).
/// </summary>
public static class CaseloadRules
{
    /// <summary>
    /// A referral (CIN episode) is open at <paramref name="date"/> when it is dated on or before the date,
    /// is not NFA, and was not closed before the date. A referral marked NFA is never an open episode.
    /// </summary>
    public static Expression<Func<Referral, bool>> ReferralOpenAt(DateOnly date) =>
        r => r.ReferralDate <= date && !r.IsNoFurtherAction && (r.ClosureDate == null || r.ClosureDate >= date);

    /// <summary>A child protection plan is open at the date when it started on or before it and had not ended by it.</summary>
    public static Expression<Func<ChildProtectionPlan, bool>> PlanOpenAt(DateOnly date) =>
        p => p.StartDate <= date && (p.EndDate == null || p.EndDate > date);

    /// <summary>
    /// A child is looked after at the date when an episode of care that is not a short break (legal status V3 or V4)
    /// started on or before it and had not ceased by it (SSDA903: a child whose episode ceased on 31 March is not looked after at 31 March).
    /// </summary>
    public static Expression<Func<CareEpisode, bool>> LookedAfterAt(DateOnly date) =>
        e => e.StartDate <= date && (e.EndDate == null || e.EndDate > date) && e.LegalStatus != "V3" && e.LegalStatus != "V4";

    /// <summary>An allocation is current at the date when it started on or before it and had not ended before it.</summary>
    public static Expression<Func<Allocation, bool>> AllocationCurrentAt(DateOnly date) =>
        a => a.StartDate <= date && (a.EndDate == null || a.EndDate >= date);
}
