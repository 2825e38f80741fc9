using System.Diagnostics;
using GoldenThread.Core.Calendar;
using GoldenThread.Core.Caseload;
using GoldenThread.Core.Model;
using GoldenThread.Core.Returns.CinCensus;
using GoldenThread.Core.Returns.Ssda903;
using GoldenThread.Core.Validation;
using GoldenThread.Data;
using GoldenThread.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.DataQuality;

/// <summary>A finding with the child it belongs to in the database and the team and worker who hold the child today.</summary>
public sealed record PlacedFinding(RuleFinding Finding, long? ChildId, string? ChildName, long? TeamId, long? WorkerId);

/// <summary>
/// Runs DfE's validation rules over the stored data for a collection year (the CIN census and SSDA903 returns the council would send),
/// and places each finding with its child, team and worker. Results are kept until a load changes the data.
/// </summary>
public sealed class DataQualityService(IServiceScopeFactory scopes, WorkingDayCalendar calendar, TimeProvider clock, GoldenThreadMetrics metrics)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly Dictionary<string, (string Version, IReadOnlyList<PlacedFinding> Findings)> _cache = [];

    /// <summary>The latest collection year that has ended: the return the council is preparing or has just sent.</summary>
    public string CurrentYear => CollectionYears.Of(DateOnly.FromDateTime(clock.GetLocalNow().Date).AddYears(-1));

    public async Task<IReadOnlyList<PlacedFinding>> FindingsAsync(string collectionYear, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoldenThreadDbContext>();
        var version = await DataVersion.CurrentAsync(db, cancellationToken);
        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_cache.TryGetValue(collectionYear, out var hit) && hit.Version == version)
            {
                return hit.Findings;
            }

            var all = await ChildLevelDatasetLoader.LoadAsync(db, cancellationToken);
            var lastYear = CollectionYears.Of(CollectionYears.ReferenceDate(collectionYear).AddYears(-1));
            var findings = new List<RuleFinding>();
            var started = Stopwatch.GetTimestamp();
            var cin = RuleCatalogue.Validate(new ValidationContext(CinCensusExtract.For(all, collectionYear), calendar));
            metrics.ValidationRan("cin-census", collectionYear, Stopwatch.GetElapsedTime(started), cin);
            started = Stopwatch.GetTimestamp();
            var ssda903 = RuleCatalogue.Validate(new ValidationContext(Ssda903Extract.For(all, collectionYear), calendar, Ssda903Extract.For(all, lastYear)));
            metrics.ValidationRan("ssda903", collectionYear, Stopwatch.GetElapsedTime(started), ssda903);
            findings.AddRange(cin);
            findings.AddRange(ssda903);

            var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
            var children = all.Children.GroupBy(c => c.LaChildId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var current = CaseloadRules.AllocationCurrentAt(today).Compile();
            var allocations = all.Allocations.Where(current).GroupBy(a => a.ChildId).ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.StartDate).First());
            var placed = findings.Select(f =>
            {
                var child = f.LaChildId is { Length: > 0 } id ? children.GetValueOrDefault(id) : null;
                var allocation = child is null ? null : allocations.GetValueOrDefault(child.Id);
                return new PlacedFinding(f, child?.Id, child?.DisplayName, allocation?.TeamId, allocation?.WorkerId);
            }).ToList();
            _cache[collectionYear] = (version, placed);
            await RecordCountsAsync(db, collectionYear, placed, cancellationToken);
            return placed;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Each rule's findings for the data as it stands after the newest load, kept once per load and year.</summary>
    private async Task RecordCountsAsync(GoldenThreadDbContext db, string collectionYear, IReadOnlyList<PlacedFinding> findings, CancellationToken cancellationToken)
    {
        var newest = await db.DataLoads.AsNoTracking().Where(l => l.Status == DataLoadStatus.Committed).MaxAsync(l => (long?)l.Id, cancellationToken);
        if (newest is not { } loadId || await db.ValidationRunCounts.AnyAsync(c => c.LoadId == loadId && c.CollectionYear == collectionYear, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        db.ValidationRunCounts.AddRange(findings.GroupBy(f => f.Finding.RuleCode).Select(g => new Data.Validation.ValidationRunCount
        {
            LoadId = loadId,
            CollectionYear = collectionYear,
            RuleCode = g.Key,
            Findings = g.Count(),
            ValidatedAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Findings per rule after each of the last loads, oldest first: the trend across loads.</summary>
    public async Task<(IReadOnlyList<long> Loads, IReadOnlyDictionary<string, IReadOnlyList<int?>> ByRule)> TrendAsync(string collectionYear, int loads, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoldenThreadDbContext>();
        var counts = await db.ValidationRunCounts.AsNoTracking().Where(c => c.CollectionYear == collectionYear).ToListAsync(cancellationToken);
        var loadIds = counts.Select(c => c.LoadId).Distinct().Order().TakeLast(loads).ToList();
        var byRule = counts.Where(c => loadIds.Contains(c.LoadId)).GroupBy(c => c.RuleCode).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<int?>)[.. loadIds.Select(id => g.FirstOrDefault(c => c.LoadId == id) is { } c ? c.Findings : (int?)0)],
            StringComparer.Ordinal);
        return (loadIds, byRule);
    }

    /// <summary>
    /// How many of the given children have a validation error in one of the given return fields: the caveat shown beside a figure
    /// ("N children in this figure's population have errors in the fields it uses").
    /// </summary>
    public static int ChildrenWithErrors(IReadOnlyList<PlacedFinding> findings, IReadOnlyCollection<long> population, IReadOnlySet<string> returnFields)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(returnFields);
        var wanted = population.ToHashSet();
        return findings
            .Where(f => f.Finding.Severity == Severity.Error && f.ChildId is { } id && wanted.Contains(id))
            .Where(f => returnFields.Contains(f.Finding.Field))
            .Select(f => f.ChildId)
            .Distinct()
            .Count();
    }
}
