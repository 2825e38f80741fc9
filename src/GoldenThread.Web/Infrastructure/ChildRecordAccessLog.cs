using GoldenThread.Data;
using GoldenThread.Data.Security;

namespace GoldenThread.Web.Infrastructure;

/// <summary>Writes who opened which child's record, and when. Entries are only ever added.</summary>
public sealed class ChildRecordAccessLog(GoldenThreadDbContext db, CurrentUser user, TimeProvider clock)
{
    public async Task RecordAsync(long childId, string purpose, CancellationToken cancellationToken)
    {
        db.ChildRecordAccesses.Add(new ChildRecordAccess
        {
            ChildId = childId,
            UserId = user.UserId,
            UserName = user.UserName,
            AccessedAt = clock.GetUtcNow(),
            Purpose = purpose,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
