using GoldenThread.Core.Model;
using GoldenThread.Core.Published;
using GoldenThread.Data.Published;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Tests.Published;

/// <summary>
/// The shipped files load on first start (keeping a council's later file), and every benchmark read from the store equals
/// the same calculation on the files in memory. SQLite and PostgreSQL.
/// </summary>
public abstract class PublishedBenchmarkStoreTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A council's D3 with a 2026 row for Tower Hamlets (plans starting 300, of which 60 subsequent: 20.0%).</summary>
    private static readonly byte[] CouncilD3 = PublishedFiles.Variant(
        PublishedDatasets.SubsequentPlansD3,
        null,
        "2026,Reporting year,Local authority,E92000001,England,E13000001,Inner London,211,E09000030,Tower Hamlets,Child Protection Plans which are a second or subsequent plan,300,60,20.0");

    [Fact]
    public async Task Shipped_files_load_once_keep_a_later_council_file_and_benchmarks_from_the_store_equal_the_files()
    {
        await using (var db = database.CreateContext())
        {
            var council = await PublishedStatisticsLoader.LoadAsync(db, "d3_2026.csv", new MemoryStream(CouncilD3), "analyst@demo.local", Now);
            Assert.Equal(PublishedLoadResult.Loaded, council.Result);

            var first = await ShippedPublishedStatistics.LoadAllAsync(db, "system", Now);
            Assert.Equal(PublishedDatasets.All.Select(d => d.Id), first.Select(o => o.Dataset.Id));
            Assert.Equal(
                [
                    "cin_b1 Loaded 17056", "cin_c1 Loaded 21320", "cpp_d3 LaterFileAlreadyLoaded 0", "cpp_d5 Loaded 23452", "cla_rates Loaded 7515",
                    "cla_placement_stability Loaded 10020", "care_leavers_activity Loaded 40080", "care_leavers_accommodation Loaded 13360",
                    "csww Loaded 32186", "ons_population Loaded 2132", "sn_2025 Loaded 1530", "sn_2021 Loaded 1560",
                ],
                first.Select(o => $"{o.Dataset.Id} {o.Result} {o.RowsWritten}"));
            Assert.Equal(council.Load.Id, first.Single(o => o.Dataset.Id == "cpp_d3").Load.Id);

            // On the next start nothing changes.
            var second = await ShippedPublishedStatistics.LoadAllAsync(db, "system", Now);
            Assert.Equal(
                [.. PublishedDatasets.All.Select(d => d.Id == "cpp_d3" ? "cpp_d3 LaterFileAlreadyLoaded" : $"{d.Id} SameFileAlreadyLoaded")],
                second.Select(o => $"{o.Dataset.Id} {o.Result}"));
            Assert.Equal(12, await db.DataLoads.CountAsync(l => l.Collection == "dfe-published" && l.Status == DataLoadStatus.Committed));

            // 173,517 shipped statistics less D3's 6,396, plus the council's D3 (6,396 + 3).
            Assert.Equal(173517 + 3, await db.PublishedStatistics.CountAsync());
        }

        // In memory: the shipped files, with the council's D3 in place of the shipped one.
        var files = PublishedDatasets.All.Where(d => d.Kind == PublishedFileKind.Statistics && d.Id != "cpp_d3")
            .SelectMany(ShippedPublishedFiles.ReadStatistics)
            .Concat(PublishedFileReader.ReadAllStatistics(new MemoryStream(CouncilD3), "d3_2026.csv"))
            .ToList();
        var calculator = new BenchmarkCalculator(ShippedPublishedFiles.ReadNeighbours());

        await using var context = database.CreateContext();
        var store = new PublishedStatisticsStore(context);
        foreach (var measure in PublishedMeasures.All)
        {
            foreach (var polarity in new[] { Polarity.LowerIsBetter, Polarity.HigherIsBetter })
            {
                var fromStore = await store.BenchmarkAsync("211", measure, polarity);
                Assert.NotNull(fromStore);
                Assert.Equal(PublishedFiles.Describe(calculator.Calculate("211", measure, polarity, files)), PublishedFiles.Describe(fromStore));
            }

            Assert.Equal(
                calculator.Series("211", measure, Polarity.LowerIsBetter, files).Select(PublishedFiles.Describe),
                (await store.BenchmarkSeriesAsync("211", measure, Polarity.LowerIsBetter)).Select(PublishedFiles.Describe));
        }

        // Spot checks against the CSVs (see the core tests for the working).
        var rereferrals = (await store.BenchmarkAsync("211", PublishedMeasures.ReReferrals, Polarity.LowerIsBetter))!;
        Assert.Equal((2025, PublishedValue.Of(24.5m), 18.35m, 10, QuartileBand.D, 131), (rereferrals.Year, rereferrals.Authority, rereferrals.NeighbourMedian, rereferrals.NeighboursWithValue, rereferrals.Band!.Value, rereferrals.Rank!.Value));
        Assert.Equal(("24.5", "18.4", "19.1", "22.6"), (rereferrals.Authority.ToString(), rereferrals.Neighbours[3].Value.ToString(), rereferrals.Region.ToString(), rereferrals.England.ToString()));
        var repeatPlans = (await store.BenchmarkAsync("211", PublishedMeasures.RepeatPlans, Polarity.LowerIsBetter))!;
        Assert.Equal((2026, PublishedValue.Of(20.0m), 0, PublishedValue.NotPublished), (repeatPlans.Year, repeatPlans.Authority, repeatPlans.NeighboursWithValue, repeatPlans.England));
        var repeatPlans2025 = (await store.BenchmarkAsync("211", PublishedMeasures.RepeatPlans, Polarity.LowerIsBetter, 2025))!;
        Assert.Equal((PublishedValue.Of(19.3m), 19.9m, PublishedValue.Of(24.5m)), (repeatPlans2025.Authority, repeatPlans2025.NeighbourMedian, repeatPlans2025.England));

        var population = await store.PopulationAsync();
        Assert.Equal((63073, 12183016), (population.ChildrenAged0To17("211", 2024), population.England(2024)));
        Assert.Equal(12, (await store.CurrentLoadsAsync()).Count);
    }
}

public sealed class SqlitePublishedBenchmarkStoreTests(SqliteTestDatabase database) : PublishedBenchmarkStoreTests<SqliteTestDatabase>(database);

public sealed class PostgreSqlPublishedBenchmarkStoreTests(PostgreSqlTestDatabase database) : PublishedBenchmarkStoreTests<PostgreSqlTestDatabase>(database);
