using GoldenThread.Core.Model;

namespace GoldenThread.Core.Demo;

/// <summary>
/// Supervision for every case-holding worker by their team manager, every four to six weeks with the occasional long
/// gap, discussing a few of the children the worker held that day.
/// </summary>
internal static class SupervisionBuilder
{
    public static void Build(DemoTimeline timeline, DemoRandom random, DemoRecordSet records, Workforce workforce)
    {
        var byWorker = new List<Allocation>?[records.Workers.Count + 1];
        foreach (var allocation in records.Allocations)
        {
            (byWorker[allocation.WorkerId] ??= []).Add(allocation);
        }

        var held = new List<long>();
        foreach (var worker in records.Workers)
        {
            if (!worker.IsCaseHolding)
            {
                continue;
            }

            var from = worker.StartDate > timeline.HistoryStart ? worker.StartDate : timeline.HistoryStart;
            var until = worker.LeavingDate is { } leaving && leaving < timeline.Today ? leaving : timeline.Today;
            var date = timeline.OnOrNextWorkingDay(from.AddDays(random.Between(10, 35)));
            while (date <= until)
            {
                if (workforce.SupervisorAt(worker.TeamId, date) is { } supervisor && supervisor.Id != worker.Id)
                {
                    ChildrenHeld(byWorker[worker.Id], date, held);
                    DemoRecordSet.Add(records.SupervisionRecords, new SupervisionRecord
                    {
                        WorkerId = worker.Id,
                        SupervisorId = supervisor.Id,
                        SupervisionDate = date,
                        ChildrenDiscussed = Discussed(held, random),
                    });
                }

                var interval = random.Chance(0.86) ? random.Between(25, 42) : random.Between(50, 95);
                date = timeline.OnOrNextWorkingDay(date.AddDays(interval));
            }
        }
    }

    /// <summary>
    /// The children the worker holds on the date; for a worker whose cases are brief (the front door), those they
    /// held in the four weeks before.
    /// </summary>
    private static void ChildrenHeld(List<Allocation>? allocations, DateOnly date, List<long> held)
    {
        held.Clear();
        if (allocations is null)
        {
            return;
        }

        foreach (var from in new[] { date, date.AddDays(-28) })
        {
            foreach (var allocation in allocations)
            {
                if (allocation.StartDate <= date && (allocation.EndDate is null || allocation.EndDate >= from) && !held.Contains(allocation.ChildId))
                {
                    held.Add(allocation.ChildId);
                }
            }

            if (held.Count > 0)
            {
                return;
            }
        }
    }

    /// <summary>Two to five of the children held, chosen at random.</summary>
    private static List<long> Discussed(List<long> held, DemoRandom random)
    {
        var count = Math.Min(held.Count, random.Between(2, 5));
        for (var i = 0; i < count; i++)
        {
            var j = i + random.Index(held.Count - i);
            (held[i], held[j]) = (held[j], held[i]);
        }

        return held.GetRange(0, count);
    }
}
