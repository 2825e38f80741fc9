using GoldenThread.Core.Model;
using GoldenThread.Data;
using GoldenThread.Data.Loads;
using GoldenThread.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages.Data;

/// <summary>
/// The progress of an upload being loaded, read from the database so that it is the same on every web server; refreshes
/// itself until the load has finished. Shown to the person who uploaded the files and to everyone who manages data
/// (Administrators and Analysts); anyone else is told there is no such page.
/// </summary>
public sealed class UploadStatusModel(GoldenThreadDbContext db, CurrentUser user) : PageModel
{
    public ImportJob Job { get; private set; } = null!;

    public bool Finished => Job.State.IsFinished();

    public int Percent => Job.RecordsTotal == 0 ? 0 : (int)(100L * Math.Min(Job.RecordsDone, Job.RecordsTotal) / Job.RecordsTotal);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await new ImportJobStore(db).FindAsync(id, user.UserId, user.MayManageData, cancellationToken) is not { } job)
        {
            return NotFound();
        }

        Job = job;
        if (!Finished)
        {
            Response.Headers.Append("Refresh", "2");
        }

        return Page();
    }

    /// <summary>A format in words.</summary>
    public static string FormatName(string format) => format switch
    {
        DataLoadFormats.CinCensusXml => "CIN census (XML)",
        DataLoadFormats.Ssda903Csv => "SSDA903 tables (CSV)",
        DataLoadFormats.Ssda903Xml => "SSDA903 (XML)",
        DataLoadFormats.AnnexAWorkbook => "Ofsted Annex A workbook",
        DataLoadFormats.PublishedStatistics => "DfE published statistics",
        _ => format,
    };
}
