using GoldenThread.Core.Improvement;
using GoldenThread.Core.Model;
using GoldenThread.Data;
using GoldenThread.Data.Security;
using GoldenThread.Web.Indicators;
using GoldenThread.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Improvement;

/// <summary>The plan as read for a page: every item, its RAG at the date, and the names of owners and lead units.</summary>
public sealed class PlanView(PlanAssessment assessment, IReadOnlyDictionary<string, string> people, IReadOnlyDictionary<long, OrgUnit> units)
{
    public PlanAssessment Assessment { get; } = assessment;

    public ImprovementPlan Plan => Assessment.Plan;

    public DateOnly AsAt => Assessment.AsAt;

    public IReadOnlyDictionary<long, OrgUnit> Units { get; } = units;

    public string PersonName(string? userId) => userId is not null && people.TryGetValue(userId, out var name) ? name : "No owner";

    public string UnitName(long? unitId) => unitId is { } id && Units.TryGetValue(id, out var unit) ? unit.Name : "Not set";

    public PlanObjective? Objective(long id) => Plan.Objectives.SingleOrDefault(o => o.Id == id);

    public PlanAction? Action(long id) => Plan.Actions.SingleOrDefault(a => a.Id == id);

    /// <summary>The services and teams leading an objective's actions.</summary>
    public IReadOnlyList<OrgUnit> LeadUnits(PlanObjective objective) =>
        [.. objective.Actions.Where(a => a.LeadOrgUnitId is not null).Select(a => a.LeadOrgUnitId!.Value).Distinct()
            .Where(Units.ContainsKey).Select(id => Units[id]).OrderBy(u => u.Kind).ThenBy(u => u.Name, StringComparer.Ordinal)];
}

/// <summary>Reads and saves the improvement plan. There is one plan: the first one created.</summary>
public sealed class PlanStore(GoldenThreadDbContext db, IConfiguration configuration, TimeProvider clock)
{
    public SlippageSettings Settings => new(
        configuration.GetValue<int?>("Improvement:DueSoonDays") ?? SlippageSettings.Default.DueSoonDays,
        configuration.GetValue<int?>("Improvement:ForecastFromElapsedPercent") ?? SlippageSettings.Default.ForecastFromElapsedPercent);

    public long MaxEvidenceBytes => configuration.GetValue<long?>("Improvement:MaxEvidenceBytes") ?? EvidenceFiles.DefaultMaxBytes;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);


    public GoldenThreadDbContext Db => db;

    /// <summary>The whole plan with every item (no file bytes), read without tracking.</summary>
    public async Task<ImprovementPlan?> ReadAsync(CancellationToken cancellationToken)
    {
        var id = await db.ImprovementPlans.OrderBy(p => p.Id).Select(p => (long?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            return null;
        }

        return await db.ImprovementPlans.AsNoTrackingWithIdentityResolution().AsSplitQuery()
            .Include(p => p.Components)
            .Include(p => p.Recommendations)
            .Include(p => p.Themes).ThenInclude(t => t.Objectives).ThenInclude(o => o.Components)
            .Include(p => p.Themes).ThenInclude(t => t.Objectives).ThenInclude(o => o.Recommendations)
            .Include(p => p.Themes).ThenInclude(t => t.Objectives).ThenInclude(o => o.Indicators)
            .Include(p => p.Themes).ThenInclude(t => t.Objectives).ThenInclude(o => o.Actions).ThenInclude(a => a.Milestones)
            .Include(p => p.Themes).ThenInclude(t => t.Objectives).ThenInclude(o => o.Actions).ThenInclude(a => a.Evidence)
            .SingleAsync(p => p.Id == id, cancellationToken);
    }

    /// <summary>The plan assessed at the date with names for owners and units, or null when there is no plan.</summary>
    public async Task<PlanView?> ViewAsync(DateOnly asAt, CancellationToken cancellationToken)
    {
        var plan = await ReadAsync(cancellationToken);
        if (plan is null)
        {
            return null;
        }

        FrozenReadings.Apply(plan, await FrozenAsync(asAt, cancellationToken), asAt);
        var assessment = PlanAssessment.Assess(plan, asAt, Settings);
        var people = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var units = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, cancellationToken);
        return new PlanView(assessment, people, units);
    }

    /// <summary>The authority's month-end figures (twelve months to each month end) frozen up to the date, by indicator id.</summary>
    public Task<ILookup<string, Core.Indicators.Snapshots.IndicatorSnapshot>> FrozenAsync(DateOnly asAt, CancellationToken cancellationToken) =>
        new Data.Indicators.IndicatorSnapshotStore(db).AuthorityRollingSeriesAsync(asAt, cancellationToken);

    /// <summary>The updates log for the plan, an objective or an action, newest first.</summary>
    public Task<List<PlanUpdate>> UpdatesAsync(long? objectiveId, long? actionId, CancellationToken cancellationToken)
    {
        var updates = db.PlanUpdates.AsNoTracking();
        if (actionId is { } a)
        {
            updates = updates.Where(u => u.ActionId == a);
        }
        else if (objectiveId is { } o)
        {
            updates = updates.Where(u => u.ObjectiveId == o);
        }

        return updates.OrderByDescending(u => u.Id).ToListAsync(cancellationToken);
    }

    /// <summary>An action with its objective and theme, tracked for changing.</summary>
    public Task<PlanAction?> ActionForChangeAsync(long id, CancellationToken cancellationToken) =>
        db.PlanActions.Include(a => a.Objective).ThenInclude(o => o!.Theme).Include(a => a.Milestones).Include(a => a.Evidence)
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>An objective with its theme, actions and indicators, tracked for changing.</summary>
    public Task<PlanObjective?> ObjectiveForChangeAsync(long id, CancellationToken cancellationToken) =>
        db.PlanObjectives.Include(o => o.Theme).Include(o => o.Actions).ThenInclude(a => a.Milestones).Include(o => o.Indicators)
            .SingleOrDefaultAsync(o => o.Id == id, cancellationToken);

    public async Task<long> PlanIdOfThemeAsync(long themeId, CancellationToken cancellationToken) =>
        await db.Set<PlanTheme>().Where(t => t.Id == themeId).Select(t => t.PlanId).SingleAsync(cancellationToken);

    /// <summary>People who may own an action: every user, by name.</summary>
    public Task<List<GoldenThreadUser>> PeopleAsync(CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);

    /// <summary>Services and teams that may lead an action, authority first.</summary>
    public Task<List<OrgUnit>> UnitsAsync(CancellationToken cancellationToken) =>
        db.OrgUnits.AsNoTracking().OrderBy(u => u.Kind).ThenBy(u => u.Name).ToListAsync(cancellationToken);
}

