using GoldenThread.Core.Model;
using GoldenThread.Testing;

namespace GoldenThread.Data.Tests;

/// <summary>Writes hand-built test records as one load, keeping their ids.</summary>
public static class TestRecordsWriter
{
    public static async Task<DataLoad> WriteAsync(GoldenThreadDbContext db, TestRecords records)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var load = new DataLoad { FileName = "hand-built test records", Sha256 = new string('0', 64), Format = "test", LoadedBy = "test", Status = DataLoadStatus.Committed, LoadedAt = DateTimeOffset.UnixEpoch };
        db.DataLoads.Add(load);
        await db.SaveChangesAsync();
        var offset = await NextFreeIdAsync(db);
        Stamp(records, load.Id, offset);
        var writer = new BulkWriter(db);
        await writer.WriteAsync(records.OrgUnits);
        await writer.WriteAsync(records.Workers);
        await writer.WriteAsync(records.Children);
        await writer.WriteAsync(records.Referrals);
        await writer.WriteAsync(records.Assessments);
        await writer.WriteAsync(records.ChildProtectionPlans);
        await writer.WriteAsync(records.CareEpisodes);
        await writer.WriteAsync(records.Allocations);
        await writer.ResetKeySequencesAsync();
        await transaction.CommitAsync();
        return load;
    }

    /// <summary>Test ids start at 1 in every builder; shift them past anything already stored so several tests can share a database.</summary>
    private static void Stamp(TestRecords r, long loadId, long offset)
    {
        foreach (var o in r.OrgUnits)
        {
            o.Id += offset;
            o.ParentId += offset;
            o.SourceLoadId = loadId;
        }

        foreach (var w in r.Workers)
        {
            w.Id += offset;
            w.TeamId += offset;
            w.SourceLoadId = loadId;
            w.StaffId = $"{w.StaffId}-{offset}";
        }

        foreach (var c in r.Children)
        {
            c.Id += offset;
            c.SourceLoadId = loadId;
        }

        foreach (var x in r.Referrals)
        {
            x.Id += offset;
            x.ChildId += offset;
            x.SourceLoadId = loadId;
        }

        foreach (var x in r.Assessments)
        {
            x.Id += offset;
            x.ChildId += offset;
            x.ReferralId += offset;
            x.SourceLoadId = loadId;
        }

        foreach (var x in r.ChildProtectionPlans)
        {
            x.Id += offset;
            x.ChildId += offset;
            x.ReferralId += offset;
            x.SourceLoadId = loadId;
        }

        foreach (var x in r.CareEpisodes)
        {
            x.Id += offset;
            x.ChildId += offset;
            x.SourceLoadId = loadId;
        }

        foreach (var x in r.Allocations)
        {
            x.Id += offset;
            x.ChildId += offset;
            x.WorkerId += offset;
            x.TeamId += offset;
            x.SourceLoadId = loadId;
        }
    }

    private static async Task<long> NextFreeIdAsync(GoldenThreadDbContext db)
    {
        long max = 0;
        max = Math.Max(max, await MaxAsync(db.OrgUnits.Select(x => (long?)x.Id)));
        max = Math.Max(max, await MaxAsync(db.Workers.Select(x => (long?)x.Id)));
        max = Math.Max(max, await MaxAsync(db.Children.Select(x => (long?)x.Id)));
        max = Math.Max(max, await MaxAsync(db.Referrals.Select(x => (long?)x.Id)));
        max = Math.Max(max, await MaxAsync(db.Assessments.Select(x => (long?)x.Id)));
        max = Math.Max(max, await MaxAsync(db.ChildProtectionPlans.Select(x => (long?)x.Id)));
        max = Math.Max(max, await MaxAsync(db.CareEpisodes.Select(x => (long?)x.Id)));
        max = Math.Max(max, await MaxAsync(db.Allocations.Select(x => (long?)x.Id)));
        return max;
    }

    private static async Task<long> MaxAsync(IQueryable<long?> ids) =>
        await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.MaxAsync(ids) ?? 0;
}
