using GoldenThread.Core.Model;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Data;

/// <summary>A value that changes whenever a load commits or is rolled back: caches of computed figures key on it.</summary>
public static class DataVersion
{
    public static async Task<string> CurrentAsync(GoldenThreadDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var loads = await db.DataLoads.AsNoTracking()
            .Where(l => l.Status == DataLoadStatus.Committed)
            .OrderBy(l => l.Id)
            .Select(l => l.Id)
            .ToListAsync(cancellationToken);
        return string.Join(',', loads);
    }
}
