using GoldenThread.Web.Improvement;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Plan;

/// <summary>Downloads an evidence file, always as an attachment with its checked content type.</summary>
public sealed class EvidenceModel(PlanStore store, PlanAccess access) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (!access.MayOpenEvidenceFiles)
        {
            return Forbid();
        }

        var evidence = await store.Db.PlanEvidence.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        var file = await store.Db.PlanEvidenceFiles.AsNoTracking().SingleOrDefaultAsync(f => f.EvidenceId == id, cancellationToken);
        if (evidence?.FileName is null || file is null)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Content, evidence.ContentType ?? "application/octet-stream", evidence.FileName);
    }
}
