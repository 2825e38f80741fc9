namespace GoldenThread.Core.Improvement;

public sealed record BoardPackObjective(string Theme, string Reference, string Title, Rag Rag, string RagText, string Why, int Actions, int ActionsRed, int ActionsAmber);

public sealed record BoardPackException(string Kind, string Reference, string Title, Rag Rag, string RagText, string Owner, string LedBy, DateOnly? DueDate, string Why);

/// <summary>One row of an indicator's trajectory table: the value expected by the date and the value recorded at it.</summary>
public sealed record BoardPackTrajectoryRow(string IndicatorId, string Indicator, string Objective, DateOnly Date, decimal? Expected, decimal? Recorded, string Unit, Rag? Rag);

/// <summary>The commentary for one item: the story behind the curve (objectives) or the owner's latest update (actions).</summary>
public sealed record BoardPackCommentary(string Kind, string Reference, string Title, Rag Rag, string RagText, string Commentary, string? By);

/// <summary>
/// The board pack for a date, as one model that both the printable page and the workbook render, so they cannot differ:
/// the RAG summary, the exceptions with owners, the indicator trajectory tables and the commentary.
/// </summary>
public sealed class BoardPack
{
    public required string Title { get; init; }

    public DateOnly AsAt { get; init; }

    public required IReadOnlyDictionary<Rag, int> ObjectiveCounts { get; init; }

    public required IReadOnlyDictionary<Rag, int> ActionCounts { get; init; }

    public required IReadOnlyList<BoardPackObjective> Objectives { get; init; }

    public required IReadOnlyList<BoardPackException> Exceptions { get; init; }

    public required IReadOnlyList<BoardPackTrajectoryRow> Trajectories { get; init; }

    public required IReadOnlyList<BoardPackCommentary> Commentary { get; init; }

    /// <summary>The indicators the plan links to, with the figures frozen at month end, their trend and benchmarks.</summary>
    public IReadOnlyList<BoardPackScorecardRow> Scorecard { get; init; } = [];

    /// <param name="assessment">The plan assessed at the board date.</param>
    /// <param name="personName">A user's display name from their id.</param>
    /// <param name="unitName">A service's or team's name from its id.</param>
    /// <param name="latestNotes">Each action's latest update note with who wrote it, by action id.</param>
    /// <param name="scorecard">The indicator scorecard (see <see cref="BoardPackScorecard"/>); empty when no month is frozen.</param>
    public static BoardPack Build(
        PlanAssessment assessment, Func<string?, string> personName, Func<long?, string> unitName, IReadOnlyDictionary<long, (string Note, string By)> latestNotes,
        IReadOnlyList<BoardPackScorecardRow>? scorecard = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(personName);
        ArgumentNullException.ThrowIfNull(unitName);
        ArgumentNullException.ThrowIfNull(latestNotes);
        var plan = assessment.Plan;
        var objectives = plan.Objectives.Select(o =>
        {
            var a = assessment.Objectives[o.Id];
            return new BoardPackObjective(
                $"{o.Theme?.Number}. {o.Theme?.Title}", o.Reference, o.Title, a.Effective, a.Describe(), a.Reasons[0], o.Actions.Count,
                o.Actions.Count(x => assessment.Actions[x.Id].Effective == Rag.Red),
                o.Actions.Count(x => assessment.Actions[x.Id].Effective == Rag.Amber));
        }).ToList();

        var exceptions = assessment.Exceptions.Select(e =>
        {
            var owner = e.Kind == "Objective"
                ? string.Join(", ", plan.Objectives.Single(o => o.Id == e.Id).Actions.Where(x => assessment.Actions[x.Id].IsException).Select(x => personName(x.OwnerUserId)).Distinct())
                : personName(e.OwnerUserId);
            return new BoardPackException(e.Kind, e.Reference, e.Title, e.Assessment.Effective, e.Assessment.Describe(), owner,
                e.LeadOrgUnitId is null ? string.Empty : unitName(e.LeadOrgUnitId), e.DueDate, e.Assessment.Reasons[0]);
        }).ToList();

        var trajectories = new List<BoardPackTrajectoryRow>();
        foreach (var objective in plan.Objectives)
        {
            foreach (var indicator in objective.Indicators.OrderBy(i => i.IndicatorId, StringComparer.Ordinal))
            {
                var readings = indicator.Readings.Where(r => r.AsAt <= assessment.AsAt).ToList();
                var dates = indicator.Trajectory.Select(p => p.Date).Concat(readings.Select(r => r.AsAt)).Distinct().Order();
                foreach (var date in dates)
                {
                    var reading = readings.Where(r => r.AsAt == date).OrderByDescending(r => r.Id).FirstOrDefault();
                    var expected = indicator.ExpectedAt(date);
                    Rag? rag = reading is null ? null : SlippageRules.AssessIndicator(indicator, reading).Rag;
                    trajectories.Add(new BoardPackTrajectoryRow(indicator.IndicatorId, indicator.Name, objective.Reference, date, expected?.Value, reading?.Value, indicator.Unit, rag));
                }
            }
        }

        var commentary = new List<BoardPackCommentary>();
        foreach (var objective in plan.Objectives)
        {
            var a = assessment.Objectives[objective.Id];
            commentary.Add(new BoardPackCommentary("Objective", objective.Reference, objective.Title, a.Effective, a.Describe(), objective.StoryBehindTheCurve ?? "No commentary written yet.", null));
            foreach (var action in objective.Actions.OrderBy(x => x.Number).Where(x => assessment.Actions[x.Id].IsException))
            {
                var b = assessment.Actions[action.Id];
                var note = latestNotes.TryGetValue(action.Id, out var n) ? n : ("No update recorded yet.", (string?)null);
                commentary.Add(new BoardPackCommentary("Action", action.Reference, action.Title, b.Effective, b.Describe(), note.Item1, note.Item2));
            }
        }

        return new BoardPack
        {
            Title = plan.Title,
            AsAt = assessment.AsAt,
            ObjectiveCounts = PlanAssessment.Count(assessment.Objectives.Values),
            ActionCounts = PlanAssessment.Count(assessment.Actions.Values),
            Objectives = objectives,
            Exceptions = exceptions,
            Trajectories = trajectories,
            Commentary = commentary,
            Scorecard = scorecard ?? [],
        };
    }
}
