using System.Security.Cryptography;
using GoldenThread.Core.Model;
using GoldenThread.Core.Published;
using GoldenThread.Core.Returns;
using GoldenThread.Data.Loads;
using GoldenThread.Data.Published;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Tests.Published;

/// <summary>
/// Loading a published file: once, again (nothing changes), a newer version (the older is superseded and hidden, kept for
/// rollback), rollback (the older comes back), and a file that fails part way (nothing changes). SQLite and PostgreSQL.
/// </summary>
public abstract class PublishedStatisticsLoadTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private const string TowerHamlets2025 =
        "2025,Reporting year,Local authority,E92000001,England,E13000001,Inner London,211,E09000030,Tower Hamlets,Children in Need,5814,5168,3444,3029,2976,2601,2838,102";

    private static readonly PublishedSelection ChildrenInNeedAt31March = PublishedMeasures.ChildrenInNeedRate.Source;

    private async Task<PublishedLoadOutcome> LoadAsync(string fileName, Stream content)
    {
        await using var db = database.CreateContext();
        return await PublishedStatisticsLoader.LoadAsync(db, fileName, content, "analyst@demo.local", Now);
    }

    /// <summary>The published loads and every stored statistic, hidden ones included: two equal states give equal text.</summary>
    private async Task<string> StateAsync()
    {
        await using var db = database.CreateContext();
        var loads = await db.DataLoads.AsNoTracking().Where(l => l.Collection == PublishedStatisticsLoader.Collection).OrderBy(l => l.Id)
            .Select(l => $"{l.Id} {l.Slice} {l.Status} {l.RecordCount}").ToListAsync();
        var rows = await db.PublishedStatistics.IgnoreQueryFilters().CountAsync();
        var maxId = await db.PublishedStatistics.IgnoreQueryFilters().MaxAsync(r => (long?)r.Id);
        return $"{string.Join(", ", loads)} | {rows} rows, last id {maxId}";
    }

    private async Task<(int Visible, int Stored, PublishedValue TowerHamlets2025)> ChildrenInNeedAsync()
    {
        await using var db = database.CreateContext();
        var visible = await db.PublishedStatistics.CountAsync(r => r.DatasetId == "cin_b1");
        var stored = await db.PublishedStatistics.IgnoreQueryFilters().CountAsync(r => r.DatasetId == "cin_b1");
        var row = await db.PublishedStatistics.SingleAsync(r =>
            r.DatasetId == ChildrenInNeedAt31March.DatasetId && r.Measure == ChildrenInNeedAt31March.Measure && r.FilterKey == ChildrenInNeedAt31March.FilterKey
            && r.TimePeriod == 2025 && r.OldLaCode == "211");
        return (visible, stored, row.ToStatistic().Published);
    }

    [Fact]
    public async Task A_file_loads_once_a_newer_version_replaces_it_and_a_rollback_brings_it_back()
    {
        // B1: 2,132 rows × 8 value columns = 17,056 statistics.
        var shipped = PublishedFiles.Bytes(PublishedDatasets.ChildrenInNeedB1);
        var first = await LoadAsync("b1_children_in_need_2013_to_2025.csv", new MemoryStream(shipped));
        Assert.Equal(PublishedLoadResult.Loaded, first.Result);
        Assert.Equal("cin_b1", first.Dataset.Id);
        Assert.Equal(17056, first.RowsWritten);
        Assert.Null(first.ReplacedLoadId);
        var load = first.Load;
        Assert.Equal(
            ("dfe-published", DataLoadFormats.PublishedStatistics, "cin_b1", "2025", "fc065f5eb33a97fcbf3b2df6a7a55e15dbf645ce9739ef0128776461602179ad", 17056, DataLoadStatus.Committed, "analyst@demo.local"),
            (load.Collection, load.Format, load.Slice, load.CollectionYear, load.Sha256, load.RecordCount, load.Status, load.LoadedBy));
        Assert.Equal((17056, 17056, PublishedValue.Of(2838)), await ChildrenInNeedAsync());
        var afterFirst = await StateAsync();

        // The same bytes again, under another name, from a stream that cannot seek: nothing changes.
        var again = await LoadAsync("renamed.csv", new ForwardOnlyStream(shipped));
        Assert.Equal(PublishedLoadResult.SameFileAlreadyLoaded, again.Result);
        Assert.Equal(load.Id, again.Load.Id);
        Assert.Equal(afterFirst, await StateAsync());

        // A newer file: Tower Hamlets' 2025 figure revised to 2900 and a 2026 row added (8 more statistics).
        var newer = PublishedFiles.Variant(
            PublishedDatasets.ChildrenInNeedB1,
            (TowerHamlets2025, TowerHamlets2025.Replace(",2838,102", ",2900,102", StringComparison.Ordinal)),
            "2026,Reporting year,Local authority,E92000001,England,E13000001,Inner London,211,E09000030,Tower Hamlets,Children in Need,5900,5200,3500,3100,3000,2650,2950,90");
        var second = await LoadAsync("b1_2026.csv", new ForwardOnlyStream(newer));
        Assert.Equal(PublishedLoadResult.Loaded, second.Result);
        Assert.Equal(17064, second.RowsWritten);
        Assert.Equal(load.Id, second.ReplacedLoadId);
        Assert.Equal(("2026", 17056, Convert.ToHexStringLower(SHA256.HashData(newer))), (second.Load.CollectionYear, second.Load.SupersededCount, second.Load.Sha256));

        // The older load is superseded: its rows are kept but hidden.
        Assert.Equal((17064, 17056 + 17064, PublishedValue.Of(2900)), await ChildrenInNeedAsync());
        await using (var db = database.CreateContext())
        {
            Assert.Equal(DataLoadStatus.Superseded, (await db.DataLoads.SingleAsync(l => l.Id == load.Id)).Status);
        }

        // The superseded file's bytes again: nothing changes (it is not brought back over the newer one).
        var afterSecond = await StateAsync();
        Assert.Equal(PublishedLoadResult.SameFileAlreadyLoaded, (await LoadAsync("old.csv", new MemoryStream(shipped))).Result);
        Assert.Equal(afterSecond, await StateAsync());

        // Rolling the newer load back makes the older one current again.
        await using (var db = database.CreateContext())
        {
            var rolledBack = await new LoadRollback(db).RollbackAsync(second.Load.Id, "admin@demo.local", Now);
            Assert.Equal(DataLoadStatus.RolledBack, rolledBack.Status);
            Assert.Equal(DataLoadStatus.Committed, (await db.DataLoads.AsNoTracking().SingleAsync(l => l.Id == load.Id)).Status);
        }

        Assert.Equal((17056, 17056 + 17064, PublishedValue.Of(2838)), await ChildrenInNeedAsync());

        // A rolled-back file can be loaded again: a new load that replaces the current one.
        var third = await LoadAsync("b1_2026.csv", new MemoryStream(newer));
        Assert.Equal((PublishedLoadResult.Loaded, (long?)load.Id), (third.Result, third.ReplacedLoadId));
        Assert.Equal((17064, 17056 + (2 * 17064), PublishedValue.Of(2900)), await ChildrenInNeedAsync());
    }

    [Fact]
    public async Task A_file_that_fails_part_way_or_is_not_recognised_changes_nothing()
    {
        var before = await StateAsync();

        // D3 with a bad value on its last line (2,132 rows read and written first, then line 2,134 fails).
        var bad = PublishedFiles.Variant(
            PublishedDatasets.SubsequentPlansD3,
            null,
            "2026,Reporting year,Local authority,E92000001,England,E13000001,Inner London,211,E09000030,Tower Hamlets,Child Protection Plans which are a second or subsequent plan,300,60,n/a");
        var error = await Assert.ThrowsAsync<ReturnFormatException>(() => LoadAsync("d3.csv", new MemoryStream(bad)));
        Assert.Equal("d3.csv, line 2134, column 14, CPP_subsequent_percent: 'n/a' is neither a number nor one of the symbols c, k, low, u, x, z", error.Message);
        Assert.Equal(before, await StateAsync());

        var unknown = await Assert.ThrowsAsync<ReturnFormatException>(() => LoadAsync("ofsted.csv", new MemoryStream("Web link,Local authority area code\nx,y\n"u8.ToArray())));
        Assert.StartsWith("ofsted.csv, line 1, column 1, Web link: the columns are not those of a published statistics file", unknown.Message, StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task A_neighbour_file_loads_its_model()
    {
        var outcome = await LoadAsync("sn.csv", new MemoryStream(PublishedFiles.Bytes(PublishedDatasets.NeighboursModel2025)));
        Assert.Equal((PublishedLoadResult.Loaded, "sn_2025", 1530, "2025"), (outcome.Result, outcome.Load.Slice, outcome.RowsWritten, outcome.Load.CollectionYear));

        await using var db = database.CreateContext();
        var model = await new PublishedStatisticsStore(db).NeighboursAsync();
        Assert.Equal(153, model.Groups.Count);
        Assert.Equal(
            ["204 SomewhatClose", "206 NotClose", "316 NotClose", "352 NotClose", "202 NotClose", "309 NotClose", "213 NotClose", "210 NotClose", "330 NotClose", "304 NotClose"],
            model.NeighboursOf("211").Select(n => $"{n.OldLaCode} {n.Closeness}"));
        Assert.Equal(("Tower Hamlets", "London"), (model.Of("211")!.LaName, model.Of("211")!.RegionName));
    }
}

public sealed class SqlitePublishedStatisticsLoadTests(SqliteTestDatabase database) : PublishedStatisticsLoadTests<SqliteTestDatabase>(database);

public sealed class PostgreSqlPublishedStatisticsLoadTests(PostgreSqlTestDatabase database) : PublishedStatisticsLoadTests<PostgreSqlTestDatabase>(database);
