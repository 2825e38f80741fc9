namespace GoldenThread.Core.Improvement;

/// <summary>Supplies an indicator's latest value at a date: by default the latest value recorded in the plan.</summary>
public delegate IndicatorReading? LatestIndicatorValue(PlanIndicator indicator, DateOnly asAt);

/// <summary>One red or slipping item for the board: an objective or an action, its owner and what is wrong.</summary>
public sealed record PlanException(string Kind, string Reference, string Title, long Id, string? OwnerUserId, long? LeadOrgUnitId, DateOnly? DueDate, RagAssessment Assessment);

/// <summary>The whole plan assessed at a date: every action, indicator and objective with its RAG, and the exceptions.</summary>
public sealed class PlanAssessment
{
    private PlanAssessment(ImprovementPlan plan, DateOnly asAt)
    {
        Plan = plan;
        AsAt = asAt;
    }

    public ImprovementPlan Plan { get; }

    public DateOnly AsAt { get; }

    public Dictionary<long, RagAssessment> Actions { get; } = [];

    public Dictionary<long, IndicatorAssessment> Indicators { get; } = [];

    public Dictionary<long, RagAssessment> Objectives { get; } = [];

    /// <summary>Objectives and actions that are red or amber (or were computed so and set by hand), red first, then by reference.</summary>
    public IReadOnlyList<PlanException> Exceptions { get; private set; } = [];

    public static PlanAssessment Assess(ImprovementPlan plan, DateOnly asAt, SlippageSettings settings, LatestIndicatorValue? latest = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(settings);
        latest ??= (indicator, date) => indicator.LatestReading(date);
        var result = new PlanAssessment(plan, asAt);
        foreach (var objective in plan.Objectives)
        {
            foreach (var action in objective.Actions)
            {
                result.Actions[action.Id] = SlippageRules.AssessAction(action, asAt, settings);
            }

            foreach (var indicator in objective.Indicators)
            {
                result.Indicators[indicator.Id] = SlippageRules.AssessIndicator(indicator, latest(indicator, asAt));
            }

            result.Objectives[objective.Id] = SlippageRules.AssessObjective(objective, result.Actions, result.Indicators);
        }

        var exceptions = new List<PlanException>();
        foreach (var objective in plan.Objectives)
        {
            var assessed = result.Objectives[objective.Id];
            if (assessed.IsException)
            {
                exceptions.Add(new PlanException("Objective", objective.Reference, objective.Title, objective.Id, null, null, null, assessed));
            }

            foreach (var action in objective.Actions.OrderBy(a => a.Number))
            {
                var a = result.Actions[action.Id];
                if (a.IsException)
                {
                    exceptions.Add(new PlanException("Action", action.Reference, action.Title, action.Id, action.OwnerUserId, action.LeadOrgUnitId, action.DueDate, a));
                }
            }
        }

        result.Exceptions = [.. exceptions.OrderByDescending(e => e.Assessment.Effective).ThenBy(e => e.Kind == "Objective" ? 0 : 1).ThenBy(e => ReferenceKey(e.Reference), StringComparer.Ordinal)];
        return result;
    }

    /// <summary>Counts of objectives (or actions) by RAG in force.</summary>
    public static IReadOnlyDictionary<Rag, int> Count(IEnumerable<RagAssessment> items) =>
        Enum.GetValues<Rag>().ToDictionary(r => r, r => items.Count(i => i.Effective == r));

    /// <summary>A sort key that orders 2.10 after 2.9.</summary>
    public static string ReferenceKey(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return string.Join('.', reference.Split('.').Select(p => p.PadLeft(4, '0')));
    }
}
