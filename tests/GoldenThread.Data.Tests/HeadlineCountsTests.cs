using GoldenThread.Core.Caseload;
using GoldenThread.Core.Model;
using GoldenThread.Testing;

namespace GoldenThread.Data.Tests;

/// <summary>
/// The core's headline rules, run by the database, give the hand-worked counts; and on generated demo data they equal
/// counts written independently in SQL. Runs on SQLite and on PostgreSQL.
/// </summary>
public abstract class HeadlineCountsTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static readonly DateOnly AsAt = new(2025, 3, 31);

    [Fact]
    public async Task Hand_worked_counts_hold_when_the_database_runs_the_rules()
    {
        var records = new TestRecords();
        var authority = records.AnOrgUnit("HW-LA", OrgUnitKind.Authority);
        var team = records.AnOrgUnit("HW-T1", OrgUnitKind.Team, authority);
        var worker = records.AWorker(team, "HW-W1");
        records.AChild("HW-A").WithReferral(new(2025, 1, 10)).WithChildProtectionPlan(new(2025, 2, 1)).AllocatedTo(worker, new(2025, 1, 10));
        records.AChild("HW-B").WithReferral(new(2024, 6, 1), new(2025, 3, 31)).WithChildProtectionPlan(new(2024, 1, 1), new(2025, 3, 31));
        records.AChild("HW-C").WithReferral(new(2025, 3, 31), noFurtherAction: true);
        records.AChild("HW-F").WithReferral(new(2024, 5, 1)).WithReferral(new(2025, 2, 1)).WithChildProtectionPlan(new(2025, 3, 31));
        records.AChild("HW-G").WithCareEpisode(new(2024, 1, 1));
        records.AChild("HW-H").WithCareEpisode(new(2025, 3, 1), legalStatus: "V3");
        records.AChild("HW-I").WithCareEpisode(new(2023, 1, 1), new(2025, 3, 31));
        records.AChild("HW-K").BornOn(new(2006, 5, 1)).WithCareEpisode(new(2020, 1, 1), new(2024, 5, 1));
        records.AChild("HW-M").BornOn(new(2006, 1, 1)).WithCareEpisode(new(2018, 1, 1), new(2020, 1, 1));

        await using (var db = database.CreateContext())
        {
            await TestRecordsWriter.WriteAsync(db, records);
        }

        await using var context = database.CreateContext();
        var sources = context.Sources();
        var onlyThese = sources.Children.Where(c => c.LaChildId.StartsWith("HW-")).Select(c => c.Id);
        int Count(HeadlineMeasure m) => Headlines.Count(m, sources, AsAt, onlyThese);

        Assert.Equal(4, Count(HeadlineMeasure.OpenReferrals));
        Assert.Equal(3, Count(HeadlineMeasure.ChildrenInNeed));
        Assert.Equal(2, Count(HeadlineMeasure.ChildProtectionPlans));
        Assert.Equal(1, Count(HeadlineMeasure.ChildrenLookedAfter));
        Assert.Equal(1, Count(HeadlineMeasure.CareLeavers));
        var teamScope = ChildScope.ForOrgUnit(team.Id).ChildIds(sources, AsAt);
        Assert.Equal(1, Headlines.Count(HeadlineMeasure.ChildrenInNeed, sources, AsAt, teamScope));
    }
}

public sealed class SqliteHeadlineCountsTests(SqliteTestDatabase database) : HeadlineCountsTests<SqliteTestDatabase>(database);

public sealed class PostgreSqlHeadlineCountsTests(PostgreSqlTestDatabase database) : HeadlineCountsTests<PostgreSqlTestDatabase>(database);
