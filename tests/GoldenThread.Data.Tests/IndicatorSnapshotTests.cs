using GoldenThread.Core.Calendar;
using GoldenThread.Core.Indicators;
using GoldenThread.Core.Indicators.Snapshots;
using GoldenThread.Core.Model;
using GoldenThread.Core.Returns;
using GoldenThread.Data.Indicators;
using GoldenThread.Data.Loads;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Tests;

/// <summary>
/// Month-end figures are frozen once, for the month and the twelve months to its end, and stay as they were when later data
/// (here, rolling the load back) change the figure: the restatement is the difference. SQLite and PostgreSQL.
/// </summary>
public abstract class IndicatorSnapshotTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static readonly DateTimeOffset Now = new(2025, 11, 10, 9, 0, 0, TimeSpan.Zero);

    private static ChildLevelDataset Census()
    {
        // Three referrals in October 2025 and one in September; October's assessments: two authorised in 45 working days, one not.
        var data = new ChildLevelDataset { Collection = ReturnCollections.CinCensus, CollectionYear = "2025-26" };
        (DateOnly Referral, DateOnly Authorised)[] cases =
        [
            (new(2025, 9, 15), new(2025, 9, 30)),
            (new(2025, 10, 1), new(2025, 10, 20)),
            (new(2025, 10, 8), new(2025, 10, 29)),
            (new(2025, 10, 9), new(2025, 10, 10)),
        ];
        for (var i = 0; i < cases.Length; i++)
        {
            var id = i + 1;
            var (referral, authorised) = cases[i];
            data.Children.Add(new Child { Id = id, LaChildId = $"SNAP-{id}", Sex = "M", BirthDate = new DateOnly(2014, 6, 1), Ethnicity = "WBRI" });
            data.Referrals.Add(new Referral { Id = id, ChildId = id, ReferralDate = referral });
            data.Assessments.Add(new Assessment { Id = id, ChildId = id, ReferralId = id, StartDate = referral, AuthorisationDate = authorised, Factors = ["2B"] });
        }

        return data;
    }

    private async Task<IndicatorCalculator> CalculatorAsync()
    {
        await using var db = database.CreateContext();
        return new IndicatorCalculator(await IndicatorInputLoader.LoadAsync(db), WorkingDayCalendar.EnglandAndWales, IndicatorSettings.Default);
    }

    [Fact]
    public async Task A_closed_month_is_frozen_once_and_kept_when_later_data_restate_it()
    {
        long loadId;
        await using (var db = database.CreateContext())
        {
            var request = new LoadRequest("snapshots.xml", new string('5', 64), DataLoadFormats.CinCensusXml, "test", Now);
            loadId = (await new LoadWriter(db).LoadAsync(Census(), request)).Load.Id;
        }

        var calculator = await CalculatorAsync();
        IReadOnlyList<DateOnly> frozen;
        await using (var db = database.CreateContext())
        {
            // 10 November with 5 days' grace: October closed on the 6th; two months of backfill: September and October.
            frozen = await new IndicatorSnapshotStore(db).FreezeClosedMonthsAsync(calculator, new DateOnly(2025, 11, 10), new MonthCloseSettings(5, 2), Now, default);
        }

        Assert.Equal([new DateOnly(2025, 9, 30), new DateOnly(2025, 10, 31)], frozen);

        await using (var db = database.CreateContext())
        {
            var store = new IndicatorSnapshotStore(db);
            var referrals = await store.SeriesAsync("referrals", null, PeriodKind.Month, default);
            Assert.Equal([(new DateOnly(2025, 9, 30), 1m), (new DateOnly(2025, 10, 31), 3m)], referrals.Select(s => (s.MonthEnd, s.Value!.Value)));

            var rolling = await store.SeriesAsync("referrals", null, PeriodKind.RollingTwelveMonths, default);
            Assert.Equal(4m, rolling.Single(s => s.MonthEnd == new DateOnly(2025, 10, 31)).Value);
            Assert.Equal((new DateOnly(2024, 11, 1), new DateOnly(2025, 10, 31)), (rolling[1].PeriodStart, rolling[1].PeriodEnd));

            // Assessments authorised in October: 20 Oct is day 13 and 29 Oct day 15 from their referrals, 10 Oct day 1: 3 of 3 in time.
            var timely = (await store.SeriesAsync("assessment_45wd", null, PeriodKind.Month, default)).Single(s => s.MonthEnd == new DateOnly(2025, 10, 31));
            Assert.Equal((3m, 3m, 100m), (timely.Numerator!.Value, timely.Denominator!.Value, timely.Value!.Value));
            Assert.Equal(IndicatorCatalogue.All.Count * 2 * 2, await db.IndicatorSnapshots.CountAsync()); // every indicator, 2 months, 2 periods; no org units
            Assert.Equal(0, await store.FreezeAsync(calculator, new DateOnly(2025, 10, 31), Now.AddDays(1), default)); // frozen once only

            // The children behind each month figure are kept with it, as computed; the series carries the figures only.
            var ids = await db.Children.ToDictionaryAsync(c => c.LaChildId, c => c.Id);
            var octoberReferrals = (await store.FigureAsync("referrals", null, new DateOnly(2025, 10, 31), default))!;
            Assert.Equal([ids["SNAP-2"], ids["SNAP-3"], ids["SNAP-4"]], octoberReferrals.NumeratorChildIds!);
            Assert.Empty(octoberReferrals.DenominatorChildIds!);
            Assert.Empty(octoberReferrals.NumeratorWorkerIds!);
            var computed = calculator.Compute("assessment_45wd", ReportingPeriod.Month(2025, 9));
            var september = (await store.FigureAsync("assessment_45wd", null, new DateOnly(2025, 9, 30), default))!;
            Assert.Equal([ids["SNAP-1"]], september.DenominatorChildIds!);
            Assert.Equal(computed.NumeratorChildIds, september.NumeratorChildIds!);
            Assert.Equal(computed.DenominatorChildIds, september.DenominatorChildIds!);
            Assert.All(referrals, s => Assert.Null(s.NumeratorChildIds));
            Assert.Equal(IndicatorCatalogue.All.Count * 2, await db.IndicatorSnapshots.CountAsync(s => s.NumeratorChildIds != null)); // month figures only
            Assert.Equal(0, await db.IndicatorSnapshots.CountAsync(s => s.PeriodKind == PeriodKind.RollingTwelveMonths && (s.NumeratorChildIds != null || s.DenominatorChildIds != null)));
            Assert.Equal(3, (await store.ChildrenStillHeldAsync(octoberReferrals, octoberReferrals.NumeratorChildIds!, default)).Count);
        }

        await using (var db = database.CreateContext())
        {
            await new LoadRollback(db).RollbackAsync(loadId, "test", Now.AddDays(2));
        }

        var now = await CalculatorAsync();
        await using (var db = database.CreateContext())
        {
            var october = (await new IndicatorSnapshotStore(db).SeriesAsync("referrals", null, PeriodKind.Month, default)).Single(s => s.MonthEnd == new DateOnly(2025, 10, 31));
            Assert.Equal(3m, october.Value); // the frozen figure is untouched
            var restatement = new Restatement(october, now.Compute("referrals", ReportingPeriod.Month(2025, 10)));
            Assert.True(restatement.IsRestated);
            Assert.Equal(-3m, restatement.Difference);

            // The frozen children are kept, and show as no longer held: the rollback removed their records.
            var frozenChildren = (await new IndicatorSnapshotStore(db).FigureAsync("referrals", null, new DateOnly(2025, 10, 31), default))!;
            Assert.Equal(3, frozenChildren.NumeratorChildIds!.Count);
            var held = await new IndicatorSnapshotStore(db).ChildrenStillHeldAsync(frozenChildren, frozenChildren.NumeratorChildIds!, default);
            Assert.Empty(held);
            var membership = FrozenMembership.Compare(frozenChildren.NumeratorChildIds!, now.Compute("referrals", ReportingPeriod.Month(2025, 10)).NumeratorChildIds, held);
            Assert.Equal((3, 3, 0), (membership.NoLongerHeld, membership.ThenNotNowCount, membership.NowNotThen.Count));
        }

        // A later load is given the rolled-back children's ids again, for other children: they are not the children frozen.
        await using (var db = database.CreateContext())
        {
            var data = new ChildLevelDataset { Collection = ReturnCollections.CinCensus, CollectionYear = "2025-26" };
            data.Children.Add(new Child { Id = 1, LaChildId = "SNAP-8", Sex = "F", BirthDate = new DateOnly(2015, 2, 1), Ethnicity = "WBRI" });
            data.Children.Add(new Child { Id = 2, LaChildId = "SNAP-9", Sex = "F", BirthDate = new DateOnly(2015, 2, 1), Ethnicity = "WBRI" });
            data.Referrals.Add(new Referral { Id = 1, ChildId = 2, ReferralDate = new DateOnly(2025, 10, 20) });
            await new LoadWriter(db).LoadAsync(data, new LoadRequest("later.xml", new string('6', 64), DataLoadFormats.CinCensusXml, "test", Now.AddDays(3)));
        }

        var later = await CalculatorAsync();
        await using (var db = database.CreateContext())
        {
            var store = new IndicatorSnapshotStore(db);
            var october = (await store.FigureAsync("referrals", null, new DateOnly(2025, 10, 31), default))!;
            var newChild = await db.Children.Where(c => c.LaChildId == "SNAP-9").Select(c => c.Id).SingleAsync();
            Assert.Contains(newChild, october.NumeratorChildIds!); // the same number as a child frozen then
            var held = await store.ChildrenStillHeldAsync(october, october.NumeratorChildIds!, default);
            Assert.Empty(held);
            var membership = FrozenMembership.Compare(october.NumeratorChildIds!, later.Compute("referrals", ReportingPeriod.Month(2025, 10)).NumeratorChildIds, held);
            Assert.Equal((3, 3), (membership.NoLongerHeld, membership.ThenNotNowCount));
            Assert.Equal([newChild], membership.NowNotThen);
        }
    }
}

public sealed class SqliteIndicatorSnapshotTests(SqliteTestDatabase database) : IndicatorSnapshotTests<SqliteTestDatabase>(database);

public sealed class PostgreSqlIndicatorSnapshotTests(PostgreSqlTestDatabase database) : IndicatorSnapshotTests<PostgreSqlTestDatabase>(database);
