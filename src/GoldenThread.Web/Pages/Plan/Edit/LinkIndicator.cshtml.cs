using System.Globalization;
using GoldenThread.Core.Improvement;
using GoldenThread.Core.Indicators;
using GoldenThread.Web.Improvement;
using GoldenThread.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Plan.Edit;

/// <summary>
/// Links an indicator from the catalogue to an objective with a target trajectory (the value expected by each date) and a tolerance.
/// Its values then come from the month-end figures the indicator engine freezes.
/// </summary>
public sealed class LinkIndicatorModel(PlanStore store, PlanAccess access, TimeProvider clock, GoldenThread.Data.Auditing.AuditTrail audit, GoldenThread.Web.Infrastructure.CurrentUser currentUser) : PageModel
{
    public const int Points = 4;

    public PlanObjective Objective { get; private set; } = null!;

    [BindProperty]
    public string? IndicatorId { get; set; }

    [BindProperty]
    public string? Tolerance { get; set; }

    [BindProperty]
    public string?[] Values { get; set; } = new string?[Points];

    public DateField[] Dates { get; private set; } = [.. Enumerable.Range(1, Points).Select(i => DateField.Of($"point-{i}", $"Date {i}", null))];

    public Dictionary<string, string> Errors { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var trajectory = new List<TrajectoryEntry>();
        var pointErrors = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Points; i++)
        {
            var field = $"point-{i + 1}";
            var text = i < Values.Length ? Values[i]?.Trim() : null;
            var blankDate = string.IsNullOrWhiteSpace(Request.Form[$"{field}-day"]) && string.IsNullOrWhiteSpace(Request.Form[$"{field}-month"]) && string.IsNullOrWhiteSpace(Request.Form[$"{field}-year"]);
            if (blankDate && string.IsNullOrEmpty(text))
            {
                Dates[i] = DateField.Of(field, $"Date {i + 1}", null);
                continue;
            }

            Dates[i] = DateField.Read(Request.Form, field, $"Date {i + 1}", $"Enter date {i + 1} of the trajectory", out var date);
            if (Dates[i].Error is { } dateError)
            {
                pointErrors[$"{field}-day"] = dateError;
            }

            if (!decimal.TryParse(text?.TrimEnd('%'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                pointErrors[$"value-{i + 1}"] = $"Enter the value expected by date {i + 1} as a number, like 85";
            }
            else if (date is { } d)
            {
                trajectory.Add(new TrajectoryEntry(d, value));
            }
        }

        decimal? tolerance = decimal.TryParse(Tolerance?.Trim().TrimEnd('%'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var t) ? t : null;
        Errors = PlanStructure.ValidateIndicatorLink(Objective, IndicatorId, tolerance, pointErrors.Count > 0 && trajectory.Count == 0 ? [new TrajectoryEntry(DateOnly.MinValue, 0)] : trajectory);
        foreach (var (key, message) in pointErrors)
        {
            Errors[key] = message;
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var planId = await store.PlanIdOfThemeAsync(Objective.ThemeId, cancellationToken);
        await using var transaction = await store.Db.Database.BeginTransactionAsync(cancellationToken);
        var (link, update) = PlanStructure.LinkIndicator(Objective, planId, IndicatorCatalogue.Get(IndicatorId!), tolerance!.Value, trajectory, access.Actor, clock.GetUtcNow());
        store.Db.PlanUpdates.Add(update);
        await store.Db.SaveChangesAsync(cancellationToken);
        audit.RecordPlanUpdate(currentUser.AuditActor(), update, "PlanIndicator", link.Id);
        await store.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Notice = $"{IndicatorCatalogue.Get(IndicatorId!).Name} was linked to objective {Objective.Reference}.";
        return Redirect(PlanDisplay.ObjectiveHref(Objective.Id));
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await store.Db.PlanObjectives.Include(o => o.Theme).Include(o => o.Indicators).SingleOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } objective)
        {
            return false;
        }

        Objective = objective;
        return true;
    }
}
