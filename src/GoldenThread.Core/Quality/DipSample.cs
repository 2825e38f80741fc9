using System.Security.Cryptography;
using System.Text;

namespace GoldenThread.Core.Quality;

/// <summary>An audit of a child that counts for the "audited in the last N months" exclusion.</summary>
/// <param name="AuditedOn">
/// The population date of the round that sampled the child for audit: fixed once drawn, so a later re-draw sees the
/// same exclusions however far the audit has gone since.
/// </param>
public sealed record RecentAudit(long ChildId, DateOnly AuditedOn);

/// <summary>What to draw: how many, with which seed, stratified by team or not, leaving out recent audits.</summary>
public sealed record SampleRequest(int Size, ulong Seed, bool StratifyByTeam, int ExcludeMonths);

/// <summary>
/// The sampling frame: the population less the children audited recently, sorted by LA child ID (ordinal), with
/// the snapshot (each ID followed by a line feed) and its SHA-256, which anyone can recompute to check the frame.
/// </summary>
public sealed record SampleFrame(IReadOnlyList<PopulationMember> Members, int PopulationCount, int ExcludedCount, string Snapshot, string Sha256);

/// <summary>How many of a stratum's children were drawn (largest-remainder proportional allocation).</summary>
public sealed record StratumAllocation(string Stratum, long? TeamId, int FrameCount, int Allocated);

/// <summary>A child drawn, with its place in the draw order (1 = first).</summary>
public sealed record SampledChild(int Position, PopulationMember Member, string Stratum);

public sealed record DipSampleResult(SampleFrame Frame, SampleRequest Request, IReadOnlyList<StratumAllocation> Strata, IReadOnlyList<SampledChild> Sample);

/// <summary>
/// Reproducible dip sampling (docs/adr/0011-quality-assurance.md). The same population, exclusions, size and seed
/// always give the same children, in the same order, on any machine:
/// <list type="number">
/// <item>the frame is the population less children audited in the N months before the population date (sampled by a
/// round dated on or after the date N months earlier and before the population date), sorted by LA child ID;</item>
/// <item>strata (when stratified) are the teams holding the cases, in ordinal order of team code, unallocated children last;
/// each gets floor(n × Nₕ ÷ N) and the remaining places go one each to the largest remainders, ties to the larger
/// stratum, then to the earlier stratum in that order;</item>
/// <item>one <see cref="Pcg32"/> seeded with the seed (stream 54) draws each stratum in turn by a partial Fisher–Yates
/// shuffle of its sorted children: for i = 0 … k − 1, swap item i with item i + NextBelow(Nₕ − i); the first k items are the sample.</item>
/// </list>
/// </summary>
public static class DipSample
{
    public const string UnallocatedStratum = "unallocated";

    public static SampleFrame Frame(IReadOnlyList<PopulationMember> population, IEnumerable<RecentAudit> recentAudits, DateOnly date, int excludeMonths)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(recentAudits);
        ArgumentOutOfRangeException.ThrowIfNegative(excludeMonths);
        var excluded = new HashSet<long>();
        if (excludeMonths > 0)
        {
            var cutoff = date.AddMonths(-excludeMonths);
            excluded.UnionWith(recentAudits.Where(a => a.AuditedOn >= cutoff && a.AuditedOn < date).Select(a => a.ChildId));
        }

