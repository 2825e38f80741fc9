using System.Globalization;

namespace GoldenThread.Web.Infrastructure;

/// <summary>Reads an "as at" date given as ISO (date=2025-03-31) or as GOV.UK date-input fields (day, month, year).</summary>
public static class AsAtDate
{
    public const string FormatError = "Enter a date in the format 31 3 2025";

    public static bool TryRead(string? iso, string? day, string? month, string? year, DateOnly today, out DateOnly date, out string? error)
    {
        error = null;
        date = today;
        if (!string.IsNullOrWhiteSpace(day) || !string.IsNullOrWhiteSpace(month) || !string.IsNullOrWhiteSpace(year))
        {
            if (int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                && int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
                && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
                && y is >= 1900 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
            {
                date = new DateOnly(y, m, d);
                return true;
            }

            error = FormatError;
            return false;
        }

        if (!string.IsNullOrWhiteSpace(iso))
        {
            if (DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                return true;
            }

            date = today;
            error = FormatError;
            return false;
        }

        return true;
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    public static string Long(DateOnly? date) => date is { } d ? Long(d) : "Not recorded";
}
