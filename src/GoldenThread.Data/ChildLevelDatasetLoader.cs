using GoldenThread.Core.Returns;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data;

/// <summary>Reads every current child-level record into one in-memory dataset, for exports and in-memory calculations.</summary>
public static class ChildLevelDatasetLoader
{
    public const string AllCollections = "all";

    public static async Task<ChildLevelDataset> LoadAsync(GoldenThreadDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var data = new ChildLevelDataset { Collection = AllCollections };
        data.Children.AddRange(await db.Children.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken));
        data.Workers.AddRange(await db.Workers.AsNoTracking().OrderBy(w => w.Id).ToListAsync(cancellationToken));
        data.Contacts.AddRange(await db.Contacts.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken));
        data.EarlyHelpEpisodes.AddRange(await db.EarlyHelpEpisodes.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken));
        data.Referrals.AddRange(await db.Referrals.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken));
        data.Assessments.AddRange(await db.Assessments.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken));
        data.ChildInNeedPlans.AddRange(await db.ChildInNeedPlans.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken));
        data.Section47Enquiries.AddRange(await db.Section47Enquiries.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken));
        data.InitialChildProtectionConferences.AddRange(await db.InitialChildProtectionConferences.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken));
        data.ChildProtectionPlans.AddRange(await db.ChildProtectionPlans.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken));
        data.ChildProtectionReviews.AddRange(await db.ChildProtectionReviews.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken));
        data.ChildProtectionVisits.AddRange(await db.ChildProtectionVisits.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken));
        data.CareEpisodes.AddRange(await db.CareEpisodes.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken));
        data.CareReviews.AddRange(await db.CareReviews.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken));
        data.CareVisits.AddRange(await db.CareVisits.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken));
        data.MissingEpisodes.AddRange(await db.MissingEpisodes.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken));
        data.HealthRecords.AddRange(await db.HealthRecords.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken));
        data.CareLeaverRecords.AddRange(await db.CareLeaverRecords.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken));
        data.AdoptionRecords.AddRange(await db.AdoptionRecords.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken));
        data.PreviousPermanences.AddRange(await db.PreviousPermanences.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken));
        data.SocialWorkerEpisodes.AddRange(await db.SocialWorkerEpisodes.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken));
        data.Allocations.AddRange(await db.Allocations.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken));
        return data;
    }
}
