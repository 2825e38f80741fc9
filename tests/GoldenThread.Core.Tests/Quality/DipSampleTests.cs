using GoldenThread.Core.Quality;

namespace GoldenThread.Core.Tests.Quality;

/// <summary>Reproducible sampling: the published PCG32 sequence, hand-worked draws, exclusions and stratification.</summary>
public sealed class DipSampleTests
{
    private static readonly DateOnly Date = new(2025, 3, 31);

    private static PopulationMember M(long id, string laChildId, long? teamId = null, string? teamCode = null) => new(id, laChildId, teamId, teamCode, null);

    [Fact]
    public void Pcg32_gives_the_published_reference_sequence_for_seed_42_stream_54()
    {
        // pcg-c-basic's pcg32-demo prints these for pcg32_srandom_r(&rng, 42u, 54u).
        var random = new Pcg32(42, 54);
        Assert.Equal(
            [0xa15c02b7u, 0x7b47f409u, 0xba1d3330u, 0x83d2f293u, 0xbfa4784bu, 0xcbed606eu],
            Enumerable.Range(0, 6).Select(_ => random.NextUInt32()));
    }

    [Fact]
    public void Bounded_draws_reject_below_the_threshold_and_reduce_modulo_the_bound()
    {
        // Outputs 2707161783, 2068313097, 3122475824: mod 10 = 3 (threshold 6), mod 9 = 3 (threshold 4), mod 8 = 0 (threshold 0).
        var random = new Pcg32(42);
        Assert.Equal(3u, random.NextBelow(10));
        Assert.Equal(3u, random.NextBelow(9));
        Assert.Equal(0u, random.NextBelow(8));
    }

