using System.Globalization;

namespace GoldenThread.Core.Improvement;

/// <summary>Red, amber or green; <see cref="NotAssessed"/> when there is nothing to judge yet.</summary>
public enum Rag
{
    NotAssessed = 0,
    Green = 1,
    Amber = 2,
    Red = 3,
}

/// <summary>The settings of the slippage rules.</summary>
/// <param name="DueSoonDays">An action due within this many days (inclusive) with progress below the expected share is amber.</param>
/// <param name="ForecastFromElapsedPercent">Forecasts from the progress rate are made once at least this share of an action's time has gone.</param>
public sealed record SlippageSettings(int DueSoonDays = 14, int ForecastFromElapsedPercent = 25)
{
    public static SlippageSettings Default { get; } = new();
}

/// <summary>A computed RAG with the reasons for it (worst first), and the RAG in force once any override is applied.</summary>
public sealed record RagAssessment(Rag Computed, IReadOnlyList<string> Reasons, RagOverride? Override)
{
    public Rag Effective => Override?.Rag ?? Computed;

    public bool IsOverridden => Override is not null;

    /// <summary>True when the item is red or amber, or was computed red or amber and then set by hand: what the board must see.</summary>
    public bool IsException => Effective is Rag.Red or Rag.Amber || Computed is Rag.Red or Rag.Amber;

    /// <summary>"Red", or "Green (set by Demo Director: reason)" for an override.</summary>
    public string Describe() => Override is { } o
        ? $"{SlippageRules.Name(o.Rag)} (set by {o.SetByName}: {o.Reason})"
        : SlippageRules.Name(Computed);
}

/// <summary>An indicator's position against its trajectory.</summary>
public sealed record IndicatorAssessment(Rag Rag, string Reason, IndicatorReading? Latest, TrajectoryPoint? Expected);

/// <summary>
/// The slippage rules (docs/adr/0010-improvement-plan.md): a computed RAG for each action from its dates, progress and milestones,
/// for each linked indicator from its latest value against the trajectory, and for each objective the worst of these.
/// </summary>
public static class SlippageRules
{
    private static readonly CultureInfo _english = CultureInfo.GetCultureInfo("en-GB");

    public static string Name(Rag rag) => rag switch
    {
        Rag.Red => "Red",
        Rag.Amber => "Amber",
        Rag.Green => "Green",
        _ => "Not assessed",
    };

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", _english);

    /// <summary>The share of the action's time gone at the date, as a percentage from 0 to 100 (100 when start and due are the same day).</summary>
    public static decimal ExpectedProgress(DateOnly start, DateOnly due, DateOnly asAt)
    {
        if (asAt <= start)
        {
            return asAt < start || due > start ? 0m : 100m;
        }

        if (asAt >= due)
        {
            return 100m;
        }

        return (asAt.DayNumber - start.DayNumber) * 100m / (due.DayNumber - start.DayNumber);
    }

    /// <summary>The computed RAG of an action at a date, with every reason that applies.</summary>
    public static RagAssessment AssessAction(PlanAction action, DateOnly asAt, SlippageSettings settings)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(settings);
        var found = new List<(Rag Rag, string Text)>();
        var progress = Math.Clamp(action.ProgressPercent, 0, 100);
        if (action.Status == ActionStatus.Completed)
        {
            found.Add((Rag.Green, action.CompletedOn is { } done ? $"Completed on {Date(done)}" : "Completed"));
            return Result(found, action);
        }

        if (asAt > action.DueDate)
        {
            var late = asAt.DayNumber - action.DueDate.DayNumber;
            found.Add((Rag.Red, $"Overdue: due {Date(action.DueDate)}, {Days(late)} ago"));
        }
        else if (asAt < action.StartDate)
        {
            found.Add((Rag.Green, $"Not due to start until {Date(action.StartDate)}"));
        }
        else
        {
            var expected = ExpectedProgress(action.StartDate, action.DueDate, asAt);
            if (expected >= settings.ForecastFromElapsedPercent && progress < 100)
            {
                if (progress == 0)
                {
                    found.Add((Rag.Red, $"No progress recorded with {Percent(expected)} of the time gone"));
                }
                else
                {
                    var elapsed = asAt.DayNumber - action.StartDate.DayNumber;
                    var daysToFinish = (int)Math.Ceiling(elapsed * 100m / progress);
                    var finish = action.StartDate.AddDays(daysToFinish);
                    var slip = finish.DayNumber - action.DueDate.DayNumber;
                    if (slip > 0)
                    {
                        found.Add((slip > settings.DueSoonDays ? Rag.Red : Rag.Amber,
                            $"Forecast to finish {Days(slip)} late ({Date(finish)}) at the rate of progress so far"));
                    }
                }
            }

            var daysLeft = action.DueDate.DayNumber - asAt.DayNumber;
            if (daysLeft <= settings.DueSoonDays && progress < expected)
            {
                var due = daysLeft == 0 ? "Due today" : $"Due in {Days(daysLeft)}";
                found.Add((Rag.Amber, $"{due} with {progress}% done against {Percent(expected)} expected"));
            }

            if (found.Count == 0)
            {
                found.Add((Rag.Green, $"On track: {progress}% done against {Percent(expected)} expected"));
            }
        }

