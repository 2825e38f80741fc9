using GoldenThread.Core.Model;
using GoldenThread.Data;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Infrastructure;

/// <summary>Where the data on screen came from: whether any of it is the synthetic demo authority.</summary>
public sealed class DataProvenance(GoldenThreadDbContext db)
{
    public Task<bool> IsSyntheticAsync(CancellationToken cancellationToken) =>
        db.DataLoads.AnyAsync(l => l.IsSynthetic && l.Status == DataLoadStatus.Committed, cancellationToken);
}
