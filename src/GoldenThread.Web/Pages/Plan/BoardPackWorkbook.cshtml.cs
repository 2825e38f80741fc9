using GoldenThread.Web.Improvement;
using GoldenThread.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages.Plan;

/// <summary>The board pack for a date as an Excel workbook.</summary>
public sealed class BoardPackWorkbookModel(PlanStore store, GoldenThread.Web.Indicators.BenchmarkService benchmarks, DataProvenance provenance) : PageModel
{
    [FromQuery(Name = "date")]
    public string? DateText { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!AsAtDate.TryRead(DateText, null, null, null, store.Today, out var asAt, out _))
        {
            return BadRequest();
        }

        if (await BoardPackSource.BuildAsync(store, benchmarks, asAt, cancellationToken) is not { } pack)
        {
            return NotFound();
        }

        var bytes = BoardPackWorkbook.Write(pack, await provenance.IsSyntheticAsync(cancellationToken));
        return File(bytes, BoardPackWorkbook.ContentType, BoardPackWorkbook.FileName(asAt));
    }
}