        foreach (var milestone in action.Milestones.Where(m => m.CompletedOn is null && m.DueDate < asAt).OrderBy(m => m.DueDate))
        {
            found.Add((Rag.Amber, $"Milestone missed: {milestone.Title} (due {Date(milestone.DueDate)})"));
        }

        return Result(found, action);
    }

    /// <summary>
    /// An indicator against its trajectory: the latest value is compared with the trajectory point in force at that value's date.
    /// The latest value is an input, so the rule works whatever supplies it (a recorded value, or the indicator engine).
    /// </summary>
    public static IndicatorAssessment AssessIndicator(PlanIndicator indicator, IndicatorReading? latest)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (latest is null)
        {
            return new(Rag.NotAssessed, "No value recorded yet", null, null);
        }

        var expected = indicator.ExpectedAt(latest.AsAt);
        if (expected is null)
        {
            return new(Rag.NotAssessed, $"No trajectory point on or before {Date(latest.AsAt)}", latest, null);
        }

        var shortfall = indicator.Polarity == IndicatorPolarity.HigherIsBetter ? expected.Value - latest.Value : latest.Value - expected.Value;
        var values = $"{Value(latest.Value, indicator.Unit)} at {Date(latest.AsAt)} against {Value(expected.Value, indicator.Unit)} expected by {Date(expected.Date)}";
        if (shortfall <= 0)
        {
            return new(Rag.Green, $"On trajectory: {values}", latest, expected);
        }

        var rag = shortfall > indicator.Tolerance ? Rag.Red : Rag.Amber;
        return new(rag, $"Off trajectory: {values}", latest, expected);
    }

    /// <summary>
    /// An objective: the worst of its actions' RAG in force (overrides included) and its indicators' RAG against trajectory.
    /// Not assessed when it has neither an assessed action nor an assessed indicator.
    /// </summary>
    public static RagAssessment AssessObjective(
        PlanObjective objective,
        IReadOnlyDictionary<long, RagAssessment> actions,
        IReadOnlyDictionary<long, IndicatorAssessment> indicators)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(indicators);
        var found = new List<(Rag Rag, string Text)>();
        foreach (var action in objective.Actions.OrderBy(a => a.Number))
        {
            var assessed = actions[action.Id];
            if (assessed.Effective is Rag.Red or Rag.Amber)
            {
                found.Add((assessed.Effective, $"Action {action.Reference} is {assessed.Describe()}: {assessed.Reasons[0]}"));
            }
            else if (assessed.Effective == Rag.Green)
            {
                found.Add((Rag.Green, $"Action {action.Reference} is {assessed.Describe()}"));
            }
        }

        foreach (var indicator in objective.Indicators.OrderBy(i => i.IndicatorId, StringComparer.Ordinal))
        {
            var assessed = indicators[indicator.Id];
            if (assessed.Rag != Rag.NotAssessed)
            {
                found.Add((assessed.Rag, $"{indicator.Name}: {assessed.Reason}"));
            }
        }

        if (found.Count == 0)
        {
            return new RagAssessment(Rag.NotAssessed, ["No action or indicator to assess yet"], objective.Override());
        }

        return Result(found, objective);
    }

    private static RagAssessment Result(List<(Rag Rag, string Text)> found, IRagOverridable item)
    {
        var worst = found.Max(f => f.Rag);
        var reasons = found.Where(f => f.Rag == worst).Concat(found.Where(f => f.Rag != worst).OrderByDescending(f => f.Rag)).Select(f => f.Text).ToList();
        return new RagAssessment(worst, reasons, item.Override());
    }

    private static string Days(int days) => days == 1 ? "1 day" : string.Create(_english, $"{days} days");

    public static string Percent(decimal value) => string.Create(_english, $"{Math.Round(value, 0, MidpointRounding.AwayFromZero):0}%");

    public static string Value(decimal value, string unit) => string.Create(_english, $"{value:0.##}{unit}");
}
