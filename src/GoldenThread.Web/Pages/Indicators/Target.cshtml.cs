using System.Globalization;
using GoldenThread.Core.Indicators;
using GoldenThread.Core.Model;
using GoldenThread.Data.Indicators;
using GoldenThread.Web.Indicators;
using GoldenThread.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages.Indicators;

/// <summary>
/// Sets or clears an indicator's target and tolerance, for the whole authority (the default) or for one service or team (overriding
/// it). Directors, Analysts and Administrators. Every change goes through <see cref="IndicatorTargetStore.SetAsync"/>.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = TargetPolicy.TargetEdit)]
public sealed class TargetModel(IndicatorService indicators, IndicatorTargetStore store, CurrentUser user, TimeProvider clock, GoldenThread.Data.Auditing.AuditTrail audit) : PageModel
{
    [FromQuery(Name = "org")]
    public long? OrgUnitId { get; set; }

    [BindProperty(Name = "target")]
    public string? TargetText { get; set; }

    [BindProperty(Name = "tolerance")]
    public string? ToleranceText { get; set; }

    public Indicator Indicator { get; private set; } = null!;

    public string UnitName { get; private set; } = "Whole authority";

    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];

    /// <summary>The unit's own target, if it has one.</summary>
    public IndicatorTargetSetting? Current { get; private set; }

    /// <summary>The target the unit has without its own (from the unit above it or the authority).</summary>
    public IndicatorTarget? Inherited { get; private set; }

    public Dictionary<string, string> Errors { get; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        TargetText = Current?.Target.ToString("0.###", CultureInfo.InvariantCulture);
        ToleranceText = Current?.Tolerance.ToString("0.###", CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Indicator.Polarity == Polarity.Neutral)
        {
            return BadRequest();
        }

        var target = Read(TargetText, "target", "a target");
        var tolerance = Read(ToleranceText, "tolerance", "a tolerance");
        if (target is { } t && Indicator.Unit == IndicatorUnit.Percentage && t is < 0 or > 100)
        {
            Errors["target"] = "Target must be between 0 and 100";
        }
        else if (target is < 0)
        {
            Errors["target"] = "Target must be 0 or more";
        }

        if (tolerance is < 0)
        {
            Errors["tolerance"] = "Tolerance must be 0 or more";
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        await AuditAsync("Target set", new { Target = target!.Value, Tolerance = tolerance!.Value }, cancellationToken);
        await store.SetAsync(Indicator.Id, OrgUnitId, new IndicatorTarget(Indicator.Id, target.Value, tolerance.Value), user.UserName, clock.GetUtcNow(), cancellationToken);
        Notice = $"Target saved for {UnitName}";
        return Redirect(Back);
    }

    public async Task<IActionResult> OnPostClearAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await AuditAsync("Target removed", null, cancellationToken);
        await store.SetAsync(Indicator.Id, OrgUnitId, null, user.UserName, clock.GetUtcNow(), cancellationToken);
        Notice = $"Target removed for {UnitName}";
        return Redirect(Back);
    }

    /// <summary>
    /// Adds the audit entry (before → after) to the unit of work that <see cref="IndicatorTargetStore.SetAsync"/> saves, so the change
    /// and its audit entry commit together; nothing is saved when the target did not change.
    /// </summary>
    private async Task AuditAsync(string action, object? after, CancellationToken cancellationToken)
    {
        var existing = await store.FindAsync(Indicator.Id, OrgUnitId, cancellationToken);
        var before = existing is null ? null : new { existing.Target, existing.Tolerance };
        audit.Record(GoldenThread.Web.Security.SecurityRegistration.AuditActor(user), action, "IndicatorTarget", OrgUnitId is { } unit ? string.Create(CultureInfo.InvariantCulture, $"{Indicator.Id}/{unit}") : $"{Indicator.Id}/authority", before, after);
    }

    /// <summary>The clear handler for the same unit: the query keeps the org.</summary>
    public string ClearAction => OrgUnitId is { } unit
        ? string.Create(CultureInfo.InvariantCulture, $"/indicators/{Indicator.Id}/target?handler=clear&org={unit}")
        : $"/indicators/{Indicator.Id}/target?handler=clear";

    public string Back => OrgUnitId is { } unit
        ? string.Create(CultureInfo.InvariantCulture, $"/indicators/{Indicator.Id}?org={unit}")
        : $"/indicators/{Indicator.Id}";

    private decimal? Read(string? text, string field, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Errors[field] = $"Enter {what}";
            return null;
        }

        if (!decimal.TryParse(text.Trim().TrimEnd('%'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            || value > 1_000_000m)
        {
            Errors[field] = $"{char.ToUpperInvariant(what[2])}{what[3..]} must be a number, like 85 or 12.5";
            return null;
        }

        return value;
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (IndicatorCatalogue.Find(id) is not { } indicator)
        {
            return false;
        }

        Indicator = indicator;
        var (_, units) = await indicators.CalculatorAsync(cancellationToken);
        Units = [.. units.Where(u => u.Kind != OrgUnitKind.Authority).OrderBy(u => u.Kind).ThenBy(u => u.Name, StringComparer.Ordinal)];
        if (OrgUnitId is { } unit)
        {
            if (units.FirstOrDefault(u => u.Id == unit) is not { } chosen)
            {
                return false;
            }

            if (chosen.Kind == OrgUnitKind.Authority)
            {
                OrgUnitId = null;
            }
            else
            {
                UnitName = chosen.Name;
            }
        }

        Current = await store.FindAsync(indicator.Id, OrgUnitId, cancellationToken);
        if (OrgUnitId is { } own)
        {
            var book = await store.BookAsync(cancellationToken);
            var parent = units.First(u => u.Id == own).ParentId;
            Inherited = parent is { } p ? book.For(indicator.Id, IndicatorScope.ForOrgUnit(p)) : book.For(indicator.Id, IndicatorScope.Authority);
        }

        return true;
    }
}
