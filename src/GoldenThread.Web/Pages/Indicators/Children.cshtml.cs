using System.Globalization;
using GoldenThread.Core.Indicators;
using GoldenThread.Core.Indicators.Snapshots;
using GoldenThread.Core.Model;
using GoldenThread.Data;
using GoldenThread.Data.Indicators;
using GoldenThread.Web.Indicators;
using GoldenThread.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Indicators;

/// <summary>
/// The children behind an indicator's figure: its numerator, denominator, or those in the denominator but not the numerator.
/// With <c>frozen=yyyy-mm-dd</c> (a month end), the children behind that month's figure as it was frozen when the month closed,
/// beside today's figure for the same month: who was counted then and not now, and now and not then.
/// </summary>
public sealed class ChildrenModel(IndicatorService indicators, GoldenThreadDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    /// <summary>The most children a list on the page shows; the downloads hold them all.</summary>
    public const int ShownOnPage = 500;

    [FromQuery(Name = "part")]
    public string Part { get; set; } = "numerator";

    [FromQuery(Name = "org")]
    public long? OrgUnitId { get; set; }

    [FromQuery(Name = "format")]
    public string? Format { get; set; }

    [FromQuery(Name = "table")]
    public string? Table { get; set; }

    /// <summary>The month end whose frozen figure to list the children of; null for today's figure.</summary>
    [FromQuery(Name = "frozen")]
    public string? FrozenMonthEnd { get; set; }

    [FromQuery]
    public PeriodQuery PeriodQuery { get; set; } = new();

    public Indicator Indicator { get; private set; } = null!;

    public ReportingPeriod Period { get; private set; } = null!;

    public IReadOnlyList<Child> Children { get; private set; } = [];

    public int Hidden { get; private set; }

    /// <summary>The frozen figure's children, in frozen mode.</summary>
    public FrozenChildren? Frozen { get; private set; }

    public string PartName => Part == "outside" ? "denominator but not the numerator" : Part;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (IndicatorCatalogue.Find(id) is not { } indicator || Part is not ("numerator" or "denominator" or "outside"))
        {
            return NotFound();
        }

        Indicator = indicator;
        if (FrozenMonthEnd is not null)
        {
            return await FrozenAsync(indicator, cancellationToken);
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        Period = PeriodQuery.Read(today).Period;
        var (calculator, _) = await indicators.CalculatorAsync(cancellationToken);
        var scope = OrgUnitId is { } unit ? IndicatorScope.ForOrgUnit(unit) : IndicatorService.DefaultScope(user);
        var result = calculator.Compute(indicator, Period, scope);
        var ids = Ids(result.NumeratorChildIds, result.DenominatorChildIds);
        var sources = db.Sources();
        var allowed = user.Scope.ChildIds(sources, today);
        var query = db.Children.AsNoTracking().Where(c => ids.Contains(c.Id));
        if (allowed is not null)
        {
            query = query.Where(c => allowed.Contains(c.Id));
        }

        Children = await query.OrderBy(c => c.FamilyName).ThenBy(c => c.GivenName).Take(ShownOnPage).ToListAsync(cancellationToken);
        Hidden = ids.Count - await query.CountAsync(cancellationToken);
        if (TableDownload.IsRequested(Format))
        {
            return TableDownload.File(
                new Core.Exports.ExportTable(
                    $"{indicator.Id} {Part}",
                    ["Child ID", "Child", "Date of birth", "Indicator id", "Part", "Period start", "Period end"],
                    [.. Children.Select(c => (IReadOnlyList<object?>)[c.LaChildId, c.DisplayName, c.BirthDate, indicator.Id, Part, Period.Start, Period.End])]),
                Format!);
        }

        return Page();
    }

    /// <summary>
    /// The frozen mode: the same permission and scope rules as today's list (the page needs a role that sees children, and only the
    /// children the person may see today are listed), and the unit must be one the person may look at, so a team manager cannot
    /// read another team's frozen figure by changing <c>org</c>.
    /// </summary>
    private async Task<IActionResult> FrozenAsync(Indicator indicator, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(FrozenMonthEnd, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var monthEnd) || monthEnd.AddDays(1).Day != 1)
        {
            return NotFound();
        }

        var (calculator, units) = await indicators.CalculatorAsync(cancellationToken);
        IndicatorScope scope;
        if (OrgUnitId is { } unit)
        {
            if (!IndicatorService.MayChoose(user, unit, units))
            {
                return NotFound();
            }

            scope = IndicatorScope.ForOrgUnit(unit);
        }
        else
        {
            scope = IndicatorService.DefaultScope(user);
        }

        if (scope.Kind == IndicatorScopeKind.Worker)
        {
            return NotFound(); // a caseload's figures are not frozen
        }

        var store = new IndicatorSnapshotStore(db);
        if (await store.FigureAsync(indicator.Id, scope.Id, monthEnd, cancellationToken) is not { } snapshot)
        {
            return NotFound();
        }

        Period = snapshot.Period;
        var scopeName = scope.Id is { } unitId
            ? units.FirstOrDefault(u => u.Id == unitId)?.Name ?? "A unit no longer held"
            : await ScopeDescription.DescribeAsync(db, Core.Caseload.ChildScope.Everyone, cancellationToken);
        if (!snapshot.KeepsIds)
        {
            Frozen = new FrozenChildren(snapshot, scopeName, null, [], 0, [], 0, [], 0, 0, 0, null, 0, 0);
            return TableDownload.IsRequested(Format) ? NotFound() : Page();
        }

        var now = calculator.Compute(indicator, snapshot.Period, scope);
        var frozenIds = Ids(snapshot.NumeratorChildIds!, snapshot.DenominatorChildIds!);
        var nowIds = Ids(now.NumeratorChildIds, now.DenominatorChildIds);
        var membership = FrozenMembership.Compare(frozenIds, nowIds, await store.ChildrenStillHeldAsync(snapshot, frozenIds, cancellationToken));

        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var allowed = user.Scope.ChildIds(db.Sources(), today);
        var wanted = membership.Held.Concat(membership.NowNotThen).Distinct().ToList();
        var query = db.Children.AsNoTracking().Where(c => wanted.Contains(c.Id));
        if (allowed is not null)
        {
            query = query.Where(c => allowed.Contains(c.Id));
        }

        var visible = await query.OrderBy(c => c.FamilyName).ThenBy(c => c.GivenName).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        List<Child> Of(IReadOnlyList<long> ids)
        {
            var set = ids.ToHashSet();
            return [.. visible.Where(c => set.Contains(c.Id))];
        }

        var listed = Of(membership.Held);
        var thenNotNow = Of(membership.ThenNotNow);
        var nowNotThen = Of(membership.NowNotThen);

        FrozenMembership? workers = null;
        var frozenWorkers = Ids(snapshot.NumeratorWorkerIds ?? [], snapshot.DenominatorWorkerIds ?? []);
        var nowWorkers = Ids(now.NumeratorWorkerIds, now.DenominatorWorkerIds);
        if (frozenWorkers.Count > 0 || nowWorkers.Count > 0)
        {
            workers = FrozenMembership.Compare(frozenWorkers, nowWorkers, await store.WorkersStillHeldAsync(snapshot, frozenWorkers, cancellationToken));
        }

        Frozen = new FrozenChildren(
            snapshot, scopeName, membership,
            listed, membership.Held.Count - listed.Count,
            thenNotNow, membership.ThenNotNow.Count - thenNotNow.Count,
            nowNotThen, membership.NowNotThen.Count - nowNotThen.Count,
            frozenIds.Count, nowIds.Count, workers, frozenWorkers.Count, nowWorkers.Count);
        if (TableDownload.IsRequested(Format))
        {
            var frozenOn = DateOnly.FromDateTime(snapshot.FrozenAt.UtcDateTime);
            object?[] Row(Child c) => [c.LaChildId, c.DisplayName, c.BirthDate, indicator.Id, Part, Period.Start, Period.End, frozenOn];
            return TableDownload.File(
                Table == "changes"
                    ? new Core.Exports.ExportTable(
                        $"{indicator.Id} {Part} {monthEnd:yyyy-MM} changes since frozen",
                        ["Change", "Child ID", "Child", "Date of birth", "Indicator id", "Part", "Period start", "Period end", "Frozen on"],
                        [.. thenNotNow.Select(c => (IReadOnlyList<object?>)["Counted then, not now", .. Row(c)]), .. nowNotThen.Select(c => (IReadOnlyList<object?>)["Counted now, not then", .. Row(c)])])
                    : new Core.Exports.ExportTable(
                        $"{indicator.Id} {Part} {monthEnd:yyyy-MM} at month end",
                        ["Child ID", "Child", "Date of birth", "Indicator id", "Part", "Period start", "Period end", "Frozen on"],
                        [.. listed.Select(c => (IReadOnlyList<object?>)Row(c))]),
                Format!);
        }

        return Page();
    }

    /// <summary>The ids behind the part of the figure asked for.</summary>
    private IReadOnlyList<long> Ids(IReadOnlyList<long> numerator, IReadOnlyList<long> denominator) => Part switch
    {
        "numerator" => numerator,
        "denominator" => denominator,
        _ => [.. denominator.Except(numerator).Order()],
    };

    /// <summary>Today's list of the children behind the same month's figure.</summary>
    public string TodaysLink => string.Create(CultureInfo.InvariantCulture,
        $"/indicators/{Indicator.Id}/children?part={Part}{(OrgUnitId is { } unit ? $"&org={unit}" : string.Empty)}&period=month&to={Period.End:yyyy-MM-dd}");

    /// <summary>The indicator page for the same unit.</summary>
    public string IndicatorLink => OrgUnitId is { } unit
        ? string.Create(CultureInfo.InvariantCulture, $"/indicators/{Indicator.Id}?org={unit}")
        : $"/indicators/{Indicator.Id}";
}

/// <summary>
/// The children behind one part of a frozen month figure, as the person may see them: those still held (the frozen list), those
/// counted then and not now, and now and not then; each with how many more are outside the children the person may see.
/// <see cref="Membership"/> is null when the figure was frozen before the children behind figures were kept.
/// </summary>
public sealed record FrozenChildren(
    IndicatorSnapshot Snapshot,
    string ScopeName,
    FrozenMembership? Membership,
    IReadOnlyList<Child> Children,
    int Hidden,
    IReadOnlyList<Child> ThenNotNow,
    int ThenNotNowHidden,
    IReadOnlyList<Child> NowNotThen,
    int NowNotThenHidden,
    int FrozenCount,
    int NowCount,
    FrozenMembership? Workers,
    int FrozenWorkerCount,
    int NowWorkerCount)
{
    public DateOnly FrozenOn => DateOnly.FromDateTime(Snapshot.FrozenAt.UtcDateTime);

    public string Month => Snapshot.MonthEnd.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}

/// <summary>A table of children on the page: name (linking to the child's record), child ID and date of birth.</summary>
public sealed record ChildList(IReadOnlyList<Child> Children, string TestId);
