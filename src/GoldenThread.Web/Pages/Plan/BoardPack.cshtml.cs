using GoldenThread.Core.Improvement;
using GoldenThread.Web.Improvement;
using GoldenThread.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages.Plan;

/// <summary>The board pack for a chosen date as a print-ready page (A4 landscape), with the same content as the workbook.</summary>
public sealed class BoardPackModel(PlanStore store, GoldenThread.Web.Indicators.BenchmarkService benchmarks, DataProvenance provenance) : PageModel
{
    [FromQuery(Name = "date")]
    public string? DateText { get; set; }

    [FromQuery(Name = "date-day")]
    public string? Day { get; set; }

    [FromQuery(Name = "date-month")]
    public string? Month { get; set; }

    [FromQuery(Name = "date-year")]
    public string? Year { get; set; }

    public DateOnly AsAt { get; private set; }

    public string? DateError { get; private set; }

    public BoardPack Pack { get; private set; } = null!;

    public bool Synthetic { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        AsAtDate.TryRead(DateText, Day, Month, Year, store.Today, out var asAt, out var error);
        AsAt = asAt;
        DateError = error;
        if (await BoardPackSource.BuildAsync(store, benchmarks, asAt, cancellationToken) is not { } pack)
        {
            return NotFound();
        }

        Pack = pack;
        Synthetic = await provenance.IsSyntheticAsync(cancellationToken);
        return Page();
    }
}
