using GoldenThread.Core.Model;
using GoldenThread.Core.Quality;

namespace GoldenThread.Core.Tests.Quality;

public sealed class SupervisionComplianceTests
{
    private static readonly DateOnly Date = new(2025, 3, 31);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static Worker W(long id, DateOnly start, DateOnly? left = null, bool caseHolding = true) => new()
    {
        Id = id,
        StaffId = $"W{id}",
        DisplayName = $"Worker {id}",
        JobTitle = "Social Worker",
        Fte = 1m,
        IsCaseHolding = caseHolding,
        StartDate = start,
        LeavingDate = left,
    };

    private static SupervisionRecord S(long worker, DateOnly date, params long[] children) =>
        new() { WorkerId = worker, SupervisorId = 99, SupervisionDate = date, ChildrenDiscussed = [.. children] };

    [Fact]
    public void Compliance_over_the_year_is_exact_on_hand_built_supervision()
    {
        var workers = new[]
        {
            W(1, D(2023, 6, 1)),
            W(2, D(2025, 3, 1)),
            W(3, D(2022, 1, 1)),
            W(4, D(2020, 1, 1), caseHolding: false),
            W(5, D(2020, 1, 1), D(2025, 3, 30)),
            W(6, D(2024, 1, 1), D(2025, 3, 31)),
        };
        var supervisions = new[]
        {
            S(1, D(2024, 3, 15)), S(1, D(2024, 4, 20)), S(1, D(2025, 2, 17)), S(1, D(2025, 3, 24)), S(1, D(2025, 3, 24)), S(1, D(2025, 4, 2)),
            S(3, D(2024, 12, 2)),
            S(4, D(2025, 3, 1)),
            S(6, D(2025, 2, 20)),
        };

        var result = SupervisionCompliance.Compute(workers, supervisions, Date);
        Assert.Equal(D(2024, 4, 1), result.From);
        Assert.Equal(42, result.IntervalDays);

        // W4 holds no cases; W5 left the day before the date. W6 leaves on the date and is still counted.
        Assert.Equal([1L, 2, 3, 6], result.Workers.Select(w => w.Worker.Id));

        // W1: points 1 Jun 2023, 15 Mar 2024, 20 Apr 2024, 17 Feb 2025, 24 Mar 2025. The first gap ends before 1 April 2024.
        // In the period: 36, 303 (late), 35 and the open 7 days.
        var w1 = result.Workers[0];
        Assert.Equal([36, 303, 35, 7], w1.Gaps.Select(g => g.Days));
        Assert.Equal((D(2025, 3, 24), 7, true, 3, 1, 303), (w1.LastSupervision!.Value, w1.DaysSinceLast, w1.InDate, w1.SupervisionsInPeriod, w1.LateGaps, w1.LongestGapDays));

        // W2: started 1 March 2025, not yet supervised: 30 days since starting, in date.
        var w2 = result.Workers[1];
        Assert.Equal((null, 30, true, 0, 0, 30), (w2.LastSupervision, w2.DaysSinceLast, w2.InDate, w2.SupervisionsInPeriod, w2.LateGaps, w2.LongestGapDays));

        // W3: 1 Jan 2022 → 2 Dec 2024 is 1,066 days; then 119 days open: out of date.
        var w3 = result.Workers[2];
        Assert.Equal([1066, 119], w3.Gaps.Select(g => g.Days));
        Assert.Equal((119, false, 2), (w3.DaysSinceLast, w3.InDate, w3.LateGaps));

        // W6: 1 Jan 2024 → 20 Feb 2025 is 416 days (late); 39 days open.
        Assert.Equal([416, 39], result.Workers[3].Gaps.Select(g => g.Days));
        Assert.True(result.Workers[3].InDate);

        Assert.Equal(new Proportion(3, 4), result.WorkersInDate);
        Assert.Equal(new Proportion(5, 9), result.GapsWithinInterval);
    }

    [Fact]
    public void The_interval_is_inclusive_and_a_setting()
    {
        var workers = new[] { W(1, D(2024, 1, 1)) };
        var supervisions = new[] { S(1, D(2025, 2, 17)) };
        Assert.True(SupervisionCompliance.Compute(workers, supervisions, D(2025, 3, 31)).Workers[0].InDate);
        Assert.False(SupervisionCompliance.Compute(workers, supervisions, D(2025, 4, 1)).Workers[0].InDate);
        Assert.True(SupervisionCompliance.Compute(workers, supervisions, D(2025, 4, 1), 43).Workers[0].InDate);
    }

    [Fact]
    public void Management_oversight_counts_decisions_on_the_record_and_supervision_discussions()
    {
        ManagementOversightDecision Decision(long child, DateOnly on) =>
            new() { ChildId = child, DecisionDate = on, Decision = "Step down to early help.", RecordedByUserId = "m", RecordedByName = "M" };
        var decisions = new[] { Decision(1, D(2025, 1, 1)), Decision(2, D(2024, 12, 31)), Decision(3, D(2024, 12, 30)), Decision(4, D(2025, 4, 1)) };
        var supervisions = new[] { S(9, D(2025, 2, 1), 3), S(9, D(2025, 5, 1), 4) };

        // Child 1: 89 days; child 2: 90 days (in date); child 3: decision 91 days ago but discussed on 1 February; child 4: only later dates.
        var result = ManagementOversight.Compute([4, 3, 2, 1], decisions, supervisions, Date);
        Assert.Equal(
            [(1L, (DateOnly?)D(2025, 1, 1), true), (2L, D(2024, 12, 31), true), (3L, D(2025, 2, 1), true), (4L, null, false)],
            result.Children.Select(c => (c.ChildId, c.LastOversight, c.InDate)));
        Assert.Equal(new Proportion(3, 4), result.InDate);
    }
}
