using GoldenThread.Core.Indicators;
using GoldenThread.Core.Model;
using GoldenThread.Data.Indicators;
using GoldenThread.Testing;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Tests.Indicators;

/// <summary>Targets as stored: set, override by unit, inherit down the structure, clear. Runs on SQLite and on PostgreSQL.</summary>
public abstract class IndicatorTargetStoreTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_units_target_overrides_the_authoritys_for_it_and_the_teams_below_and_clearing_restores_the_default()
    {
        var records = new TestRecords();
        var authority = records.AnOrgUnit("TS-LA", OrgUnitKind.Authority);
        var service = records.AnOrgUnit("TS-S1", OrgUnitKind.Service, authority);
        records.AnOrgUnit("TS-T1", OrgUnitKind.Team, service);
        records.AnOrgUnit("TS-T2", OrgUnitKind.Team, authority);
        await using (var db = database.CreateContext())
        {
            await TestRecordsWriter.WriteAsync(db, records);
        }

        await using var context = database.CreateContext();
        var store = new IndicatorTargetStore(context);
        var ids = await context.OrgUnits.Where(u => u.Code.StartsWith("TS-")).ToDictionaryAsync(u => u.Code, u => u.Id);

        Assert.True(await store.SetAsync("assessment_45wd", null, new IndicatorTarget("assessment_45wd", 85m, 5m), "director@demo.local", At));
        Assert.True(await store.SetAsync("assessment_45wd", ids["TS-S1"], new IndicatorTarget("assessment_45wd", 90m, 2.5m), "analyst@demo.local", At));
        Assert.False(await store.SetAsync("assessment_45wd", ids["TS-S1"], new IndicatorTarget("assessment_45wd", 90m, 2.5m), "analyst@demo.local", At));

        var book = await store.BookAsync();
        Assert.Equal(90m, book.For("assessment_45wd", IndicatorScope.ForOrgUnit(ids["TS-T1"]))!.Target);
        Assert.Equal(90m, book.For("assessment_45wd", IndicatorScope.ForOrgUnit(ids["TS-S1"]))!.Target);
        Assert.Equal(85m, book.For("assessment_45wd", IndicatorScope.ForOrgUnit(ids["TS-T2"]))!.Target);
        Assert.Equal(85m, book.For("assessment_45wd", IndicatorScope.Authority)!.Target);
        Assert.Null(book.For("icpc_15wd", IndicatorScope.Authority));
        Assert.Null(book.Own("assessment_45wd", ids["TS-T1"]));
        var stored = await store.FindAsync("assessment_45wd", ids["TS-S1"]);
        Assert.Equal((2.5m, "analyst@demo.local"), (stored!.Tolerance, stored.ChangedBy));

        Assert.True(await store.SetAsync("assessment_45wd", ids["TS-S1"], null, "director@demo.local", At));
        Assert.False(await store.SetAsync("assessment_45wd", ids["TS-S1"], null, "director@demo.local", At));
        Assert.Equal(85m, (await store.BookAsync()).For("assessment_45wd", IndicatorScope.ForOrgUnit(ids["TS-T1"]))!.Target);
        await Assert.ThrowsAsync<ArgumentException>(() => store.SetAsync("not_an_indicator", null, null, "x", At));
    }
}

public sealed class SqliteIndicatorTargetStoreTests(SqliteTestDatabase database) : IndicatorTargetStoreTests<SqliteTestDatabase>(database);

public sealed class PostgreSqlIndicatorTargetStoreTests(PostgreSqlTestDatabase database) : IndicatorTargetStoreTests<PostgreSqlTestDatabase>(database);
