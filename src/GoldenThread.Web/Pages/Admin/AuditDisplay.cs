using System.Globalization;

namespace GoldenThread.Web.Pages.Admin;

/// <summary>How audit and access times are shown: UK local time, GOV.UK style ("25 November 2026 at 10:30am").</summary>
public static class AuditDisplay
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    private static readonly TimeZoneInfo UkTime = FindUkTime();

    public static string When(DateTime utc) => When(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    public static string When(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, UkTime);
        return local.ToString("d MMMM yyyy", EnGb) + " at " + local.ToString("h:mm", EnGb) + (local.Hour < 12 ? "am" : "pm");
    }

    /// <summary>The same time for spreadsheets: ISO 8601 in UTC.</summary>
    public static string Iso(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static TimeZoneInfo FindUkTime()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