        var members = population.Where(m => !excluded.Contains(m.ChildId)).ToList();
        members.Sort((a, b) => string.CompareOrdinal(a.LaChildId, b.LaChildId));
        var snapshot = Snapshot(members.Select(m => m.LaChildId));
        return new SampleFrame(members, population.Count, population.Count - members.Count, snapshot, Sha256(snapshot));
    }

    /// <summary>The snapshot text: each LA child ID followed by a line feed, in the order given.</summary>
    public static string Snapshot(IEnumerable<string> sortedIds)
    {
        var text = new StringBuilder();
        foreach (var id in sortedIds)
        {
            text.Append(id).Append('\n');
        }

        return text.ToString();
    }

    public static string Sha256(string snapshot) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(snapshot)));

    public static DipSampleResult Draw(SampleFrame frame, SampleRequest request)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegative(request.Size);
        var size = Math.Min(request.Size, frame.Members.Count);
        var strata = request.StratifyByTeam
            ? frame.Members.GroupBy(m => m.TeamCode)
                .OrderBy(g => g.Key is null).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (Name: g.Key ?? UnallocatedStratum, TeamId: g.First().TeamId, Members: g.ToList()))
                .ToList()
            : [(Name: "all", TeamId: (long?)null, Members: frame.Members.ToList())];
        var allocated = Allocate([.. strata.Select(s => s.Members.Count)], size);

        var random = new Pcg32(request.Seed);
        var sample = new List<SampledChild>();
        for (var h = 0; h < strata.Count; h++)
        {
            var items = strata[h].Members;
            for (var i = 0; i < allocated[h]; i++)
            {
                var j = i + (int)random.NextBelow((uint)(items.Count - i));
                (items[i], items[j]) = (items[j], items[i]);
                sample.Add(new SampledChild(sample.Count + 1, items[i], strata[h].Name));
            }
        }

        return new DipSampleResult(
            frame,
            request,
            [.. strata.Select((s, h) => new StratumAllocation(s.Name, s.TeamId, s.Members.Count, allocated[h]))],
            sample);
    }

    /// <summary>
    /// Proportional allocation by largest remainder (Hamilton's method) in whole-number arithmetic: stratum h gets
    /// ⌊n·Nₕ/N⌋, then the places left go one each to the largest remainders n·Nₕ mod N, ties to the larger Nₕ,
    /// then to the earlier stratum.
    /// </summary>
    public static int[] Allocate(IReadOnlyList<int> stratumSizes, int size)
    {
        ArgumentNullException.ThrowIfNull(stratumSizes);
        var total = stratumSizes.Sum();
        var result = new int[stratumSizes.Count];
        if (total == 0 || size == 0)
        {
            return result;
        }

        size = Math.Min(size, total);
        var remainders = new long[stratumSizes.Count];
        for (var h = 0; h < stratumSizes.Count; h++)
        {
            var product = (long)size * stratumSizes[h];
            result[h] = (int)(product / total);
            remainders[h] = product % total;
        }

        var left = size - result.Sum();
        var order = Enumerable.Range(0, stratumSizes.Count)
            .OrderByDescending(h => remainders[h]).ThenByDescending(h => stratumSizes[h]).ThenBy(h => h)
            .ToList();
        for (var k = 0; k < left; k++)
        {
            result[order[k]]++;
        }

        return result;
    }
}

/// <summary>Someone who can be given audits, and the teams whose cases they should not audit (their own).</summary>
public sealed record AuditorCandidate(string UserId, string Name, IReadOnlySet<long> OwnTeamIds);

/// <summary>The auditor given the child at a draw position; <paramref name="OwnTeam"/> when nobody else was available.</summary>
public sealed record AuditorAssignment(int Position, string UserId, string Name, bool OwnTeam);

/// <summary>
/// Shares a sample among auditors, in draw order: each child goes to the auditor with the fewest audits so far among
/// those outside the child's team (auditors ordered by name, then user id, for ties); only when every auditor is in
/// the child's team does one of them audit it, and the audit is marked as an own-team audit.
/// </summary>
public static class AuditorAllocation
{
    public static IReadOnlyList<AuditorAssignment> Assign(IReadOnlyList<SampledChild> sample, IReadOnlyList<AuditorCandidate> auditors)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(auditors);
        if (auditors.Count == 0)
        {
            throw new InvalidOperationException("There are no auditors to assign the audits to.");
        }

        var ordered = auditors.OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.UserId, StringComparer.Ordinal).ToList();
        var load = ordered.ToDictionary(a => a.UserId, _ => 0, StringComparer.Ordinal);
        var result = new List<AuditorAssignment>();
        foreach (var child in sample.OrderBy(s => s.Position))
        {
            var team = child.Member.TeamId;
            var outside = ordered.Where(a => team is not { } t || !a.OwnTeamIds.Contains(t)).ToList();
            var ownTeam = outside.Count == 0;
            var pool = ownTeam ? ordered : outside;
            var chosen = pool.OrderBy(a => load[a.UserId]).First();
            load[chosen.UserId]++;
            result.Add(new AuditorAssignment(child.Position, chosen.UserId, chosen.Name, ownTeam));
        }

        return result;
    }
}
