using System.Collections.Concurrent;
using GoldenThread.Core.Indicators;
using GoldenThread.Core.Published;
using GoldenThread.Data;
using GoldenThread.Data.Published;

namespace GoldenThread.Web.Indicators;

/// <summary>
/// DfE benchmarks for the configured authority (Benchmarks:AuthorityCode, default 211), worked out once per measure and kept until a
/// load changes the data (published statistics arrive as loads too), so pages do not re-read every authority's figures per request.
/// </summary>
public sealed class BenchmarkService(IServiceScopeFactory scopes, IConfiguration configuration)
{
    private readonly ConcurrentDictionary<(string Version, string Measure, Core.Indicators.Polarity Polarity), Task<Benchmark?>> _benchmarks = new();

    public string Authority => AuthorityCode(configuration);

    /// <summary>The authority benchmarked (setting Benchmarks:AuthorityCode, default 211): the one place the setting is read.</summary>
    public static string AuthorityCode(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration["Benchmarks:AuthorityCode"] ?? "211";
    }

    /// <summary>The latest year's benchmark of the indicator's published measure, or null when DfE publishes none or none is loaded.</summary>
    public async Task<(PublishedMeasure Measure, Benchmark Benchmark)?> ForAsync(Indicator indicator, CancellationToken cancellationToken) =>
        (await ForAllAsync([indicator], cancellationToken)).TryGetValue(indicator.Id, out var found) ? found : null;

    /// <summary>The benchmarks of several indicators, by indicator id (those with none are left out), reading the data version once.</summary>
    public async Task<IReadOnlyDictionary<string, (PublishedMeasure Measure, Benchmark Benchmark)>> ForAllAsync(IEnumerable<Indicator> indicators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        string version;
        await using (var scope = scopes.CreateAsyncScope())
        {
            version = await DataVersion.CurrentAsync(scope.ServiceProvider.GetRequiredService<GoldenThreadDbContext>(), cancellationToken);
        }

        foreach (var stale in _benchmarks.Keys.Where(k => k.Version != version))
        {
            _benchmarks.TryRemove(stale, out _);
        }

        var found = new Dictionary<string, (PublishedMeasure, Benchmark)>(StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            if (PublishedMeasures.Find(indicator.Id) is { } measure
                && await _benchmarks.GetOrAdd((version, measure.Code, indicator.Polarity), k => ComputeAsync(measure, k.Polarity)) is { } benchmark)
            {
                found[indicator.Id] = (measure, benchmark);
            }
        }

        return found;
    }

    private async Task<Benchmark?> ComputeAsync(PublishedMeasure measure, Core.Indicators.Polarity polarity)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoldenThreadDbContext>();
        return await new PublishedStatisticsStore(db).BenchmarkAsync(Authority, measure, IndicatorFormat.PublishedPolarity(polarity), cancellationToken: CancellationToken.None);
    }
}
