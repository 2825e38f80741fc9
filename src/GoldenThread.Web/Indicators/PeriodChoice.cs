using System.Globalization;
using GoldenThread.Core.Indicators;
using GoldenThread.Web.Infrastructure;

namespace GoldenThread.Web.Indicators;

/// <summary>The query of a page that shows a chosen period: <c>period</c>, <c>from</c> and <c>to</c> (see <see cref="PeriodChoice"/>).</summary>
public sealed class PeriodQuery
{
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "period")]
    public string? Kind { get; set; }

    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "from")]
    public string? From { get; set; }

    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "to")]
    public string? To { get; set; }

    public PeriodChoice Read(DateOnly today) => PeriodChoice.Read(Kind, From, To, today);
}

/// <summary>
/// The period an indicator page shows, from its query: <c>period</c> is <c>fytd</c> (the financial year to date, the default),
/// <c>month</c>, <c>quarter</c>, <c>year</c> (financial), <c>rolling12</c> or <c>custom</c>; <c>to</c> (yyyy-mm-dd) is the date the
/// period contains or ends on (default: today for the year to date and rolling twelve months, otherwise the last complete month,
/// quarter or year); <c>from</c> is the first day of a custom period. The same query goes on every link from the page, so the
/// children behind a figure are those of the period shown.
/// </summary>
public sealed record PeriodChoice(string Kind, ReportingPeriod Period, string? From, string? To, string? Error)
{
    public static readonly IReadOnlyList<(string Value, string Label)> Kinds =
    [
        ("fytd", "Financial year to date"),
        ("month", "Month"),
        ("quarter", "Quarter (financial)"),
        ("year", "Financial year"),
        ("rolling12", "Twelve months to a date"),
        ("custom", "From one date to another"),
    ];

    public static PeriodChoice Read(string? kind, string? from, string? to, DateOnly today)
    {
        kind = Kinds.Any(k => k.Value == kind) ? kind! : "fytd";
        DateOnly? end = Parse(to);
        DateOnly? start = Parse(from);
        string? error = null;
        if (!string.IsNullOrWhiteSpace(to) && end is null)
        {
            error = "Enter the date in the format 2026-03-31";
        }
        else if (kind == "custom" && (start is null || end is null))
        {
            error = "Enter both dates of the period in the format 2025-04-01";
        }
        else if (kind == "custom" && end < start)
        {
            error = "The end of the period must be on or after its start";
        }

        if (error is not null)
        {
            return new PeriodChoice("fytd", ReportingPeriod.Custom(ReportingPeriod.FinancialYearContaining(today).Start, today), from, to, error);
        }

        var period = kind switch
        {
            "month" => end is { } m ? ReportingPeriod.Month(m.Year, m.Month) : LastMonth(today),
            "quarter" => ReportingPeriod.QuarterContaining(end ?? ReportingPeriod.QuarterContaining(today).Start.AddDays(-1)),
            "year" => ReportingPeriod.FinancialYearContaining(end ?? ReportingPeriod.FinancialYearContaining(today).Start.AddDays(-1)),
            "rolling12" => ReportingPeriod.RollingTwelveMonths(end ?? today),
            "custom" => ReportingPeriod.Custom(start!.Value, end!.Value),
            _ => ReportingPeriod.Custom(ReportingPeriod.FinancialYearContaining(end ?? today).Start, end ?? today),
        };
        return new PeriodChoice(kind, period, from, to, null);
    }

    /// <summary>The query that reproduces this choice, without a leading ? or &amp;; empty for the default.</summary>
    public string Query
    {
        get
        {
            if (Kind == "fytd" && string.IsNullOrWhiteSpace(To))
            {
                return string.Empty;
            }

            var parts = new List<string> { $"period={Kind}" };
            if (Kind == "custom")
            {
                parts.Add($"from={Iso(Period.Start)}");
            }

            if (!string.IsNullOrWhiteSpace(To) || Kind == "custom")
            {
                parts.Add($"to={Iso(Period.End)}");
            }

            return string.Join('&', parts);
        }
    }

    /// <summary>The query to append to a path that has no query yet: "?…" or empty.</summary>
    public string AsQuery => Query.Length == 0 ? string.Empty : "?" + Query;

    /// <summary>The query to append to a path that already has one: "&amp;…" or empty.</summary>
    public string AndQuery => Query.Length == 0 ? string.Empty : "&" + Query;

    public string Describe => $"{AsAtDate.Long(Period.Start)} to {AsAtDate.Long(Period.End)}";

    private static ReportingPeriod LastMonth(DateOnly today)
    {
        var last = new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        return ReportingPeriod.Month(last.Year, last.Month);
    }

    private static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
