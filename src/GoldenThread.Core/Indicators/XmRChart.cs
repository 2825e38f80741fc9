namespace GoldenThread.Core.Indicators;

/// <summary>The special-cause tests of NHS "Making Data Count", as flags on a point.</summary>
[Flags]
public enum SpcSignal
{
    None = 0,

    /// <summary>The point is above the upper or below the lower process limit.</summary>
    OutsideLimits = 1,

    /// <summary>The point is in a run of 7 or more consecutive points on the same side of the mean (a point on the mean breaks it).</summary>
    Shift = 2,

    /// <summary>The point is in a run of 7 or more consecutive points each higher (or each lower) than the one before (a tie breaks it).</summary>
    Trend = 4,

    /// <summary>Two of three consecutive points are in the outer third beyond mean ± ⅔ of the distance to a limit, on the same side.</summary>
    TwoOfThreeNearLimit = 8,
}

/// <summary>Which side a special cause points to.</summary>
public enum SpcDirection
{
    None,
    High,
    Low,
}

/// <summary>What a point's variation means, read with the indicator's polarity.</summary>
public enum SpcVariation
{
    CommonCause,
    Improving,
    Concerning,

    /// <summary>Special cause, high, on an indicator with neutral polarity (neither improving nor concerning).</summary>
    SpecialCauseHigh,

    /// <summary>Special cause, low, on an indicator with neutral polarity.</summary>
    SpecialCauseLow,
}

/// <summary>Whether a target will be met, read from where it lies against the process limits.</summary>
public enum TargetAssurance
{
    /// <summary>The target lies on the passing side of both limits: the process will consistently meet it unless it changes.</summary>
    ConsistentlyPasses,

    /// <summary>The target lies beyond the limits on the failing side: the process will consistently miss it unless it changes.</summary>
    ConsistentlyFails,

    /// <summary>The target lies within the limits: it will be met or missed by chance.</summary>
    HitAndMiss,
}

public sealed record XmRPoint(int Index, decimal Value, decimal? MovingRange, SpcSignal Signals, SpcDirection Direction, SpcVariation Variation);

/// <summary>
/// An XmR (individuals and moving range) chart as NHS "Making Data Count" draws it: centre line the mean of the baseline points, moving
/// range |xᵢ − xᵢ₋₁|, process limits mean ± 2.66 × mean moving range, and the four special-cause tests, read with the polarity as improving,
/// concerning or (for neutral indicators) special cause high or low; no signal is common-cause variation. The lower limit is not clipped at 0.
/// </summary>
public sealed class XmRChart
{
    public const decimal LimitFactor = 2.66m;
    public const int RunLength = 7;

    private XmRChart(Polarity polarity, int baselinePoints, decimal mean, decimal meanMovingRange, IReadOnlyList<XmRPoint> points)
    {
        Polarity = polarity;
        BaselinePoints = baselinePoints;
        Mean = mean;
        MeanMovingRange = meanMovingRange;
        Points = points;
    }

    public Polarity Polarity { get; }

    /// <summary>How many points, from the first, set the mean and limits.</summary>
    public int BaselinePoints { get; }

    public decimal Mean { get; }

    public decimal MeanMovingRange { get; }

    public decimal UpperProcessLimit => Mean + (LimitFactor * MeanMovingRange);

    public decimal LowerProcessLimit => Mean - (LimitFactor * MeanMovingRange);

    /// <summary>Mean + ⅔ of the distance to the upper limit: above it is the upper outer third.</summary>
    public decimal UpperOuterThird => Mean + (2m * LimitFactor * MeanMovingRange / 3m);

    public decimal LowerOuterThird => Mean - (2m * LimitFactor * MeanMovingRange / 3m);

    public IReadOnlyList<XmRPoint> Points { get; }

    /// <summary>What the latest point says.</summary>
    public SpcVariation LatestVariation => Points[^1].Variation;

