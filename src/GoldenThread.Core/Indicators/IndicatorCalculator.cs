using GoldenThread.Core.Calendar;
using GoldenThread.Core.Model;

namespace GoldenThread.Core.Indicators;

/// <summary>
/// Computes indicators over an <see cref="IndicatorInput"/> indexed once, for any period, for the authority, each org unit and each
/// worker. A case belongs to the team and worker of the allocation current on its date (docs/adr/0009-indicator-attribution.md); an org
/// unit's figure adds up the cases of the teams below it; an authority-level unit (a root unit of kind Authority) holds every case,
/// allocated or not, so it equals <see cref="IndicatorScope.Authority"/>.
/// </summary>
public sealed class IndicatorCalculator
{
    private readonly IndicatorContext _context;
    private readonly Dictionary<long, long[]> _creditedUnits = [];
    private readonly HashSet<long> _authorityUnits = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Indicator, ReportingPeriod Period), Lazy<IndicatorBreakdown>>? _remembered;

    /// <param name="input">The records to compute from.</param>
    /// <param name="calendar">Working days.</param>
    /// <param name="settings">Local standards; the defaults when null.</param>
    /// <param name="remember">
    /// Keep each indicator-and-period breakdown once computed and answer every scope from it (for a long-lived calculator shared by
    /// web requests: the data do not change under it). The figures are the same either way; only the time differs.
    /// </param>
    public IndicatorCalculator(IndicatorInput input, WorkingDayCalendar calendar, IndicatorSettings? settings = null, bool remember = false)
    {
        _remembered = remember ? new() : null;
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(calendar);
        Settings = settings ?? IndicatorSettings.Default;
        _context = new IndicatorContext(input, calendar, Settings);
        OrgUnits = input.OrgUnits;
        var byId = input.OrgUnits.GroupBy(u => u.Id).ToDictionary(g => g.Key, g => g.First());
        foreach (var unit in input.OrgUnits)
        {
            if (unit.ParentId is null && unit.Kind == OrgUnitKind.Authority)
            {
                _authorityUnits.Add(unit.Id);
            }
        }

        foreach (var unit in input.OrgUnits)
        {
            var chain = new List<long>();
            for (OrgUnit? u = unit; u is not null && !chain.Contains(u.Id); u = u.ParentId is { } parent ? byId.GetValueOrDefault(parent) : null)
            {
                if (!_authorityUnits.Contains(u.Id))
                {
                    chain.Add(u.Id);
                }
            }

            _creditedUnits[unit.Id] = [.. chain];
        }
    }

    public IndicatorSettings Settings { get; }

    public IReadOnlyList<OrgUnit> OrgUnits { get; }

    /// <summary>The figure for the whole authority.</summary>
    public IndicatorResult Compute(Indicator indicator, ReportingPeriod period) => Compute(indicator, period, IndicatorScope.Authority);

    public IndicatorResult Compute(string indicatorId, ReportingPeriod period, IndicatorScope? scope = null) =>
        Compute(IndicatorCatalogue.Get(indicatorId), period, scope ?? IndicatorScope.Authority);

    public IndicatorResult Compute(Indicator indicator, ReportingPeriod period, IndicatorScope scope)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(scope);
        if (_remembered is not null)
        {
            var breakdown = _remembered.GetOrAdd((indicator.Id, period), key => new(() => ComputeBreakdown(indicator, period, includeWorkers: true))).Value;
            var found = scope.Kind switch
            {
                IndicatorScopeKind.Authority => breakdown.Authority,
                IndicatorScopeKind.OrgUnit => breakdown.OrgUnits.GetValueOrDefault(scope.Id!.Value),
                _ => breakdown.Workers.GetValueOrDefault(scope.Id!.Value),
            };
            return found ?? new Tally().Result(indicator, period, scope, null); // a unit or worker with no cases in the period
        }

        var wholeAuthority = scope.Kind == IndicatorScopeKind.Authority || (scope.Kind == IndicatorScopeKind.OrgUnit && _authorityUnits.Contains(scope.Id!.Value));
        var tally = new Tally();
        foreach (var c in indicator.Cases(_context, period))
        {
            var included = wholeAuthority
                || (scope.Kind == IndicatorScopeKind.Worker && c.Attribution.WorkerId == scope.Id)
                || (scope.Kind == IndicatorScopeKind.OrgUnit && c.Attribution.TeamId is { } team && Credited(team).Contains(scope.Id!.Value));
            if (included)
            {
                tally.Add(c);
            }
        }

        return tally.Result(indicator, period, scope, wholeAuthority ? Settings.ChildPopulation : null);
    }

    /// <summary>One pass over the cases: the authority, every org unit, and every worker when <paramref name="includeWorkers"/>.</summary>
    public IndicatorBreakdown ComputeBreakdown(Indicator indicator, ReportingPeriod period, bool includeWorkers = false)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(period);
        var authority = new Tally();
        var units = new Dictionary<long, Tally>();
        var workers = new Dictionary<long, Tally>();
        foreach (var c in indicator.Cases(_context, period))
        {
            authority.Add(c);
            if (c.Attribution.TeamId is { } team)
            {
                foreach (var unit in Credited(team))
                {
                    TallyFor(units, unit).Add(c);
                }
            }

            if (includeWorkers && c.Attribution.WorkerId is { } worker)
            {
                TallyFor(workers, worker).Add(c);
            }
        }

        var authorityResult = authority.Result(indicator, period, IndicatorScope.Authority, Settings.ChildPopulation);
        var unitResults = new Dictionary<long, IndicatorResult>();
        foreach (var unit in OrgUnits)
        {
            unitResults[unit.Id] = _authorityUnits.Contains(unit.Id)
                ? authorityResult with { Scope = IndicatorScope.ForOrgUnit(unit.Id) }
                : (units.GetValueOrDefault(unit.Id) ?? new Tally()).Result(indicator, period, IndicatorScope.ForOrgUnit(unit.Id), null);
        }

        var workerResults = new Dictionary<long, IndicatorResult>();
        if (includeWorkers)
        {
            foreach (var (id, tally) in workers)
            {
                workerResults[id] = tally.Result(indicator, period, IndicatorScope.ForWorker(id), null);
            }
        }

        return new IndicatorBreakdown(indicator, period, authorityResult, unitResults, workerResults);
    }

    /// <summary>Every indicator for every period, each as a breakdown.</summary>
    public IEnumerable<IndicatorBreakdown> ComputeAll(IEnumerable<Indicator> indicators, IEnumerable<ReportingPeriod> periods, bool includeWorkers = false)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var periodList = periods.ToList();
        foreach (var indicator in indicators)
        {
            foreach (var period in periodList)
            {
                yield return ComputeBreakdown(indicator, period, includeWorkers);
            }
        }
    }

    private static Tally TallyFor(Dictionary<long, Tally> tallies, long id)
    {
        if (!tallies.TryGetValue(id, out var tally))
        {
            tally = new Tally();
            tallies[id] = tally;
        }

        return tally;
    }

    private long[] Credited(long teamId) => _creditedUnits.TryGetValue(teamId, out var units) ? units : [teamId];

    private sealed class Tally
    {
        private readonly List<long> _numeratorChildren = [];
        private readonly List<long> _denominatorChildren = [];
        private readonly List<long> _numeratorWorkers = [];
        private readonly List<long> _denominatorWorkers = [];
        private decimal _numerator;
        private decimal _denominator;

        public void Add(IndicatorCase c)
        {
            if (c.Numerator is { } n)
            {
                _numerator += n;
                AddId(c, _numeratorChildren, _numeratorWorkers);
            }

            if (c.Denominator is { } d)
            {
                _denominator += d;
                AddId(c, _denominatorChildren, _denominatorWorkers);
            }
        }

        public IndicatorResult Result(Indicator indicator, ReportingPeriod period, IndicatorScope scope, int? population)
        {
            decimal? denominator = indicator.Unit switch
            {
                IndicatorUnit.Count => null,
                IndicatorUnit.RatePer10000 => population,
                _ => _denominator,
            };
            decimal? value = indicator.Unit switch
            {
                IndicatorUnit.Count => _numerator,
                IndicatorUnit.Percentage => denominator > 0 ? 100m * _numerator / denominator : null,
                IndicatorUnit.RatePer10000 => denominator > 0 ? 10000m * _numerator / denominator : null,
                _ => denominator > 0 ? _numerator / denominator : null,
            };
            return new IndicatorResult(
                indicator, period, scope, _numerator, denominator, value,
                DistinctSorted(_numeratorChildren), DistinctSorted(_denominatorChildren),
                DistinctSorted(_numeratorWorkers), DistinctSorted(_denominatorWorkers));
        }

        private static void AddId(IndicatorCase c, List<long> children, List<long> workers)
        {
            if (c.ChildId is { } child)
            {
                children.Add(child);
            }
            else if (c.WorkerId is { } worker)
            {
                workers.Add(worker);
            }
        }

        private static long[] DistinctSorted(List<long> ids)
        {
            if (ids.Count == 0)
            {
                return [];
            }

            ids.Sort();
            var count = 1;
            for (var i = 1; i < ids.Count; i++)
            {
                if (ids[i] != ids[count - 1])
                {
                    ids[count++] = ids[i];
                }
            }

            return [.. ids.GetRange(0, count)];
        }
    }
}
