using System.Reflection;
using System.Text.Json;
using GoldenThread.Core.Model;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Loads;

/// <summary>
/// Rolls a load back, newest first: deletes its records and the children and workers it created, makes current again what it
/// replaced, and puts back the child characteristics it changed. Each rollback restores the state before that load exactly.
/// </summary>
public sealed class LoadRollback(GoldenThreadDbContext db)
{
    public const string PublishedStatisticsCollection = "dfe-published";

    public async Task<DataLoad> RollbackAsync(long loadId, string by, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var load = await db.DataLoads.AsNoTracking().SingleOrDefaultAsync(l => l.Id == loadId, cancellationToken)
            ?? throw new LoadRollbackException($"There is no load {loadId}.");
        if (load.Status != DataLoadStatus.Committed)
        {
            throw new LoadRollbackException($"Load {loadId} is {Describe(load.Status)}; only a current load can be rolled back.");
        }

        var newest = await db.DataLoads.AsNoTracking()
            .Where(l => l.Status == DataLoadStatus.Committed && l.Collection != PublishedStatisticsCollection)
            .MaxAsync(l => (long?)l.Id, cancellationToken);
        if (load.Collection != PublishedStatisticsCollection && newest != loadId)
        {
            throw new LoadRollbackException($"Roll back load {newest} first: loads are rolled back newest first, so each step restores an earlier state exactly.");
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var type in LoadTables.RecordTypesInWriteOrder.Reverse())
            {
                await InvokeAsync(nameof(RestoreAsync), type, loadId, cancellationToken);
            }

            await db.SupervisionRecords.Where(s => s.SourceLoadId == loadId).ExecuteDeleteAsync(cancellationToken);
            var revisions = await db.Set<ChildRevision>().Where(r => r.LoadId == loadId).OrderByDescending(r => r.Id).ToListAsync(cancellationToken);
            foreach (var revision in revisions)
            {
                var child = await db.Children.SingleAsync(c => c.Id == revision.ChildId, cancellationToken);
                JsonSerializer.Deserialize<ChildCharacteristics>(revision.PreviousValues!)!.RestoreTo(child);
            }

            db.RemoveRange(revisions);
            await db.SaveChangesAsync(cancellationToken);
            await db.Children.Where(c => c.SourceLoadId == loadId).ExecuteDeleteAsync(cancellationToken);
            await db.Workers.Where(w => w.SourceLoadId == loadId).ExecuteDeleteAsync(cancellationToken);
            foreach (var kind in new[] { OrgUnitKind.Team, OrgUnitKind.Service, OrgUnitKind.Authority })
            {
                await db.OrgUnits.Where(o => o.SourceLoadId == loadId && o.Kind == kind).ExecuteDeleteAsync(cancellationToken);
            }

            if (load.ReplacedLoadId is { } replaced)
            {
                await db.DataLoads.Where(l => l.Id == replaced && l.Status == DataLoadStatus.Superseded)
                    .ExecuteUpdateAsync(s => s.SetProperty(l => l.Status, DataLoadStatus.Committed), cancellationToken);
            }

            await db.DataLoads.Where(l => l.Id == loadId).ExecuteUpdateAsync(
                s => s.SetProperty(l => l.Status, DataLoadStatus.RolledBack).SetProperty(l => l.RolledBackAt, now).SetProperty(l => l.RolledBackBy, by),
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        return await db.DataLoads.AsNoTracking().SingleAsync(l => l.Id == loadId, cancellationToken);
    }

    /// <summary>A load's status in words.</summary>
    public static string Describe(DataLoadStatus status) => status switch
    {
        DataLoadStatus.Committed => "current",
        DataLoadStatus.Superseded => "replaced by a later load",
        DataLoadStatus.RolledBack => "rolled back",
        _ => status.ToString(),
    };

    private Task InvokeAsync(string name, Type type, long loadId, CancellationToken cancellationToken) =>
        (Task)typeof(LoadRollback).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Instance)!.MakeGenericMethod(type)
            .Invoke(this, [loadId, cancellationToken])!;

    private async Task RestoreAsync<T>(long loadId, CancellationToken cancellationToken)
        where T : ChildRecord
    {
        await db.Set<T>().IgnoreQueryFilters().Where(r => r.SupersededByLoadId == loadId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.SupersededByLoadId, (long?)null), cancellationToken);
        await db.Set<T>().IgnoreQueryFilters().Where(r => r.SourceLoadId == loadId).ExecuteDeleteAsync(cancellationToken);
    }
}

public sealed class LoadRollbackException : Exception
{
    public LoadRollbackException()
    {
    }

    public LoadRollbackException(string message)
        : base(message)
    {
    }

    public LoadRollbackException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