    /// <summary>
    /// Builds the chart. <paramref name="baselinePoints"/> (default: every point; at least 2) sets how many points from the first fix the
    /// mean and limits; the tests run over every point.
    /// </summary>
    public static XmRChart Build(IReadOnlyList<decimal> values, Polarity polarity, int? baselinePoints = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var baseline = baselinePoints ?? values.Count;
        if (values.Count < 2 || baseline < 2 || baseline > values.Count)
        {
            throw new ArgumentException($"An XmR chart needs at least 2 points and a baseline of 2 to {values.Count} points.", nameof(values));
        }

        var mean = values.Take(baseline).Sum() / baseline;
        var meanMovingRange = Enumerable.Range(1, baseline - 1).Sum(i => Math.Abs(values[i] - values[i - 1])) / (baseline - 1);
        var upper = mean + (LimitFactor * meanMovingRange);
        var lower = mean - (LimitFactor * meanMovingRange);
        var upperThird = mean + (2m * LimitFactor * meanMovingRange / 3m);
        var lowerThird = mean - (2m * LimitFactor * meanMovingRange / 3m);

        var n = values.Count;
        var signals = new SpcSignal[n];
        var high = new bool[n];
        var low = new bool[n];
        void Flag(int i, SpcSignal signal, bool isHigh)
        {
            signals[i] |= signal;
            if (isHigh)
            {
                high[i] = true;
            }
            else
            {
                low[i] = true;
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (values[i] > upper)
            {
                Flag(i, SpcSignal.OutsideLimits, true);
            }
            else if (values[i] < lower)
            {
                Flag(i, SpcSignal.OutsideLimits, false);
            }
        }

        FlagRuns(n, i => Math.Sign(values[i] - mean), (i, side) => Flag(i, SpcSignal.Shift, side > 0));
        FlagRuns(n, i => i == 0 ? 0 : Math.Sign(values[i] - values[i - 1]), (i, side) => Flag(i, SpcSignal.Trend, side > 0), includePrevious: true);

        for (var i = 2; i < n; i++)
        {
            foreach (var isHigh in new[] { true, false })
            {
                bool Near(int j) => isHigh ? values[j] > upperThird : values[j] < lowerThird;
                var near = (Near(i - 2) ? 1 : 0) + (Near(i - 1) ? 1 : 0) + (Near(i) ? 1 : 0);
                if (near >= 2)
                {
                    for (var j = i - 2; j <= i; j++)
                    {
                        if (Near(j))
                        {
                            Flag(j, SpcSignal.TwoOfThreeNearLimit, isHigh);
                        }
                    }
                }
            }
        }

        var points = new XmRPoint[n];
        for (var i = 0; i < n; i++)
        {
            var direction = (high[i], low[i]) switch
            {
                (true, false) => SpcDirection.High,
                (false, true) => SpcDirection.Low,
                (true, true) => values[i] >= mean ? SpcDirection.High : SpcDirection.Low,
                _ => SpcDirection.None,
            };
            points[i] = new XmRPoint(i, values[i], i == 0 ? null : Math.Abs(values[i] - values[i - 1]), signals[i], direction, Read(direction, polarity));
        }

        return new XmRChart(polarity, baseline, mean, meanMovingRange, points);
    }

    /// <summary>
    /// The chart of one indicator's results in period order (e.g. 24 months for one team), read with the indicator's polarity. Every
    /// result must have a value: leave out periods with nothing to divide by before charting.
    /// </summary>
    public static XmRChart Build(IReadOnlyList<IndicatorResult> results, int? baselinePoints = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0)
        {
            throw new ArgumentException("There are no results to chart.", nameof(results));
        }

        if (results.FirstOrDefault(r => r.Value is null) is { } empty)
        {
            throw new ArgumentException($"{empty.Indicator.Id} has no value for {empty.Period}; leave it out of the chart.", nameof(results));
        }

        if (results.Select(r => r.Indicator.Id).Distinct().Count() > 1)
        {
            throw new ArgumentException("A chart shows one indicator.", nameof(results));
        }

        return Build([.. results.Select(r => r.Value!.Value)], results[0].Indicator.Polarity, baselinePoints);
    }

    /// <summary>Whether a target will be met reliably; null for a neutral indicator.</summary>
    public TargetAssurance? Assurance(decimal target) => Polarity switch
    {
        Polarity.HigherIsBetter when target <= LowerProcessLimit => TargetAssurance.ConsistentlyPasses,
        Polarity.HigherIsBetter when target > UpperProcessLimit => TargetAssurance.ConsistentlyFails,
        Polarity.LowerIsBetter when target >= UpperProcessLimit => TargetAssurance.ConsistentlyPasses,
        Polarity.LowerIsBetter when target < LowerProcessLimit => TargetAssurance.ConsistentlyFails,
        Polarity.Neutral => null,
        _ => TargetAssurance.HitAndMiss,
    };

    private static SpcVariation Read(SpcDirection direction, Polarity polarity) => (direction, polarity) switch
    {
        (SpcDirection.None, _) => SpcVariation.CommonCause,
        (SpcDirection.High, Polarity.HigherIsBetter) or (SpcDirection.Low, Polarity.LowerIsBetter) => SpcVariation.Improving,
        (SpcDirection.High, Polarity.LowerIsBetter) or (SpcDirection.Low, Polarity.HigherIsBetter) => SpcVariation.Concerning,
        (SpcDirection.High, _) => SpcVariation.SpecialCauseHigh,
        _ => SpcVariation.SpecialCauseLow,
    };

    /// <summary>
    /// Finds runs of consecutive points with the same non-zero side (-1 or +1) and flags every point of each run of
    /// <see cref="RunLength"/> or more points. For a trend the side is the step from the previous point, so a run of k steps
    /// covers k + 1 points (<paramref name="includePrevious"/>).
    /// </summary>
    private static void FlagRuns(int n, Func<int, int> side, Action<int, int> flag, bool includePrevious = false)
    {
        var i = 0;
        while (i < n)
        {
            var s = side(i);
            var j = i;
            while (s != 0 && j + 1 < n && side(j + 1) == s)
            {
                j++;
            }

            if (s != 0)
            {
                var first = includePrevious ? i - 1 : i;
                if (j - first + 1 >= RunLength)
                {
                    for (var k = first; k <= j; k++)
                    {
                        flag(k, s);
                    }
                }
            }

            i = j + 1;
        }
    }
}
