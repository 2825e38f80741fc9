using GoldenThread.Core.Quality;
using GoldenThread.Data;
using GoldenThread.Web.Quality;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Quality.Rounds;

/// <summary>Every audit round, newest first.</summary>
public sealed class IndexModel(GoldenThreadDbContext db, QualityAccess access) : PageModel
{
    public QualityAccess Access => access;

    public IReadOnlyList<(AuditRound Round, int Audits)> Rounds { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rounds = await db.AuditRounds.AsNoTracking().OrderByDescending(r => r.PopulationDate).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);
        var counts = await db.Audits.AsNoTracking().GroupBy(a => a.RoundId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Rounds = [.. rounds.Select(r => (r, counts.GetValueOrDefault(r.Id)))];
    }
}
