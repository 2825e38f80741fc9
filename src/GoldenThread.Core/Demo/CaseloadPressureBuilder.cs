using GoldenThread.Core.Model;

namespace GoldenThread.Core.Demo;

/// <summary>
/// Work the long-term teams carry once every child's journey is written, so the children needing action that managers see
/// as at today look like a real authority's:
/// <list type="bullet">
/// <item>updated child and family assessments on child in need plans: a change in the family's circumstances (two or three
/// times a year) starts a further assessment in the same referral, and these are signed off later than first assessments;</item>
/// <item>cases held unallocated in teams whose case-holders carry more than <see cref="_manageableCaseload"/> cases each: the
/// worker moved on or was relieved of some cases, and the team manager holds them until someone can take them.</item>
/// </list>
/// Draws come from their own sequence (<see cref="DemoRandom.Stream"/>), so the children's journeys are drawn exactly as they were
/// before these steps existed: only what the steps change (some allocations end, records after that lose their worker, updated
/// assessments follow the others in the list) and the supervision drawn after them differ.
/// </summary>
internal sealed class CaseloadPressureBuilder(DemoTimeline timeline, DemoRandom random, DemoRecordSet records)
{
    /// <summary>The sequence these steps draw from, beside the generator's own.</summary>
    public const int Stream = 1;

    /// <summary>Days from a plan's start before its circumstances may change enough to assess again.</summary>
    private const int _settlingInDays = 28;

    /// <summary>Mean days between changes in a family's circumstances that start an updated assessment (between two and three a year).</summary>
    private const double _daysBetweenChanges = 150;

    /// <summary>A plan ending within this many working days is left to close rather than assessed again.</summary>
    private const int _closingSoonWorkingDays = 20;

    /// <summary>Cases per full-time case-holder a team can allocate in full (about the national average caseload, with headroom).</summary>
    private const double _manageableCaseload = 20.0;

    /// <summary>How much likelier an open case is to wait unallocated for each case per full-time worker above the manageable caseload.</summary>
    private const double _unallocatedPerExtraCase = 0.004;

    /// <summary>The highest chance, however stretched the team.</summary>
    private const double _mostUnallocated = 0.07;

    public void Build()
    {
        HoldCasesUnallocated();
        AddUpdatedAssessments();
    }

    /// <summary>
    /// In each overstretched team, some open allocations end a few days to six weeks before today with no one taking the case on;
    /// records dated after that are no longer credited to the worker.
    /// </summary>
    private void HoldCasesUnallocated()
    {
        var today = timeline.Today;
        var fteByTeam = new Dictionary<long, double>();
        foreach (var worker in records.Workers)
        {
            if (worker.IsCaseHolding && Workforce.IsInPost(worker, today))
            {
                fteByTeam[worker.TeamId] = fteByTeam.GetValueOrDefault(worker.TeamId) + (double)worker.Fte;
            }
        }

        var openByTeam = new Dictionary<long, int>();
        foreach (var allocation in records.Allocations)
        {
            if (allocation.EndDate is null)
            {
                openByTeam[allocation.TeamId] = openByTeam.GetValueOrDefault(allocation.TeamId) + 1;
            }
        }

        var unallocatedFrom = new Dictionary<long, DateOnly>();
        foreach (var allocation in records.Allocations)
        {
            if (allocation.EndDate is not null || !fteByTeam.TryGetValue(allocation.TeamId, out var fte) || fte <= 0)
            {
                continue;
            }

            var perWorker = openByTeam[allocation.TeamId] / fte;
            var chance = Math.Min(_mostUnallocated, (perWorker - _manageableCaseload) * _unallocatedPerExtraCase);
            if (chance <= 0 || !random.Chance(chance))
            {
                continue;
            }

            var ended = today.AddDays(-random.Between(3, 45));
            allocation.EndDate = ended > allocation.StartDate ? ended : allocation.StartDate;
            unallocatedFrom[allocation.ChildId] = allocation.EndDate.Value.AddDays(1);
            records.Fault(DemoFaultKinds.UnallocatedCase, allocation);
        }

        foreach (var assessment in records.Assessments)
        {
            if (unallocatedFrom.TryGetValue(assessment.ChildId, out var from) && assessment.StartDate >= from)
            {
                assessment.WorkerId = null;
            }
        }

        foreach (var visit in records.ChildProtectionVisits)
        {
            if (unallocatedFrom.TryGetValue(visit.ChildId, out var from) && visit.VisitDate >= from)
            {
                visit.WorkerId = null;
            }
        }

        foreach (var visit in records.CareVisits)
        {
            if (unallocatedFrom.TryGetValue(visit.ChildId, out var from) && visit.VisitDate >= from)
            {
                visit.WorkerId = null;
            }
        }
    }

