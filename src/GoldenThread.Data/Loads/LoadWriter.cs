using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using GoldenThread.Core.Model;
using GoldenThread.Core.Returns;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data.Loads;

/// <summary>What is being loaded: the file's name and hash, its format, and who is loading it when.</summary>
public sealed record LoadRequest(string FileName, string Sha256, string Format, string LoadedBy, DateTimeOffset Now);

/// <summary>What a load did.</summary>
public sealed record LoadOutcome(DataLoad Load, bool AlreadyLoaded, int ChildrenInserted, int ChildrenUpdated, int RecordsWritten, int RecordsSuperseded);

/// <summary>
/// Writes a parsed return into the database as one load, in one transaction: it either commits completely or changes nothing.
/// The merge rules (docs/adr/0007-loads.md): the same file twice changes nothing; a newer load of the same collection and slice
/// (year, or Annex A date) replaces the older one whole; a record with the same natural key (child + the record's own date) as
/// a current record of any earlier load replaces it; children are one identity row per LAchildID, whose characteristics the
/// newest load updates where it has a value. Replaced records are kept, marked, so <see cref="LoadRollback"/> restores them.
/// </summary>
public sealed class LoadWriter(GoldenThreadDbContext db)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>Loads the dataset. Its records are given database keys in place, so a dataset is loaded once.</summary>
    public async Task<LoadOutcome> LoadAsync(ChildLevelDataset data, LoadRequest request, IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(request);
        var same = await db.DataLoads.AsNoTracking()
            .Where(l => l.Sha256 == request.Sha256 && l.Status == DataLoadStatus.Committed)
            .OrderByDescending(l => l.Id).FirstOrDefaultAsync(cancellationToken);
        if (same is not null)
        {
            return new LoadOutcome(same, AlreadyLoaded: true, 0, 0, 0, 0);
        }

        LoadOutcome? outcome = null;
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var load = new DataLoad
            {
                FileName = request.FileName,
                Sha256 = request.Sha256,
                Format = request.Format,
                Collection = data.Collection,
                CollectionYear = data.CollectionYear,
                Slice = data.CollectionYear ?? data.ReferenceDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                LoadedAt = request.Now,
                LoadedBy = request.LoadedBy,
                Status = DataLoadStatus.Committed,
            };
            db.DataLoads.Add(load);
            await db.SaveChangesAsync(cancellationToken);

            var (inserted, updated, childMap) = await WriteChildrenAsync(data, load.Id, cancellationToken);
            var workerMap = await WriteWorkersAsync(data, load.Id, cancellationToken);
            var written = await WriteRecordsAsync(data, load.Id, childMap, workerMap, progress, cancellationToken);
            var superseded = await SupersedeAsync(load, data, cancellationToken);

            load.ChildCount = childMap.Values.Distinct().Count();
            load.ProblemCount = data.Problems.Count;
            load.RecordCount = written;
            load.SupersededCount = superseded;
            await db.SaveChangesAsync(cancellationToken);
            await new BulkWriter(db).ResetKeySequencesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            outcome = new LoadOutcome(load, AlreadyLoaded: false, inserted, updated, written, superseded);
        });
        return outcome!;
    }

    private async Task<(int Inserted, int Updated, Dictionary<long, long> Map)> WriteChildrenAsync(ChildLevelDataset data, long loadId, CancellationToken cancellationToken)
    {
        var existing = await db.Children.AsNoTracking().Select(c => new { c.Id, c.LaChildId }).ToDictionaryAsync(c => c.LaChildId, c => c.Id, StringComparer.Ordinal, cancellationToken);
        var nextId = (await db.Children.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0) + 1;
        var map = new Dictionary<long, long>();
        var toInsert = new List<Child>();
        var toUpdate = new Dictionary<long, Child>();
        foreach (var child in data.Children)
        {
            if (existing.TryGetValue(child.LaChildId, out var id))
            {
                map[child.Id] = id;
                toUpdate.TryAdd(id, child);
                continue;
            }

            id = nextId++;
            existing[child.LaChildId] = id;
            map[child.Id] = id;
            child.Id = id;
            child.SourceLoadId = loadId;
            toInsert.Add(child);
        }

        await new BulkWriter(db).WriteAsync(toInsert, cancellationToken);

        var updated = 0;
        foreach (var chunk in toUpdate.Chunk(500))
        {
            var ids = chunk.Select(p => p.Key).ToList();
            var stored = await db.Children.Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
            foreach (var current in stored)
            {
                var incoming = toUpdate[current.Id];
                var before = ChildCharacteristics.Of(current);
                ChildCharacteristics.ApplyNewer(current, incoming);
                if (ChildCharacteristics.Of(current) != before)
                {
                    db.Add(new ChildRevision { LoadId = loadId, ChildId = current.Id, PreviousValues = JsonSerializer.Serialize(before, Json) });
                    updated++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var entry in db.ChangeTracker.Entries<Child>().ToList())
            {
                entry.State = EntityState.Detached;
            }
        }

        return (toInsert.Count, updated, map);
    }

    private async Task<Dictionary<long, long>> WriteWorkersAsync(ChildLevelDataset data, long loadId, CancellationToken cancellationToken)
    {
        var map = new Dictionary<long, long>();
        if (data.Workers.Count == 0)
        {
            return map;
        }

        var existing = await db.Workers.AsNoTracking().Select(w => new { w.Id, w.StaffId }).ToDictionaryAsync(w => w.StaffId, w => w.Id, StringComparer.Ordinal, cancellationToken);
        var units = await db.OrgUnits.AsNoTracking().Select(o => o.Id).ToListAsync(cancellationToken);
        var root = await db.OrgUnits.AsNoTracking().Where(o => o.ParentId == null).OrderBy(o => o.Id).Select(o => (long?)o.Id).FirstOrDefaultAsync(cancellationToken);
        if (root is null)
        {
            var authority = new OrgUnit { Code = "LA", Name = "The authority", Kind = OrgUnitKind.Authority, SourceLoadId = loadId };
            db.OrgUnits.Add(authority);
            await db.SaveChangesAsync(cancellationToken);
            root = authority.Id;
            units.Add(authority.Id);
        }

        var nextId = (await db.Workers.MaxAsync(w => (long?)w.Id, cancellationToken) ?? 0) + 1;
        var toInsert = new List<Worker>();
        foreach (var worker in data.Workers)
        {
            if (existing.TryGetValue(worker.StaffId, out var id))
            {
                map[worker.Id] = id;
                continue;
            }

            id = nextId++;
            existing[worker.StaffId] = id;
            map[worker.Id] = id;
            worker.Id = id;
            worker.SourceLoadId = loadId;
            worker.TeamId = units.Contains(worker.TeamId) ? worker.TeamId : root.Value;
            toInsert.Add(worker);
        }

        await new BulkWriter(db).WriteAsync(toInsert, cancellationToken);
        return map;
    }

    private async Task<int> WriteRecordsAsync(ChildLevelDataset data, long loadId, Dictionary<long, long> childMap, Dictionary<long, long> workerMap, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        var idMaps = new Dictionary<Type, Dictionary<long, long>>();
        var units = (await db.OrgUnits.AsNoTracking().Select(o => o.Id).ToListAsync(cancellationToken)).ToHashSet();
        var workerTeams = data.Allocations.Count == 0
            ? []
            : await db.Workers.AsNoTracking().ToDictionaryAsync(w => w.Id, w => w.TeamId, cancellationToken);
        var writer = new BulkWriter(db);
        var total = data.RecordCount - data.Children.Count - data.Workers.Count;
        var done = 0;
        foreach (var type in LoadTables.RecordTypesInWriteOrder)
        {
            var rows = RecordsOf(data, type);
            if (rows.Count == 0)
            {
                continue;
            }

            var next = await NextIdAsync(type, cancellationToken);
            var map = new Dictionary<long, long>();
            var orphans = rows.Cast<ChildRecord>().Where(r => ParentMissing(r, idMaps)).ToList();
            foreach (var orphan in orphans)
            {
                rows.Remove(orphan);
                data.Problems.Add(new ImportProblem(
                    data.LocationOf(orphan) ?? new SourceLocation(type.Name, null, null, null),
                    $"this {type.Name} record was not loaded: the episode or plan it belongs to is not in the file"));
            }

            foreach (ChildRecord row in rows)
            {
                map[row.Id] = next;
                row.Id = next++;
                row.SourceLoadId = loadId;
                row.SupersededByLoadId = null;
                row.ChildId = childMap.TryGetValue(row.ChildId, out var child)
                    ? child
                    : throw new ReturnFormatException(data.LocationOf(row) ?? new SourceLocation(type.Name, null, null, null), $"a {type.Name} record refers to child {row.ChildId}, which the file does not hold");
                RemapForeignKeys(row, idMaps, workerMap);
                if (row is Allocation allocation && !units.Contains(allocation.TeamId))
                {
                    // A team the file names but the authority's structure does not hold: the worker's own team.
                    allocation.TeamId = workerTeams.TryGetValue(allocation.WorkerId, out var team) ? team : allocation.TeamId;
                }
            }

            idMaps[type] = map;
            done += await (Task<int>)WriteMethod.MakeGenericMethod(type).Invoke(null, [writer, rows.Cast<object>(), cancellationToken])!;
            progress?.Report((done, total));
        }

        return done;
    }

    private static readonly MethodInfo WriteMethod = typeof(LoadWriter).GetMethod(nameof(WriteTyped), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static Task<int> WriteTyped<T>(BulkWriter writer, IEnumerable<object> rows, CancellationToken cancellationToken)
        where T : class => writer.WriteAsync(rows.Cast<T>(), cancellationToken);

    /// <summary>A record whose parent episode or plan the file does not hold (a partial list) cannot be stored.</summary>
    private static bool ParentMissing(ChildRecord row, Dictionary<Type, Dictionary<long, long>> maps)
    {
        bool Missing(Type parent, long id) => !maps.TryGetValue(parent, out var map) || !map.ContainsKey(id);
        return row switch
        {
            Assessment a => Missing(typeof(Referral), a.ReferralId),
            ChildInNeedPlan p => Missing(typeof(Referral), p.ReferralId),
            Section47Enquiry e => Missing(typeof(Referral), e.ReferralId),
            InitialChildProtectionConference c => Missing(typeof(Referral), c.ReferralId),
            ChildProtectionPlan p => Missing(typeof(Referral), p.ReferralId),
            ChildProtectionReview r => Missing(typeof(ChildProtectionPlan), r.ChildProtectionPlanId),
            ChildProtectionVisit v => Missing(typeof(ChildProtectionPlan), v.ChildProtectionPlanId),
            _ => false,
        };
    }

    private static void RemapForeignKeys(ChildRecord row, Dictionary<Type, Dictionary<long, long>> maps, Dictionary<long, long> workers)
    {
        long Map(Type type, long id) => maps.TryGetValue(type, out var map) && map.TryGetValue(id, out var mapped) ? mapped : id;
        switch (row)
        {
            case Assessment a:
                a.ReferralId = Map(typeof(Referral), a.ReferralId);
                a.WorkerId = a.WorkerId is { } w ? workers.GetValueOrDefault(w, w) : null;
                break;
            case ChildInNeedPlan p:
                p.ReferralId = Map(typeof(Referral), p.ReferralId);
                break;
            case Section47Enquiry s:
                s.ReferralId = Map(typeof(Referral), s.ReferralId);
                break;
            case InitialChildProtectionConference c:
                c.ReferralId = Map(typeof(Referral), c.ReferralId);
                c.Section47EnquiryId = c.Section47EnquiryId is { } s47 && maps.TryGetValue(typeof(Section47Enquiry), out var enquiries) && enquiries.TryGetValue(s47, out var mappedEnquiry) ? mappedEnquiry : null;
                break;
            case ChildProtectionPlan p:
                p.ReferralId = Map(typeof(Referral), p.ReferralId);
                break;
            case ChildProtectionReview r:
                r.ChildProtectionPlanId = Map(typeof(ChildProtectionPlan), r.ChildProtectionPlanId);
                break;
            case ChildProtectionVisit v:
                v.ChildProtectionPlanId = Map(typeof(ChildProtectionPlan), v.ChildProtectionPlanId);
                v.WorkerId = v.WorkerId is { } w2 ? workers.GetValueOrDefault(w2, w2) : null;
                break;
            case CareVisit v:
                v.WorkerId = v.WorkerId is { } w3 ? workers.GetValueOrDefault(w3, w3) : null;
                break;
            case Allocation a:
                a.WorkerId = workers.GetValueOrDefault(a.WorkerId, a.WorkerId);
                break;
        }
    }

    private async Task<long> NextIdAsync(Type type, CancellationToken cancellationToken)
    {
        var method = typeof(LoadWriter).GetMethod(nameof(MaxIdAsync), BindingFlags.NonPublic | BindingFlags.Instance)!.MakeGenericMethod(type);
        return await (Task<long>)method.Invoke(this, [cancellationToken])! + 1;
    }

    private async Task<long> MaxIdAsync<T>(CancellationToken cancellationToken)
        where T : SourcedRecord =>
        await db.Set<T>().IgnoreQueryFilters().MaxAsync(r => (long?)r.Id, cancellationToken) ?? 0;

    internal static System.Collections.IList RecordsOf(ChildLevelDataset data, Type type) => type.Name switch
    {
        nameof(Contact) => data.Contacts,
        nameof(EarlyHelpEpisode) => data.EarlyHelpEpisodes,
        nameof(Referral) => data.Referrals,
        nameof(Assessment) => data.Assessments,
        nameof(ChildInNeedPlan) => data.ChildInNeedPlans,
        nameof(Section47Enquiry) => data.Section47Enquiries,
        nameof(InitialChildProtectionConference) => data.InitialChildProtectionConferences,
        nameof(ChildProtectionPlan) => data.ChildProtectionPlans,
        nameof(ChildProtectionReview) => data.ChildProtectionReviews,
        nameof(ChildProtectionVisit) => data.ChildProtectionVisits,
        nameof(CareEpisode) => data.CareEpisodes,
        nameof(CareReview) => data.CareReviews,
        nameof(CareVisit) => data.CareVisits,
        nameof(MissingEpisode) => data.MissingEpisodes,
        nameof(HealthRecord) => data.HealthRecords,
        nameof(CareLeaverRecord) => data.CareLeaverRecords,
        nameof(AdoptionRecord) => data.AdoptionRecords,
        nameof(PreviousPermanence) => data.PreviousPermanences,
        nameof(SocialWorkerEpisode) => data.SocialWorkerEpisodes,
        nameof(Allocation) => data.Allocations,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Name, null),
    };

    /// <summary>Marks as replaced: the whole earlier load of the same collection and slice, then matching records of any earlier load.</summary>
    private async Task<int> SupersedeAsync(DataLoad load, ChildLevelDataset data, CancellationToken cancellationToken)
    {
        var count = 0;
        if (load.Slice is not null)
        {
            var replaced = await db.DataLoads
                .Where(l => l.Id != load.Id && l.Collection == load.Collection && l.Slice == load.Slice && l.Status == DataLoadStatus.Committed)
                .ToListAsync(cancellationToken);
            foreach (var old in replaced)
            {
                foreach (var type in LoadTables.RecordTypesInWriteOrder)
                {
                    count += await InvokeAsync(nameof(SupersedeLoadAsync), type, old.Id, load.Id, cancellationToken);
                }

                old.Status = DataLoadStatus.Superseded;
                load.ReplacedLoadId = old.Id;
            }
        }

        foreach (var type in LoadTables.RecordTypesInWriteOrder.Where(t => RecordsOf(data, t).Count > 0))
        {
            count += await InvokeAsync(nameof(SupersedeMatchingAsync), type, 0, load.Id, cancellationToken);
        }

        return count;
    }

    private Task<int> InvokeAsync(string name, Type type, long oldLoad, long newLoad, CancellationToken cancellationToken) =>
        (Task<int>)typeof(LoadWriter).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Instance)!.MakeGenericMethod(type)
            .Invoke(this, [oldLoad, newLoad, cancellationToken])!;

    private Task<int> SupersedeLoadAsync<T>(long oldLoad, long newLoad, CancellationToken cancellationToken)
        where T : ChildRecord =>
        db.Set<T>().Where(r => r.SourceLoadId == oldLoad && r.SupersededByLoadId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.SupersededByLoadId, (long?)newLoad), cancellationToken);

    private async Task<int> SupersedeMatchingAsync<T>(long unused, long newLoad, CancellationToken cancellationToken)
        where T : ChildRecord
    {
        _ = unused;
        var key = LoadTables.NaturalKey(typeof(T));
        var keyOf = Expression.Lambda<Func<T, object?>>(Expression.Convert(key.Body, typeof(object)), key.Parameters).Compile();
        var incoming = await db.Set<T>().AsNoTracking().Where(r => r.SourceLoadId == newLoad).ToListAsync(cancellationToken);
        var keys = incoming.Select(r => (r.ChildId, keyOf(r))).ToHashSet();
        var count = 0;
        foreach (var children in incoming.Select(r => r.ChildId).Distinct().Chunk(500))
        {
            var older = await db.Set<T>().AsNoTracking().Where(r => r.SourceLoadId != newLoad && children.Contains(r.ChildId)).ToListAsync(cancellationToken);
            var replaced = older.Where(r => keys.Contains((r.ChildId, keyOf(r)))).Select(r => r.Id).ToList();
            foreach (var ids in replaced.Chunk(500))
            {
                count += await db.Set<T>().Where(r => ids.Contains(r.Id))
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.SupersededByLoadId, (long?)newLoad), cancellationToken);
            }
        }

        return count;
    }
}
