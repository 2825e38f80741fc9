using GoldenThread.Web.Improvement;
using GoldenThread.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages.Plan;

/// <summary>A plan page read at a date (today unless ?date=yyyy-mm-dd is given).</summary>
public abstract class PlanPageModel(PlanStore store, PlanAccess access) : PageModel
{
    [FromQuery(Name = "date")]
    public string? DateText { get; set; }

    public DateOnly AsAt { get; private set; }

    public bool IsToday => AsAt == store.Today;

    public PlanView View { get; private set; } = null!;

    /// <summary>True when the authority has no improvement plan yet.</summary>
    public bool HasPlan { get; private set; }

    /// <summary>Whether the page shows itself (saying there is no plan) rather than 404 when there is no plan.</summary>
    protected virtual bool AllowNoPlan => false;

    public PlanAccess Access => access;

    protected PlanStore Store => store;

    /// <summary>The date query to carry on links: empty for today.</summary>
    public string DateQuery => IsToday ? string.Empty : "?date=" + PlanDisplay.Iso(AsAt);

    [TempData]
    public string? Notice { get; set; }

    /// <summary>Reads the plan at the date; null result means the page can go on, otherwise return it.</summary>
    protected async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!AsAtDate.TryRead(DateText, null, null, null, store.Today, out var asAt, out _))
        {
            return BadRequest();
        }

        AsAt = asAt;
        var view = await store.ViewAsync(asAt, cancellationToken);
        if (view is null)
        {
            return AllowNoPlan ? Page() : NotFound();
        }

        View = view;
        HasPlan = true;
        return null;
    }
}
