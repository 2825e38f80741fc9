using System.Globalization;
using GoldenThread.Core.Improvement;
using GoldenThread.Data.Auditing;
using GoldenThread.Web.Improvement;
using GoldenThread.Web.Infrastructure;
using GoldenThread.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Plan.Edit;

/// <summary>Records a value of a linked indicator as at a date (until the indicator engine supplies values itself).</summary>
public sealed class IndicatorModel(PlanStore store, PlanAccess access, TimeProvider clock, AuditTrail audit, CurrentUser currentUser) : PageModel
{
    public PlanIndicator Indicator { get; private set; } = null!;

    [BindProperty]
    public string? Value { get; set; }

    public DateField AsAt { get; private set; } = DateField.Of("as-at", "Value as at", null);

    public Dictionary<string, string> Errors { get; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is { } result)
        {
            return result;
        }

        AsAt = DateField.Of("as-at", "Value as at", store.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is { } result)
        {
            return result;
        }

        AsAt = DateField.Read(Request.Form, "as-at", "Value as at", "Enter the date of the value", out var asAt);
        if (AsAt.Error is not null)
        {
            Errors["as-at-day"] = AsAt.Error;
        }

        if (!decimal.TryParse(Value?.Trim().TrimEnd('%'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Errors["value"] = "Enter the value as a number, like 82.5";
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var planId = await store.Db.PlanObjectives.Where(o => o.Id == Indicator.ObjectiveId).Select(o => o.Theme!.PlanId).SingleAsync(cancellationToken);
        var update = PlanEditing.RecordReading(Indicator, planId, asAt!.Value, value, access.Actor, clock.GetUtcNow());
        store.Db.PlanUpdates.Add(update);
        audit.RecordPlanUpdate(currentUser.AuditActor(), update, "PlanIndicator", Indicator.Id);
        await store.Db.SaveChangesAsync(cancellationToken);
        Notice = $"{Indicator.Name}: {PlanDisplay.Value(value, Indicator.Unit)} at {PlanDisplay.Date(asAt.Value)} was recorded.";
        return Redirect(PlanDisplay.ObjectiveHref(Indicator.ObjectiveId));
    }

    private async Task<IActionResult?> FindAsync(long id, CancellationToken cancellationToken)
    {
        if (await store.Db.PlanIndicators.SingleOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } indicator)
        {
            return NotFound();
        }

        Indicator = indicator;
        return null;
    }
}
