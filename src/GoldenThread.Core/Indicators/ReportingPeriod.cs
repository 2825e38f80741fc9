using System.Globalization;

namespace GoldenThread.Core.Indicators;

public enum PeriodKind
{
    Month,

    /// <summary>A quarter of the financial year: April to June, July to September, October to December, January to March.</summary>
    Quarter,

    /// <summary>1 April to 31 March.</summary>
    FinancialYear,

    /// <summary>The twelve months ending on a date.</summary>
    RollingTwelveMonths,

    Custom,

    /// <summary>A single day: "as at" a date.</summary>
    Date,
}

/// <summary>
/// The period an indicator is computed for, both ends inclusive. Event measures count events whose own date falls in it;
/// "as at" measures are read on its last day (<see cref="End"/>).
/// </summary>
public sealed record ReportingPeriod
{
    public ReportingPeriod(DateOnly start, DateOnly end, PeriodKind kind = PeriodKind.Custom)
    {
        if (end < start)
        {
            throw new ArgumentException($"The period ends ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}).", nameof(end));
        }

        Start = start;
        End = end;
        Kind = kind;
    }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public PeriodKind Kind { get; }

    public int Days => End.DayNumber - Start.DayNumber + 1;

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public static ReportingPeriod Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), PeriodKind.Month);

    /// <summary>The financial-year quarter containing the date.</summary>
    public static ReportingPeriod QuarterContaining(DateOnly date)
    {
        var firstMonth = ((date.Month - 1) / 3 * 3) + 1;
        var start = new DateOnly(date.Year, firstMonth, 1);
        return new ReportingPeriod(start, start.AddMonths(3).AddDays(-1), PeriodKind.Quarter);
    }

    /// <summary>The financial year starting on 1 April of <paramref name="startYear"/>: 2024 is 2024-25.</summary>
    public static ReportingPeriod FinancialYear(int startYear) =>
        new(new DateOnly(startYear, 4, 1), new DateOnly(startYear + 1, 3, 31), PeriodKind.FinancialYear);

    public static ReportingPeriod FinancialYearContaining(DateOnly date) => FinancialYear(date.Month >= 4 ? date.Year : date.Year - 1);

    /// <summary>The twelve months ending on <paramref name="end"/>: 1 April 2024 to 31 March 2025 for 31 March 2025.</summary>
    public static ReportingPeriod RollingTwelveMonths(DateOnly end) => new(end.AddYears(-1).AddDays(1), end, PeriodKind.RollingTwelveMonths);

    public static ReportingPeriod Custom(DateOnly start, DateOnly end) => new(start, end, PeriodKind.Custom);

    public static ReportingPeriod AsAt(DateOnly date) => new(date, date, PeriodKind.Date);

    /// <summary>
    /// The months, quarters or financial years that cover <paramref name="from"/> to <paramref name="to"/>, the first and last cut
    /// to those dates; for <see cref="PeriodKind.Custom"/> the one period from–to.
    /// </summary>
    public static IReadOnlyList<ReportingPeriod> Split(DateOnly from, DateOnly to, PeriodKind kind)
    {
        if (to < from)
        {
            throw new ArgumentException($"--to ({to:yyyy-MM-dd}) is before --from ({from:yyyy-MM-dd}).", nameof(to));
        }

        Func<DateOnly, ReportingPeriod> containing = kind switch
        {
            PeriodKind.Month => d => Month(d.Year, d.Month),
            PeriodKind.Quarter => QuarterContaining,
            PeriodKind.FinancialYear => FinancialYearContaining,
            PeriodKind.Custom or PeriodKind.RollingTwelveMonths => _ => new ReportingPeriod(from, to, kind),
            PeriodKind.Date => AsAt,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        var periods = new List<ReportingPeriod>();
        var day = from;
        while (day <= to)
        {
            var whole = containing(day);
            var start = whole.Start < from ? from : whole.Start;
            var end = whole.End > to ? to : whole.End;
            periods.Add(new ReportingPeriod(start, end, kind));
            day = end.AddDays(1);
        }

        return periods;
    }

    public override string ToString() => Start == End
        ? Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : $"{Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} to {End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