    /// <summary>
    /// Updated assessments on child in need plans, one at a time within the plan: authorised before the plan ends, or still open
    /// today on a plan that is. A plan whose referral has an assessment never authorised (a seeded fault) gets none.
    /// </summary>
    private void AddUpdatedAssessments()
    {
        var today = timeline.Today;
        var lastAuthorised = new Dictionary<long, DateOnly>();

        // Referrals with an assessment open, or never authorised (a seeded fault): no further assessment starts in them.
        var assessing = new HashSet<long>();
        foreach (var assessment in records.Assessments)
        {
            if (assessment.AuthorisationDate is { } authorised)
            {
                if (!lastAuthorised.TryGetValue(assessment.ReferralId, out var latest) || authorised > latest)
                {
                    lastAuthorised[assessment.ReferralId] = authorised;
                }
            }
            else
            {
                assessing.Add(assessment.ReferralId);
            }
        }

        var allocations = records.Allocations.ToLookup(a => a.ChildId);
        foreach (var plan in records.ChildInNeedPlans)
        {
            if (assessing.Contains(plan.ReferralId))
            {
                continue;
            }

            var child = records.Children[(int)plan.ChildId - 1];
            var planEnd = plan.EndDate ?? today;
            var from = plan.StartDate.AddDays(_settlingInDays);
            var busyUntil = lastAuthorised.GetValueOrDefault(plan.ReferralId);
            if (busyUntil >= from)
            {
                from = busyUntil.AddDays(1);
            }

            while (true)
            {
                var start = timeline.OnOrNextWorkingDay(from.AddDays(random.ExponentialDays(_daysBetweenChanges)));
                if (start > planEnd || (plan.EndDate is { } closing && timeline.AddWorkingDays(start, _closingSoonWorkingDays) > closing))
                {
                    // Nothing changed before the plan ended, or it was about to end: a closing case is not assessed again.
                    break;
                }

                var authorised = timeline.AddWorkingDays(start, UpdatedAssessmentWorkingDays());
                if (plan.EndDate is { } ended && authorised > ended)
                {
                    // The plan ends first: the assessment is signed off as the case closes or steps up.
                    authorised = ended;
                }

                var assessment = DemoRecordSet.Add(records.Assessments, new Assessment
                {
                    ChildId = plan.ChildId,
                    ReferralId = plan.ReferralId,
                    StartDate = start,
                    WorkerId = WorkerAt(allocations[plan.ChildId], start),
                });
                assessment.ChildSeen = child.BirthDate is { } born && start >= born && random.Chance(0.95);
                assessment.ChildSeenAlone = assessment.ChildSeen == true && child.BirthDate!.Value.AddYears(5) <= start && random.Chance(0.7);
                if (authorised > today)
                {
                    // Still open today: nothing more starts in this referral.
                    assessing.Add(plan.ReferralId);
                    break;
                }

                assessment.AuthorisationDate = authorised;
                AddFactors(assessment);
                lastAuthorised[plan.ReferralId] = authorised;
                from = authorised.AddDays(1);
            }
        }
    }

    /// <summary>
    /// Working days to sign-off. Without a first assessment's urgency, few finish early: most are signed off in the last week
    /// before day 45, and three in ten run past it, some for months.
    /// </summary>
    private int UpdatedAssessmentWorkingDays()
    {
        var roll = random.NextDouble();
        return roll < 0.15 ? random.Between(10, 39)
            : roll < 0.7 ? random.Between(40, 45)
            : random.Between(46, 120);
    }

    /// <summary>One to three factors; never "21 No factors identified" on a child already in need.</summary>
    private void AddFactors(Assessment assessment)
    {
        var factors = random.Between(1, 3);
        for (var i = 0; i < factors; i++)
        {
            var factor = DemoCodes.AssessmentFactor.Pick(random);
            if (factor != "21" && !assessment.Factors.Contains(factor))
            {
                assessment.Factors.Add(factor);
            }
        }

        if (assessment.Factors.Count == 0)
        {
            assessment.Factors.Add("4B");
        }
    }

    private static long? WorkerAt(IEnumerable<Allocation> allocations, DateOnly date)
    {
        foreach (var allocation in allocations)
        {
            if (allocation.StartDate <= date && (allocation.EndDate is null || allocation.EndDate >= date))
            {
                return allocation.WorkerId;
            }
        }

        return null;
    }
}