/// <summary>Who may change what in the plan (docs/adr/0010-improvement-plan.md).</summary>
public sealed class PlanAccess(IHttpContextAccessor accessor, CurrentUser user)
{
    /// <summary>Directors and Administrators edit the plan.</summary>
    public bool MayEdit
    {
        get
        {
            var principal = accessor.HttpContext?.User;
            return principal is not null && (principal.IsInRole(Roles.Director) || principal.IsInRole(Roles.Administrator));
        }
    }

    /// <summary>An action's owner records updates on it (progress, status, evidence, a note); so do editors.</summary>
    public bool MayUpdate(PlanAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return MayEdit || (action.OwnerUserId is not null && action.OwnerUserId == user.UserId);
    }

    /// <summary>Evidence files may hold child-level detail, so only roles that may see children open them.</summary>
    public bool MayOpenEvidenceFiles => user.MaySeeChildren;

    public PlanActor Actor => new(user.UserId, user.DisplayName);
}

/// <summary>Builds the board pack for a date from the plan and the latest note on each action in the updates log.</summary>
public static class BoardPackSource
{
    public static async Task<BoardPack?> BuildAsync(PlanStore store, BenchmarkService benchmarks, DateOnly asAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var view = await store.ViewAsync(asAt, cancellationToken);
        if (view is null)
        {
            return null;
        }

        var until = new DateTimeOffset(asAt.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
        var notes = (await store.Db.PlanUpdates.AsNoTracking().Where(u => u.ActionId != null && u.Note != null)
                .Select(u => new { u.Id, ActionId = u.ActionId!.Value, u.Note, u.UserName, u.At }).ToListAsync(cancellationToken))
            .Where(u => u.At <= until)
            .GroupBy(u => u.ActionId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(u => u.Id).Select(u => (u.Note!, $"{u.UserName}, {PlanDisplay.DateTime(u.At)}")).First());
        var frozen = await store.FrozenAsync(asAt, cancellationToken);
        var scorecard = BoardPackScorecard.Rows(view.Plan, frozen, asAt, await BenchmarksAsync(benchmarks, view.Plan, cancellationToken));
        return BoardPack.Build(view.Assessment, view.PersonName, view.UnitName, notes, scorecard);
    }

    /// <summary>DfE's latest published benchmarks for the plan's national indicators (worked out once per data version).</summary>
    private static async Task<IReadOnlyDictionary<string, Core.Published.Benchmark>> BenchmarksAsync(BenchmarkService service, ImprovementPlan plan, CancellationToken cancellationToken)
    {
        var indicators = plan.Objectives.SelectMany(o => o.Indicators).Select(i => Core.Indicators.IndicatorCatalogue.Find(i.IndicatorId)).OfType<Core.Indicators.Indicator>().DistinctBy(i => i.Id);
        return (await service.ForAllAsync(indicators, cancellationToken)).ToDictionary(b => b.Key, b => b.Value.Benchmark, StringComparer.Ordinal);
    }
}
