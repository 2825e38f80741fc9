using System.Globalization;
using GoldenThread.Core.Indicators.Snapshots;

namespace GoldenThread.Core.Improvement;

/// <summary>
/// Takes a plan indicator's values from the indicator engine: each month-end figure frozen for the whole authority (twelve months
/// to the month end) becomes a reading dated at that month end, beside any value an analyst recorded by hand. The assessment then
/// compares the trajectory with the figures the board saw, not with numbers typed in.
/// </summary>
public static class FrozenReadings
{
    /// <summary>How many months of frozen figures a plan indicator shows back from the plan's date.</summary>
    public const int Months = 12;

    /// <summary>
    /// Adds the frozen figures dated on or before <paramref name="asAt"/> (the last <see cref="Months"/>) to the plan's indicators; a value
    /// recorded by hand for the same date as a frozen figure gives way to it. Use on a plan read without tracking: nothing is saved.
    /// </summary>
    public static void Apply(ImprovementPlan plan, ILookup<string, IndicatorSnapshot> frozen, DateOnly asAt)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(frozen);
        var from = asAt.AddMonths(-Months);
        long id = -1;
        foreach (var indicator in plan.Objectives.SelectMany(o => o.Indicators))
        {
            foreach (var snapshot in frozen[indicator.IndicatorId].Where(s => s.MonthEnd > from && s.MonthEnd <= asAt && s.Value is not null).OrderBy(s => s.MonthEnd))
            {
                indicator.Readings.RemoveAll(r => r.AsAt == snapshot.MonthEnd); // the frozen figure is the one the board saw for that date
                indicator.Readings.Add(new IndicatorReading
                {
                    Id = id--,
                    AsAt = snapshot.MonthEnd,
                    Value = Math.Round(snapshot.Value!.Value, 1, MidpointRounding.AwayFromZero),
                    RecordedByName = Describe(snapshot),
                });
            }
        }
    }

    /// <summary>How a frozen reading is labelled wherever readings are listed.</summary>
    public static string Describe(IndicatorSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return string.Create(CultureInfo.GetCultureInfo("en-GB"), $"Indicator engine: 12 months to {snapshot.MonthEnd:d MMMM yyyy}, frozen {snapshot.FrozenAt:d MMMM yyyy}");
    }
}
