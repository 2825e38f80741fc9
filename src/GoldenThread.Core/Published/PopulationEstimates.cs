namespace GoldenThread.Core.Published;

/// <summary>
/// ONS mid-year population estimates of children aged 0 to 17 by local authority (old LA code), region and England, for
/// rates per 10,000 children. DfE's convention: a figure for the year ending 31 March Y uses the mid-(Y−1) estimate
/// (<see cref="ForReportingYear"/>).
/// </summary>
public sealed class PopulationEstimates
{
    private readonly MeasureValues _values;

    private PopulationEstimates(MeasureValues values) => _values = values;

    /// <summary>The estimates among the statistics (other statistics are ignored).</summary>
    public static PopulationEstimates From(IEnumerable<PublishedStatistic> statistics) =>
        new(PublishedMeasures.Population.ValuesFrom(statistics));

    /// <summary>The mid-years with estimates, earliest first.</summary>
    public IReadOnlyList<int> Years => _values.Years;

    /// <summary>Children aged 0 to 17 in the authority at 30 June of the year; null when not published (or shown as x).</summary>
    public int? ChildrenAged0To17(string oldLaCode, int midYear) => Whole(_values.Of(midYear, GeographicLevel.LocalAuthority, oldLaCode));

    /// <summary>Children aged 0 to 17 in England at 30 June of the year.</summary>
    public int? England(int midYear) => Whole(_values.Of(midYear, GeographicLevel.National, BenchmarkCalculator.EnglandCode));

    /// <summary>The estimate a rate for the year ending 31 March <paramref name="reportingYear"/> uses: mid-(year − 1).</summary>
    public int? ForReportingYear(string oldLaCode, int reportingYear) => ChildrenAged0To17(oldLaCode, reportingYear - 1);

    /// <summary>A count per 10,000 children, rounded to 1 decimal place (half away from zero) as the published rates are.</summary>
    public static decimal RatePer10000(int count, int children)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(children);
        return Math.Round(count * 10_000m / children, 1, MidpointRounding.AwayFromZero);
    }

    private static int? Whole(PublishedValue value) => value.Number is { } number ? (int)number : null;
}
