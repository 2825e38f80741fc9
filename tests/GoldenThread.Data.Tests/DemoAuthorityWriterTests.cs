using GoldenThread.Core.Calendar;
using GoldenThread.Core.Demo;
using GoldenThread.Core.Model;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Tests;

/// <summary>The demo authority is written whole, as one synthetic load, and read back unchanged. SQLite and PostgreSQL.</summary>
public abstract class DemoAuthorityWriterTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [Fact]
    public async Task The_demo_authority_is_stored_whole_as_one_synthetic_load_and_only_into_an_empty_database()
    {
        var options = new DemoOptions(Children: 300, Years: 2, Seed: 11, Today: new DateOnly(2026, 11, 25));
        var demo = DemoAuthorityGenerator.Generate(options, WorkingDayCalendar.EnglandAndWales);
        DataLoad load;
        await using (var db = database.CreateContext())
        {
            var reports = new List<(int Done, int Total)>();
            load = await new DemoAuthorityWriter(db).WriteAsync(demo, options, "test", DateTimeOffset.UnixEpoch, new SynchronousProgress(reports));
            Assert.Equal(demo.RecordCount, reports[^1].Done);
            Assert.Equal(demo.RecordCount, reports[^1].Total);
        }

        await using var context = database.CreateContext();
        var stored = await context.DataLoads.SingleAsync(l => l.Id == load.Id);
        Assert.True(stored.IsSynthetic);
        Assert.Equal(DataLoadStatus.Committed, stored.Status);
        Assert.Equal(demo.RecordCount, stored.RecordCount);
        Assert.Equal(64, stored.Sha256.Length);

        Assert.Equal(demo.Children.Count, await context.Children.CountAsync(c => c.SourceLoadId == load.Id));
        Assert.Equal(demo.Referrals.Count, await context.Referrals.CountAsync(c => c.SourceLoadId == load.Id));
        Assert.Equal(demo.CareEpisodes.Count, await context.CareEpisodes.CountAsync(c => c.SourceLoadId == load.Id));
        Assert.Equal(demo.SupervisionRecords.Count, await context.SupervisionRecords.CountAsync(c => c.SourceLoadId == load.Id));
        Assert.Equal(demo.OrgUnits.Count, await context.OrgUnits.CountAsync());

        // Values survive the round trip, lists and codes included.
        var expected = demo.Children.First(c => c.Disabilities.Count > 0);
        var actual = await context.Children.AsNoTracking().SingleAsync(c => c.Id == expected.Id);
        Assert.Equal(expected.LaChildId, actual.LaChildId);
        Assert.Equal(expected.BirthDate, actual.BirthDate);
        Assert.Equal(expected.Ethnicity, actual.Ethnicity);
        Assert.Equal(expected.Disabilities, actual.Disabilities);
        var assessment = demo.Assessments.First(a => a.Factors.Count > 0);
        Assert.Equal(assessment.Factors, (await context.Assessments.AsNoTracking().SingleAsync(a => a.Id == assessment.Id)).Factors);

        // Keys continue after the written ones.
        context.DataLoads.Add(new DataLoad { FileName = "next", Sha256 = new string('1', 64), Format = "test", LoadedBy = "test" });
        await context.SaveChangesAsync();

        await using var again = database.CreateContext();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new DemoAuthorityWriter(again).WriteAsync(demo, options, "test", DateTimeOffset.UnixEpoch));
        Assert.Contains("already holds child-level data", error.Message, StringComparison.Ordinal);
        Assert.Equal(demo.Children.Count, await again.Children.CountAsync());
    }

    private sealed class SynchronousProgress(List<(int Done, int Total)> reports) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => reports.Add(value);
    }
}

public sealed class SqliteDemoAuthorityWriterTests(SqliteTestDatabase database) : DemoAuthorityWriterTests<SqliteTestDatabase>(database);

public sealed class PostgreSqlDemoAuthorityWriterTests(PostgreSqlTestDatabase database) : DemoAuthorityWriterTests<PostgreSqlTestDatabase>(database);
