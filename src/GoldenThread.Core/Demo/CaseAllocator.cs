using GoldenThread.Core.Model;

namespace GoldenThread.Core.Demo;

/// <summary>
/// Turns the teams that held a child's case into allocations to workers: a worker in post in the team takes the case,
/// keeps it for a while or until they leave, then hands it on. A few open cases are left unallocated on purpose.
/// </summary>
internal sealed class CaseAllocator(DemoTimeline timeline, DemoRandom random, DemoRecordSet records, Workforce workforce)
{
    private const double _unallocatedShare = 0.015;

    public void Allocate(ChildState child)
    {
        foreach (var phase in child.Phases)
        {
            AllocatePhase(child, phase);
        }
    }

    private void AllocatePhase(ChildState child, CasePhase phase)
    {
        var team = workforce.PickTeam(phase.Kind, random);
        var last = phase.End ?? timeline.Today;
        var start = phase.Start;
        Allocation? latest = null;
        while (start <= last)
        {
            if (workforce.CaseHolderAt(team, start, random) is not { } holder)
            {
                break;
            }

            var worker = holder.Worker;
            team = holder.Team;
            var end = start.AddDays(random.Between(120, 600));
            if (worker.LeavingDate is { } leaving && leaving < end)
            {
                end = leaving;
            }

            var open = phase.End is null && end >= last && (worker.LeavingDate is null || worker.LeavingDate > timeline.Today);
            latest = DemoRecordSet.Add(records.Allocations, new Allocation
            {
                ChildId = child.Id,
                WorkerId = worker.Id,
                TeamId = team.Unit.Id,
                StartDate = start,
                EndDate = open ? null : end < last ? end : last,
            });

            if (open || end >= last)
            {
                break;
            }

            // A leaver's cases wait a few days for a new worker; a planned change of worker is seamless.
            start = worker.LeavingDate == end ? end.AddDays(random.Between(1, 8)) : end.AddDays(1);
        }

        if (phase.End is null && latest is { EndDate: null } && random.Chance(_unallocatedShare))
        {
            var ended = timeline.Today.AddDays(-random.Between(3, 45));
            latest.EndDate = ended > latest.StartDate ? ended : latest.StartDate;
            records.Fault(DemoFaultKinds.UnallocatedCase, latest);
        }
    }

    /// <summary>The worker holding the child's case on the date, if any.</summary>
    public long? WorkerAt(ChildState child, DateOnly date)
    {
        for (var i = records.Allocations.Count - 1; i >= child.Marks.Allocations; i--)
        {
            var allocation = records.Allocations[i];
            if (allocation.StartDate <= date && (allocation.EndDate is null || allocation.EndDate >= date))
            {
                return allocation.WorkerId;
            }
        }

        return null;
    }
}
