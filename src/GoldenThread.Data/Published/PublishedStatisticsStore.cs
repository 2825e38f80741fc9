using GoldenThread.Core.Model;
using GoldenThread.Core.Published;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Published;

/// <summary>
/// Reads the current published statistics and neighbour models from the database (rows of committed loads only) and runs
/// the same <see cref="BenchmarkCalculator"/> the tests run on the files.
/// </summary>
public sealed class PublishedStatisticsStore(GoldenThreadDbContext db)
{
    /// <summary>The statistics a measure needs (its column, and for a derived rate the population), every area and year.</summary>
    public async Task<IReadOnlyList<PublishedStatistic>> StatisticsAsync(PublishedMeasure measure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var statistics = new List<PublishedStatistic>();
        foreach (var selection in measure.Selections)
        {
            var rows = await db.PublishedStatistics.AsNoTracking()
                .Where(r => r.DatasetId == selection.DatasetId && r.Measure == selection.Measure && r.FilterKey == selection.FilterKey)
                .ToListAsync(cancellationToken);
            statistics.AddRange(rows.Select(r => r.ToStatistic()));
        }

        return statistics;
    }

    /// <summary>A neighbour model (by default the 2025 model); an empty model when none is loaded.</summary>
    public async Task<StatisticalNeighbours> NeighboursAsync(PublishedDataset? model = null, CancellationToken cancellationToken = default)
    {
        var datasetId = (model ?? PublishedDatasets.NeighboursModel2025).Id;
        var rows = await db.Set<StatisticalNeighbourRow>().AsNoTracking().Where(r => r.DatasetId == datasetId).ToListAsync(cancellationToken);
        return StatisticalNeighbourRow.ToModel(datasetId, rows);
    }

    /// <summary>
    /// The benchmark of an authority (old LA code, e.g. 211) for a measure: the latest year, or <paramref name="year"/>;
    /// null when nothing is published for that year. Neighbours from the 2025 model.
    /// </summary>
    public async Task<Benchmark?> BenchmarkAsync(string authority, PublishedMeasure measure, Polarity polarity, int? year = null, CancellationToken cancellationToken = default)
    {
        var calculator = new BenchmarkCalculator(await NeighboursAsync(cancellationToken: cancellationToken));
        return calculator.Calculate(authority, measure, polarity, await StatisticsAsync(measure, cancellationToken), year);
    }

    /// <summary>The benchmark for every published year, earliest first.</summary>
    public async Task<IReadOnlyList<Benchmark>> BenchmarkSeriesAsync(string authority, PublishedMeasure measure, Polarity polarity, CancellationToken cancellationToken = default)
    {
        var calculator = new BenchmarkCalculator(await NeighboursAsync(cancellationToken: cancellationToken));
        return calculator.Series(authority, measure, polarity, await StatisticsAsync(measure, cancellationToken));
    }

    /// <summary>The ONS population aged 0 to 17 by area and mid-year, for rates per 10,000.</summary>
    public async Task<PopulationEstimates> PopulationAsync(CancellationToken cancellationToken = default) =>
        PopulationEstimates.From(await StatisticsAsync(PublishedMeasures.Population, cancellationToken));

    /// <summary>The current (committed) load of each published dataset, by slice.</summary>
    public async Task<IReadOnlyList<DataLoad>> CurrentLoadsAsync(CancellationToken cancellationToken = default) =>
        await db.DataLoads.AsNoTracking()
            .Where(l => l.Collection == PublishedStatisticsLoader.Collection && l.Status == DataLoadStatus.Committed)
            .OrderBy(l => l.Slice)
            .ToListAsync(cancellationToken);
}
