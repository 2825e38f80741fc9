using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GoldenThread.Core.Demo;
using GoldenThread.Core.Model;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data;

/// <summary>Writes a generated demo authority into an empty database as one load, in one transaction.</summary>
public sealed class DemoAuthorityWriter(GoldenThreadDbContext db)
{
    /// <summary>Reports progress as (records written, records in all).</summary>
    public async Task<DataLoad> WriteAsync(DemoAuthority demo, DemoOptions options, string loadedBy, DateTimeOffset now, IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(demo);
        ArgumentNullException.ThrowIfNull(options);
        if (await db.Children.AnyAsync(cancellationToken) || await db.OrgUnits.AnyAsync(cancellationToken))
        {
            throw new InvalidOperationException("The database already holds child-level data. The demo authority is only created in an empty database.");
        }

        var parameters = string.Create(CultureInfo.InvariantCulture, $"children={options.Children};years={options.Years};seed={options.Seed};today={options.ResolvedToday:yyyy-MM-dd}");
        var load = new DataLoad
        {
            FileName = $"Synthetic demo authority ({parameters})",
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(parameters))),
            Format = DataLoadFormats.SyntheticDemo,
            Collection = DataLoadFormats.SyntheticDemo,
            LoadedAt = now,
            LoadedBy = loadedBy,
            Status = DataLoadStatus.Committed,
            ChildCount = demo.Children.Count,
            RecordCount = demo.RecordCount,
            IsSynthetic = true,
        };

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.DataLoads.Add(load);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();

            var writer = new BulkWriter(db);
            var done = 0;
            async Task Write<T>(IReadOnlyList<T> rows)
                where T : class
            {
                foreach (var row in rows)
                {
                    switch (row)
                    {
                        case SourcedRecord sourced:
                            sourced.SourceLoadId = load.Id;
                            break;
                        case OrgUnit unit:
                            unit.SourceLoadId = load.Id;
                            break;
                    }
                }

                done += await writer.WriteAsync(rows, cancellationToken);
                progress?.Report((done, demo.RecordCount));
            }

            await Write(demo.OrgUnits);
            await Write(demo.Workers);
            await Write(demo.Children);
            await Write(demo.Contacts);
            await Write(demo.EarlyHelpEpisodes);
            await Write(demo.Referrals);
            await Write(demo.Assessments);
            await Write(demo.ChildInNeedPlans);
            await Write(demo.Section47Enquiries);
            await Write(demo.InitialChildProtectionConferences);
            await Write(demo.ChildProtectionPlans);
            await Write(demo.ChildProtectionReviews);
            await Write(demo.ChildProtectionVisits);
            await Write(demo.CareEpisodes);
            await Write(demo.CareReviews);
            await Write(demo.CareVisits);
            await Write(demo.MissingEpisodes);
            await Write(demo.HealthRecords);
            await Write(demo.CareLeaverRecords);
            await Write(demo.AdoptionRecords);
            await Write(demo.Allocations);
            await Write(demo.SupervisionRecords);
            await writer.ResetKeySequencesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        return load;
    }
}
