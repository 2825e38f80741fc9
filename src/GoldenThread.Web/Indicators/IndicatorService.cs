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
public sealed class IndicatorService(IServiceScopeFactory scopes, WorkingDayCalendar calendar)
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
            var calculator = new IndicatorCalculator(input, calendar, IndicatorSettings.Default, remember: true);
            var actions = new Lazy<ActionLists>(() => new ActionLists(input, calendar, IndicatorSettings.Default), LazyThreadSafetyMode.ExecutionAndPublication);
            _cached = (version, calculator, input.OrgUnits, actions);
            return (calculator, input.OrgUnits, actions);
        }
        finally
        {
            _lock.Release();
        }
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
}