    [Fact]
    public void The_same_seed_and_population_give_the_same_children_worked_by_hand()
    {
        // Population given out of order; the frame sorts it C01 … C10.
        var population = Enumerable.Range(1, 10).Reverse().Select(i => M(i, $"C{i:D2}")).ToList();
        var frame = DipSample.Frame(population, [], Date, 0);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"C{i:D2}"), frame.Members.Select(m => m.LaChildId));

        // i = 0: NextBelow(10) = 3, swap 0 and 3 → C04. i = 1: NextBelow(9) = 3, swap 1 and 4 → C05. i = 2: NextBelow(8) = 0, item 2 → C03.
        var first = DipSample.Draw(frame, new SampleRequest(3, 42, false, 0));
        Assert.Equal(["C04", "C05", "C03"], first.Sample.Select(s => s.Member.LaChildId));
        Assert.Equal([1, 2, 3], first.Sample.Select(s => s.Position));

        var again = DipSample.Draw(DipSample.Frame([.. population.OrderBy(m => m.ChildId)], [], Date, 0), new SampleRequest(3, 42, false, 0));
        Assert.Equal(first.Sample.Select(s => s.Member.ChildId), again.Sample.Select(s => s.Member.ChildId));
        Assert.Equal(frame.Sha256, again.Frame.Sha256);

        var otherSeed = DipSample.Draw(frame, new SampleRequest(3, 43, false, 0));
        Assert.NotEqual(first.Sample.Select(s => s.Member.ChildId), otherSeed.Sample.Select(s => s.Member.ChildId));
    }

    [Fact]
    public void A_sample_larger_than_the_frame_takes_every_child()
    {
        var frame = DipSample.Frame([M(1, "A"), M(2, "B")], [], Date, 0);
        var result = DipSample.Draw(frame, new SampleRequest(5, 1, false, 0));
        Assert.Equal(["A", "B"], result.Sample.Select(s => s.Member.LaChildId).Order());
    }

    [Fact]
    public void Children_audited_in_the_months_before_the_date_are_left_out_and_the_snapshot_records_the_frame()
    {
        var population = new[] { M(1, "C01"), M(2, "C02"), M(3, "C03"), M(4, "C04"), M(5, "C05") };

        // Six months before 31 March 2025 is 30 September 2024: sampled on it or after, and before 31 March 2025, is left out.
        // A round dated 31 March 2025 itself (this round, re-drawn) does not count.
        var audits = new[]
        {
            new RecentAudit(1, new DateOnly(2025, 3, 31)),
            new RecentAudit(2, new DateOnly(2024, 10, 1)),
            new RecentAudit(4, new DateOnly(2024, 9, 30)),
            new RecentAudit(5, new DateOnly(2024, 9, 29)),
            new RecentAudit(3, new DateOnly(2023, 1, 1)),
        };
        var frame = DipSample.Frame(population, audits, Date, 6);
        Assert.Equal(["C01", "C03", "C05"], frame.Members.Select(m => m.LaChildId));
        Assert.Equal(5, frame.PopulationCount);
        Assert.Equal(2, frame.ExcludedCount);
        Assert.Equal("C01\nC03\nC05\n", frame.Snapshot);

        // printf 'C01\nC03\nC05\n' | sha256sum
        Assert.Equal("e40afdc602f378c219b71b7b0f6e7299c4f97c7437eb02094a9268f2ef7b88da", frame.Sha256);

        var none = DipSample.Frame(population, audits, Date, 0);
        Assert.Equal(5, none.Members.Count);
        Assert.Equal(0, none.ExcludedCount);
    }

    [Fact]
    public void Proportional_allocation_uses_largest_remainders_with_ties_to_the_larger_stratum()
    {
        // n = 4, N = 10: 4×6/10 = 2 r 4, 4×3/10 = 1 r 2, 4×1/10 = 0 r 4; one place left; A and C tie on 4, A is larger.
        Assert.Equal([3, 1, 0], DipSample.Allocate([6, 3, 1], 4));

        // n = 3, N = 6 over 2, 2, 2: 1 each, nothing left.
        Assert.Equal([1, 1, 1], DipSample.Allocate([2, 2, 2], 3));

        // n = 2 over 1, 1, 1: remainders 2, 2, 2, equal sizes: the first two strata.
        Assert.Equal([1, 1, 0], DipSample.Allocate([1, 1, 1], 2));

        // A sample as large as the frame takes every stratum whole.
        Assert.Equal([6, 3, 1], DipSample.Allocate([6, 3, 1], 10));
    }

    [Fact]
    public void A_stratified_draw_gives_exact_counts_per_team_and_exact_children()
    {
        var population = new List<PopulationMember>();
        population.AddRange(Enumerable.Range(1, 6).Select(i => M(i, $"A{i}", 100, "T-A")));
        population.AddRange(Enumerable.Range(1, 3).Select(i => M(10 + i, $"B{i}", 200, "T-B")));
        population.Add(M(21, "C1", 300, "T-C"));
        var frame = DipSample.Frame(population, [], Date, 0);
        var result = DipSample.Draw(frame, new SampleRequest(4, 42, true, 0));

        Assert.Equal([("T-A", 6, 3), ("T-B", 3, 1), ("T-C", 1, 0)], result.Strata.Select(s => (s.Stratum, s.FrameCount, s.Allocated)));

        // T-A: NextBelow(6) = 2707161783 mod 6 = 3 → A4; NextBelow(5) = 2068313097 mod 5 = 2, swap 1 and 3 → A1; NextBelow(4) = 0 → A3.
        // T-B: NextBelow(3) = 2211639955 mod 3 = 1 → B2.
        Assert.Equal(["A4", "A1", "A3", "B2"], result.Sample.Select(s => s.Member.LaChildId));
        Assert.Equal(3, result.Sample.Count(s => s.Stratum == "T-A"));
        Assert.Equal(1, result.Sample.Count(s => s.Stratum == "T-B"));
    }

    [Fact]
    public void Stratification_and_exclusion_together_hold_the_counts_per_team()
    {
        var population = new List<PopulationMember>();
        population.AddRange(Enumerable.Range(1, 8).Select(i => M(i, $"A{i}", 100, "T-A")));
        population.AddRange(Enumerable.Range(1, 4).Select(i => M(10 + i, $"B{i}", 200, "T-B")));
        population.AddRange(Enumerable.Range(1, 4).Select(i => M(20 + i, $"U{i}")));

        // Two of T-A's children were audited last month: the frame is A 6, B 4, unallocated 4 (N = 14).
        var audits = new[] { new RecentAudit(1, new DateOnly(2025, 2, 1)), new RecentAudit(2, new DateOnly(2025, 3, 1)) };
        var frame = DipSample.Frame(population, audits, Date, 3);
        var result = DipSample.Draw(frame, new SampleRequest(7, 2025, true, 3));

        // n = 7: 7×6/14 = 3 r 0, 7×4/14 = 2 r 0, 7×4/14 = 2 r 0.
        Assert.Equal([("T-A", 6, 3), ("T-B", 4, 2), ("unallocated", 4, 2)], result.Strata.Select(s => (s.Stratum, s.FrameCount, s.Allocated)));
        Assert.Equal(3, result.Sample.Count(s => s.Member.TeamId == 100));
        Assert.Equal(2, result.Sample.Count(s => s.Member.TeamId == 200));
        Assert.Equal(2, result.Sample.Count(s => s.Member.TeamId is null));
        Assert.DoesNotContain(result.Sample, s => s.Member.ChildId is 1 or 2);
        Assert.Equal(7, result.Sample.Select(s => s.Member.ChildId).Distinct().Count());
    }

    [Fact]
    public void Auditors_are_not_given_their_own_teams_cases_where_anyone_else_can_take_them()
    {
        var sample = new[]
        {
            new SampledChild(1, M(1, "A1", 100, "T-A"), "T-A"),
            new SampledChild(2, M(2, "A2", 100, "T-A"), "T-A"),
            new SampledChild(3, M(3, "B1", 200, "T-B"), "T-B"),
            new SampledChild(4, M(4, "U1"), "unallocated"),
            new SampledChild(5, M(5, "A3", 100, "T-A"), "T-A"),
        };
        var auditors = new[]
        {
            new AuditorCandidate("u-yan", "Yan", new HashSet<long> { 200 }),
            new AuditorCandidate("u-xia", "Xia", new HashSet<long> { 100 }),
        };

        // Order by name: Xia, Yan. 1 (T-A): only Yan → Yan. 2 (T-A): Yan. 3 (T-B): only Xia → Xia.
        // 4 (unallocated): Xia 1, Yan 2 → Xia. 5 (T-A): only Yan → Yan.
        var assigned = AuditorAllocation.Assign(sample, auditors);
        Assert.Equal(["Yan", "Yan", "Xia", "Xia", "Yan"], assigned.Select(a => a.Name));
        Assert.All(assigned, a => Assert.False(a.OwnTeam));

        // With only an auditor from T-A, T-A's cases must go to them and are marked.
        var alone = AuditorAllocation.Assign(sample, [auditors[1]]);
        Assert.Equal([true, true, false, false, true], alone.Select(a => a.OwnTeam));
    }
}
