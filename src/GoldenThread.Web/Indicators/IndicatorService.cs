using GoldenThread.Core.Calendar;
using GoldenThread.Core.Caseload;
using GoldenThread.Core.Indicators;
using GoldenThread.Core.Model;
using GoldenThread.Data;
using GoldenThread.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Indicators;

/// <summary>
/// The indicator calculator over the current data, shared by every request and rebuilt when a load changes the data.
/// Pages and the CLI call the same core calculator, so a figure on a page equals the figure from <c>goldenthread kpi</c>.
/// </summary>
public sealed class IndicatorService(IServiceScopeFactory scopes, WorkingDayCalendar calendar, IConfiguration configuration)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private (string Version, IndicatorCalculator Calculator, IReadOnlyList<OrgUnit> Units, Lazy<ActionLists> Actions)? _cached;

    public async Task<(IndicatorCalculator Calculator, IReadOnlyList<OrgUnit> Units)> CalculatorAsync(CancellationToken cancellationToken)
    {
        var (calculator, units, _) = await CurrentAsync(cancellationToken);
        return (calculator, units);
    }

    /// <summary>The lists of children needing action over the same data as the calculator (<see cref="ActionLists"/>).</summary>
    public async Task<(ActionLists Actions, IReadOnlyList<OrgUnit> Units)> ActionListsAsync(CancellationToken cancellationToken)
    {
        var (_, units, actions) = await CurrentAsync(cancellationToken);
        return (actions.Value, units);
    }

    private async Task<(IndicatorCalculator Calculator, IReadOnlyList<OrgUnit> Units, Lazy<ActionLists> Actions)> CurrentAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoldenThreadDbContext>();
        var version = await DataVersion.CurrentAsync(db, cancellationToken);
        if (_cached is { } hit && hit.Version == version)
        {
            return (hit.Calculator, hit.Units, hit.Actions);
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } again && again.Version == version)
            {
                return (again.Calculator, again.Units, again.Actions);
            }

            var input = await IndicatorInputLoader.LoadAsync(db, cancellationToken: cancellationToken);
            var settings = await SettingsAsync(db, cancellationToken);
            var calculator = new IndicatorCalculator(input, calendar, settings, remember: true);
            var actions = new Lazy<ActionLists>(() => new ActionLists(input, calendar, settings), LazyThreadSafetyMode.ExecutionAndPublication);
            _cached = (version, calculator, input.OrgUnits, actions);
            return (calculator, input.OrgUnits, actions);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>
    /// The local standards from the <c>Indicators</c> settings section (each property of <see cref="IndicatorSettings"/>, e.g.
    /// <c>Indicators:ChildProtectionVisitWorkingDays</c>; DOMAIN.md's defaults otherwise). Without <c>Indicators:ChildPopulation</c>,
    /// rates per 10,000 use ONS's latest mid-year estimate of children aged 0 to 17 for the benchmark authority
    /// (<c>Benchmarks:AuthorityCode</c>) from the published statistics, when loaded.
    /// </summary>
    public async Task<IndicatorSettings> SettingsAsync(GoldenThreadDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var settings = configuration.GetSection("Indicators").Get<IndicatorSettings>() ?? IndicatorSettings.Default;
        if (settings.ChildPopulation is null)
        {
            var population = await new Data.Published.PublishedStatisticsStore(db).PopulationAsync(cancellationToken);
            var authority = BenchmarkService.AuthorityCode(configuration);
            var latest = population.Years.Where(y => population.ChildrenAged0To17(authority, y) is not null).DefaultIfEmpty().Max();
            settings = settings with { ChildPopulation = latest == 0 ? null : population.ChildrenAged0To17(authority, latest) };
        }

        return settings;
    }

    /// <summary>Which figure a person sees by default: their service or team, or the authority.</summary>
    public static IndicatorScope DefaultScope(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Scope switch
        {
            ChildScope.OrgUnitScope unit => IndicatorScope.ForOrgUnit(unit.OrgUnitId),
            ChildScope.WorkerScope worker => IndicatorScope.ForWorker(worker.WorkerId),
            _ => IndicatorScope.Authority,
        };
    }

    /// <summary>
    /// Whether a person may look at an org unit's figures: authority-wide roles and a Lead Member (aggregates only) any unit;
    /// managers their own unit and the units below it; nobody else another unit.
    /// </summary>
    public static bool MayChoose(CurrentUser user, long unit, IReadOnlyList<OrgUnit> units)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(units);
        return user.Scope switch
        {
            ChildScope.EveryoneScope => true,
            ChildScope.NoChildrenScope => user.Role == Data.Security.Roles.LeadMember,
            ChildScope.OrgUnitScope own => OrgUnitTree.SelfAndDescendants(units, own.OrgUnitId).Any(u => u.Id == unit),
            _ => false,
        };
    }
}
