using GoldenThread.Core.Indicators;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data;

/// <summary>
/// Reads everything the indicators need from the database into an in-memory <see cref="IndicatorInput"/>, without change tracking,
/// one table at a time. The indicators then run in the core over the lists (docs/adr/0009-indicator-attribution.md).
/// </summary>
public static class IndicatorInputLoader
{
    /// <summary>The number of tables read; progress is reported as (tables read, this number).</summary>
    public const int Tables = 18;

    public static async Task<IndicatorInput> LoadAsync(GoldenThreadDbContext db, IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var done = 0;
        async Task<List<T>> Read<T>(IQueryable<T> query)
        {
            var rows = await query.ToListAsync(cancellationToken);
            progress?.Report((++done, Tables));
            return rows;
        }

        return new IndicatorInput
        {
            OrgUnits = await Read(db.OrgUnits.AsNoTracking().OrderBy(o => o.Id)),
            Workers = await Read(db.Workers.AsNoTracking().OrderBy(w => w.Id)),
            Children = await Read(db.Children.AsNoTracking().OrderBy(c => c.Id)),
            Referrals = await Read(db.Referrals.AsNoTracking()),
            Assessments = await Read(db.Assessments.AsNoTracking()),
            Section47Enquiries = await Read(db.Section47Enquiries.AsNoTracking()),
            InitialChildProtectionConferences = await Read(db.InitialChildProtectionConferences.AsNoTracking()),
            ChildProtectionPlans = await Read(db.ChildProtectionPlans.AsNoTracking()),
            ChildProtectionReviews = await Read(db.ChildProtectionReviews.AsNoTracking()),
            ChildProtectionVisits = await Read(db.ChildProtectionVisits.AsNoTracking()),
            CareEpisodes = await Read(db.CareEpisodes.AsNoTracking()),
            CareReviews = await Read(db.CareReviews.AsNoTracking()),
            CareVisits = await Read(db.CareVisits.AsNoTracking()),
            MissingEpisodes = await Read(db.MissingEpisodes.AsNoTracking()),
            CareLeaverRecords = await Read(db.CareLeaverRecords.AsNoTracking()),
            AdoptionRecords = await Read(db.AdoptionRecords.AsNoTracking()),
            Allocations = await Read(db.Allocations.AsNoTracking()),
            SupervisionRecords = await Read(db.SupervisionRecords.AsNoTracking()),
        };
    }
}
