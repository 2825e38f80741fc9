namespace GoldenThread.Core.Indicators;

/// <summary>Where the assessment timescale's clock starts.</summary>
public enum AssessmentClockStart
{
    /// <summary>The assessment's actual start date, as the CIN census measures it (the default).</summary>
    AssessmentStart,

    /// <summary>The referral date, as Working Together 2023 sets the 45 working days.</summary>
    Referral,
}

/// <summary>
/// Local standards and inputs the indicators read. Defaults are DOMAIN.md's common values: each council sets its own.
/// </summary>
public sealed record IndicatorSettings
{
    public static IndicatorSettings Default { get; } = new();

    /// <summary>Mid-year population aged 0 to 17 (ONS), for rates per 10,000; null leaves rates without a value.</summary>
    public int? ChildPopulation { get; init; }

    public AssessmentClockStart AssessmentClock { get; init; } = AssessmentClockStart.AssessmentStart;

    /// <summary>Assessment timescale in working days (start day is day 0).</summary>
    public int AssessmentWorkingDays { get; init; } = 45;

    /// <summary>Initial conference timescale in working days after the section 47 start (strategy discussion).</summary>
    public int InitialConferenceWorkingDays { get; init; } = 15;

    /// <summary>A referral is a re-referral when the child had an earlier referral dated within this many months before it.</summary>
    public int ReReferralMonths { get; init; } = 12;

    /// <summary>Children on a plan are seen at least every this many working days.</summary>
    public int ChildProtectionVisitWorkingDays { get; init; } = 10;

    /// <summary>First child protection review conference within this many months of the plan starting (the ICPC).</summary>
    public int ChildProtectionFirstReviewMonths { get; init; } = 3;

    /// <summary>Later child protection reviews every this many months.</summary>
    public int ChildProtectionReviewMonths { get; init; } = 6;

    /// <summary>A looked-after child is visited within this many days of any placement starting (reg 28: one week).</summary>
    public int CareVisitFirstDays { get; init; } = 7;

    /// <summary>Then at least every this many days during the placement's first year (reg 28: six weeks).</summary>
    public int CareVisitFirstYearIntervalDays { get; init; } = 42;

    /// <summary>After the placement's first year, at least every this many months (reg 28: three months for long-term placements).</summary>
    public int CareVisitLaterIntervalMonths { get; init; } = 3;

    /// <summary>First looked-after review within this many working days of entering care (reg 33: 20).</summary>
    public int CareFirstReviewWorkingDays { get; init; } = 20;

    /// <summary>Second review within this many months of the first (reg 33: three).</summary>
    public int CareSecondReviewMonths { get; init; } = 3;

    /// <summary>Later reviews every this many months (reg 33: six).</summary>
    public int CareLaterReviewMonths { get; init; } = 6;

    /// <summary>Case-holding workers are supervised at least every this many days (six weeks).</summary>
    public int SupervisionIntervalDays { get; init; } = 42;
}
