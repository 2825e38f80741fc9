using GoldenThread.Web.Imports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages.Data;

/// <summary>The progress of an upload being loaded; refreshes itself until the load has finished.</summary>
public sealed class UploadStatusModel(ImportJobQueue queue) : PageModel
{
    public ImportJob Job { get; private set; } = null!;

    public IActionResult OnGet(Guid id)
    {
        if (queue.Find(id) is not { } job)
        {
            return NotFound();
        }

        Job = job;
        if (!job.Finished)
        {
            Response.Headers.Append("Refresh", "2");
        }

        return Page();
    }
}
