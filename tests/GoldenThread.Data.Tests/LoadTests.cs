using System.Text.Json;
using GoldenThread.Core.Model;
using GoldenThread.Core.Returns;
using GoldenThread.Data.Loads;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Tests;

/// <summary>
/// Loads commit whole or not at all, the same file twice changes nothing, newer loads replace older ones by the merge rules,
/// and rollbacks restore each earlier state exactly. SQLite and PostgreSQL.
/// </summary>
public abstract class LoadTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static ChildLevelDataset Census(string year, params (string Id, string Ethnicity, (DateOnly Date, DateOnly? Closed)[] Referrals)[] children)
    {
        var data = new ChildLevelDataset { Collection = ReturnCollections.CinCensus, CollectionYear = year };
        long referralId = 1;
        long childId = 1;
        foreach (var (id, ethnicity, referrals) in children)
        {
            var child = new Child { Id = childId++, LaChildId = id, Ethnicity = ethnicity, Sex = "F", BirthDate = D(2015, 1, 1) };
            data.Children.Add(child);
            foreach (var (date, closed) in referrals)
            {
                var referral = new Referral { Id = referralId++, ChildId = child.Id, ReferralDate = date, ClosureDate = closed, ClosureReason = closed is null ? null : "RC7" };
                data.Referrals.Add(referral);
                data.Assessments.Add(new Assessment { Id = referral.Id, ChildId = child.Id, ReferralId = referral.Id, StartDate = date.AddDays(1), AuthorisationDate = date.AddDays(20), Factors = ["2B"] });
            }
        }

        return data;
    }

    private static LoadRequest Request(string sha) => new($"{sha}.xml", sha.PadRight(64, '0'), DataLoadFormats.CinCensusXml, "test", Now);

    private async Task<LoadOutcome> LoadAsync(ChildLevelDataset data, string sha)
    {
        await using var db = database.CreateContext();
        return await new LoadWriter(db).LoadAsync(data, Request(sha));
    }

    private async Task<DataLoad> RollbackAsync(long id)
    {
        await using var db = database.CreateContext();
        return await new LoadRollback(db).RollbackAsync(id, "test", Now);
    }

    /// <summary>Every row of the child-level tables, replaced ones included, as text: two equal dumps are the same state.</summary>
    private async Task<string> DumpAsync()
    {
        await using var db = database.CreateContext();
        var children = await db.Children.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
        var referrals = await db.Referrals.IgnoreQueryFilters().AsNoTracking().OrderBy(r => r.Id).ToListAsync();
        var assessments = await db.Assessments.IgnoreQueryFilters().AsNoTracking().OrderBy(r => r.Id).ToListAsync();
        var loads = await db.DataLoads.AsNoTracking().Where(l => l.Status != DataLoadStatus.RolledBack).OrderBy(l => l.Id).Select(l => new { l.Id, l.Status }).ToListAsync();
        return JsonSerializer.Serialize(new { children, referrals, assessments, loads });
    }

    private async Task<List<string>> CurrentReferralsAsync()
    {
        await using var db = database.CreateContext();
        var rows = await db.Referrals.Join(db.Children, r => r.ChildId, c => c.Id, (r, c) => new { c.LaChildId, r.ReferralDate, r.ClosureDate, r.SourceLoadId })
            .OrderBy(x => x.LaChildId).ThenBy(x => x.ReferralDate)
            .ToListAsync();
        return [.. rows.Select(x => $"{x.LaChildId} {Iso(x.ReferralDate)} {(x.ClosureDate is { } closed ? Iso(closed) : "open")} load {x.SourceLoadId}")];
    }

    [Fact]
    public async Task Loads_merge_by_the_rules_and_roll_back_newest_first_to_each_earlier_state_exactly()
    {
        var before = await DumpAsync();

        var a = await LoadAsync(Census("2024-25", ("LT-X", "WBRI", [(D(2024, 5, 1), null), (D(2024, 10, 1), null)]), ("LT-Y", "WIRI", [(D(2024, 6, 1), D(2024, 9, 1))])), "a");
        Assert.False(a.AlreadyLoaded);
        Assert.Equal(2, a.ChildrenInserted);
        Assert.Equal(6, a.RecordsWritten); // 3 referrals, 3 assessments
        var afterA = await DumpAsync();
        Assert.Equal(
            [$"LT-X 2024-05-01 open load {a.Load.Id}", $"LT-X 2024-10-01 open load {a.Load.Id}", $"LT-Y 2024-06-01 2024-09-01 load {a.Load.Id}"],
            (await CurrentReferralsAsync()).Where(r => r.StartsWith("LT-", StringComparison.Ordinal)));

        // The same file again changes nothing.
        var again = await LoadAsync(Census("2024-25", ("LT-X", "WBRI", [])), "a");
        Assert.True(again.AlreadyLoaded);
        Assert.Equal(a.Load.Id, again.Load.Id);
        Assert.Equal(afterA, await DumpAsync());

        // A newer load of the same year replaces the older one whole.
        var b = await LoadAsync(Census("2024-25", ("LT-X", "WBRI", [(D(2024, 5, 1), D(2025, 1, 31))])), "b");
        Assert.Equal(a.Load.Id, b.Load.ReplacedLoadId);
        Assert.Equal(6, b.RecordsSuperseded);
        Assert.Equal([$"LT-X 2024-05-01 2025-01-31 load {b.Load.Id}"], (await CurrentReferralsAsync()).Where(r => r.StartsWith("LT-", StringComparison.Ordinal)));
        var afterB = await DumpAsync();

        // Next year's load replaces the matching record (same child, same referral date) and keeps the rest; it updates the child.
        var c = await LoadAsync(Census("2025-26", ("LT-X", "MWBC", [(D(2024, 5, 1), D(2025, 2, 28))]), ("LT-Z", "WBRI", [(D(2025, 4, 2), null)])), "c");
        Assert.Null(c.Load.ReplacedLoadId);
        Assert.Equal(1, c.ChildrenInserted);
        Assert.Equal(1, c.ChildrenUpdated);
        Assert.Equal(2, c.RecordsSuperseded); // B's referral and its assessment
        Assert.Equal(
            [$"LT-X 2024-05-01 2025-02-28 load {c.Load.Id}", $"LT-Z 2025-04-02 open load {c.Load.Id}"],
            (await CurrentReferralsAsync()).Where(r => r.StartsWith("LT-", StringComparison.Ordinal)));
        await using (var db = database.CreateContext())
        {
            Assert.Equal("MWBC", (await db.Children.SingleAsync(x => x.LaChildId == "LT-X")).Ethnicity);
        }

        // Only the newest load can be rolled back.
        var refused = await Assert.ThrowsAsync<LoadRollbackException>(() => RollbackAsync(b.Load.Id));
        Assert.Equal($"Roll back load {c.Load.Id} first: loads are rolled back newest first, so each step restores an earlier state exactly.", refused.Message);

        Assert.Equal(DataLoadStatus.RolledBack, (await RollbackAsync(c.Load.Id)).Status);
        Assert.Equal(afterB, await DumpAsync());
        await RollbackAsync(b.Load.Id);
        Assert.Equal(afterA, await DumpAsync());
        await RollbackAsync(a.Load.Id);
        Assert.Equal(before, await DumpAsync());

        var twice = await Assert.ThrowsAsync<LoadRollbackException>(() => RollbackAsync(a.Load.Id));
        Assert.Equal($"Load {a.Load.Id} is rolled back; only a current load can be rolled back.", twice.Message);
    }

    [Fact]
    public async Task A_load_that_fails_part_way_changes_nothing()
    {
        var before = await DumpAsync();
        var data = Census("2023-24", ("LT-F1", "WBRI", [(D(2023, 5, 1), null)]));
        data.Referrals.Add(new Referral { Id = 99, ChildId = 42, ReferralDate = D(2023, 6, 1) }); // a child the file does not hold
        await using var db = database.CreateContext();
        var error = await Assert.ThrowsAsync<ReturnFormatException>(() => new LoadWriter(db).LoadAsync(data, Request("f")));
        Assert.Equal("Referral: a Referral record refers to child 42, which the file does not hold", error.Message);
        Assert.Equal(before, await DumpAsync());
        Assert.False(await db.DataLoads.AnyAsync(l => l.Sha256 == Request("f").Sha256));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class SqliteLoadTests(SqliteTestDatabase database) : LoadTests<SqliteTestDatabase>(database);

public sealed class PostgreSqlLoadTests(PostgreSqlTestDatabase database) : LoadTests<PostgreSqlTestDatabase>(database);
