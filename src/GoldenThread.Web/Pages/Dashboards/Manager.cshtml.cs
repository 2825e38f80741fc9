using System.Globalization;
using GoldenThread.Core.Caseload;
using GoldenThread.Core.Exports;
using GoldenThread.Core.Indicators;
using GoldenThread.Core.Model;
using GoldenThread.Data;
using GoldenThread.Data.Indicators;
using GoldenThread.Data.Security;
using GoldenThread.Web.Indicators;
using GoldenThread.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Dashboards;

/// <summary>
/// A service or team manager's dashboard: their unit's indicators with RAG, and the children needing action (assessments nearing or
/// past 45 working days, visits and reviews overdue, children not allocated), each linking to the child's chronology. Managers see their
/// own unit and the units below it; authority-wide roles choose a unit. Only children the person may open are listed.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = TargetPolicy.Manager)]
public sealed class ManagerModel(IndicatorService indicators, IndicatorTargetStore targets, GoldenThreadDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [FromQuery(Name = "org")]
    public long? OrgUnitId { get; set; }

    [FromQuery(Name = "format")]
    public string? Format { get; set; }

    [FromQuery(Name = "table")]
    public string? Table { get; set; }

    public DateOnly Today { get; private set; }

    public ReportingPeriod Period { get; private set; } = null!;

    public OrgUnit? Unit { get; private set; }

    /// <summary>The units this person may choose from.</summary>
    public IReadOnlyList<OrgUnit> Choices { get; private set; } = [];

    public IReadOnlyList<IndicatorRow> Rows { get; private set; } = [];

    public IReadOnlyList<ActionRow> Actions { get; private set; } = [];

    /// <summary>Children needing action in the unit whose records this person may not open (none for managers of the unit).</summary>
    public int Hidden { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        Period = IndicatorRow.YearToDate(clock);
        var (calculator, units) = await indicators.CalculatorAsync(cancellationToken);
        var authorityWide = user.Scope is ChildScope.EveryoneScope;
        var own = user.Scope is ChildScope.OrgUnitScope unitScope ? unitScope.OrgUnitId : (long?)null;
        if (!authorityWide && own is null)
        {
            return Forbid();
        }

        Choices = authorityWide
            ? [.. units.Where(u => u.Kind != OrgUnitKind.Authority).OrderBy(u => u.Kind).ThenBy(u => u.Name, StringComparer.Ordinal)]
            : [.. OrgUnitTree.SelfAndDescendants(units, own!.Value).OrderBy(u => u.Kind).ThenBy(u => u.Name, StringComparer.Ordinal)];
        var chosen = OrgUnitId ?? own;
        if (chosen is null)
        {
            // An authority-wide person has not chosen a unit yet.
            return Page();
        }

        Unit = Choices.FirstOrDefault(u => u.Id == chosen);
        if (Unit is null)
        {
            return NotFound();
        }

        var scope = IndicatorScope.ForOrgUnit(Unit.Id);
        var book = await targets.BookAsync(cancellationToken);
        Rows = [.. IndicatorCatalogue.All.Select(i => IndicatorRow.Compute(calculator, i, Period, scope, book, suppress: false))];

        var (lists, _) = await indicators.ActionListsAsync(cancellationToken);
        var actions = lists.At(Today, scope);
        Actions = await ActionRow.LoadAsync(db, user, actions, Today, cancellationToken);
        Hidden = actions.Select(a => a.ChildId).Distinct().Count() - Actions.Select(a => a.Action.ChildId).Distinct().Count();

        if (TableDownload.IsRequested(Format))
        {
            return TableDownload.File(Table == "indicators" ? DashboardTables.Indicators($"Indicators {Unit.Name}", Rows, Period) : ActionRow.Table($"Children needing action {Unit.Name}", Actions), Format!);
        }

        return Page();
    }

    public IEnumerable<IGrouping<ChildActionKind, ActionRow>> Groups => Actions.GroupBy(a => a.Action.Kind).OrderBy(g => g.Key);

    public static string Slug(ChildActionKind kind) => kind.ToString().ToLowerInvariant();

    public bool IsAuthorityWide => user.Scope is ChildScope.EveryoneScope;

    public bool IsManager => User.IsInRole(Roles.ServiceManager) || User.IsInRole(Roles.TeamManager);

    public static string Days(int? days) => days is { } d ? d.ToString(CultureInfo.InvariantCulture) : "–";
}

/// <summary>A child needing action with what the list shows about them: name, id, and who holds the case.</summary>
public sealed record ActionRow(ChildAction Action, string ChildName, string LaChildId, string? WorkerName, string? TeamName)
{
    /// <summary>The actions whose child this person may open, with names from the database.</summary>
    public static async Task<IReadOnlyList<ActionRow>> LoadAsync(GoldenThreadDbContext db, CurrentUser user, IReadOnlyList<ChildAction> actions, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(actions);
        var ids = actions.Select(a => a.ChildId).Distinct().ToList();
        var query = db.Children.AsNoTracking().Where(c => ids.Contains(c.Id));
        if (user.Scope.ChildIds(db.Sources(), today) is { } allowed)
        {
            query = query.Where(c => allowed.Contains(c.Id));
        }

        var children = await query.ToDictionaryAsync(c => c.Id, cancellationToken);
        var workerIds = actions.Where(a => a.WorkerId is not null).Select(a => a.WorkerId!.Value).Distinct().ToList();
        var workers = await db.Workers.AsNoTracking().Where(w => workerIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.DisplayName, cancellationToken);
        var teamIds = actions.Where(a => a.TeamId is not null).Select(a => a.TeamId!.Value).Distinct().ToList();
        var teams = await db.OrgUnits.AsNoTracking().Where(o => teamIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return [.. actions.Where(a => children.ContainsKey(a.ChildId)).Select(a =>
        {
            var c = children[a.ChildId];
            return new ActionRow(
                a,
                c.DisplayName,
                c.LaChildId,
                a.WorkerId is { } w ? workers.GetValueOrDefault(w) : null,
                a.TeamId is { } t ? teams.GetValueOrDefault(t) : null);
        })];
    }

    public static ExportTable Table(string name, IEnumerable<ActionRow> rows) => new(
        name,
        ["Action needed", "Child ID", "Child", "Since", "Due", "Working days", "Worker", "Team"],
        [.. rows.Select(r => (IReadOnlyList<object?>)
        [
            DashboardTables.Reason(r.Action.Kind), r.LaChildId, r.ChildName, r.Action.From, r.Action.Due, r.Action.WorkingDaysElapsed, r.WorkerName, r.TeamName,
        ])]);
}
