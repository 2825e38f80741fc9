using GoldenThread.Core.Quality;
using GoldenThread.Data;
using GoldenThread.Data.Quality;
using GoldenThread.Web.Quality;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Quality.Templates;

/// <summary>The audit templates and their questions.</summary>
public sealed class IndexModel(GoldenThreadDbContext db, QualityAccess access) : PageModel
{
    public QualityAccess Access => access;

    public IReadOnlyList<AuditTemplate> Templates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (access.IsAuditor)
        {
            await AuditTemplates.EnsureDefaultsAsync(db, cancellationToken);
        }

        Templates = await db.AuditTemplates.AsNoTracking().Include(t => t.Questions).OrderBy(t => t.Id).ToListAsync(cancellationToken);
    }
}
