using GoldenThread.Core.Model;

namespace GoldenThread.Core.Caseload;

/// <summary>
/// The child-level records a calculation reads. Each source is an <see cref="IQueryable{T}"/>, so the same
/// core code runs over in-memory lists in tests and over the database in the hosts.
/// </summary>
public sealed record ChildRecordSources(
    IQueryable<Child> Children,
    IQueryable<Referral> Referrals,
    IQueryable<ChildProtectionPlan> ChildProtectionPlans,
    IQueryable<CareEpisode> CareEpisodes,
    IQueryable<Allocation> Allocations,
    IQueryable<OrgUnit> OrgUnits);
