using System.Globalization;
using System.Reflection;

namespace GoldenThread.Core.Calendar;

/// <summary>
/// The England and Wales working-day calendar: Monday to Friday, less bank holidays.
/// Bank holidays come from data (<c>ReferenceData/england_wales_bank_holidays_2015_2027.csv</c>), never from code.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _bankHolidays;
    private readonly Dictionary<DateOnly, string> _names;

    public WorkingDayCalendar(IEnumerable<BankHoliday> bankHolidays)
    {
        ArgumentNullException.ThrowIfNull(bankHolidays);
        _names = [];
        foreach (var holiday in bankHolidays)
        {
            _names[holiday.Date] = holiday.Name;
        }

        _bankHolidays = [.. _names.Keys];
        if (_bankHolidays.Count > 0)
        {
            FirstCoveredYear = _bankHolidays.Min().Year;
            LastCoveredYear = _bankHolidays.Max().Year;
        }
    }

    /// <summary>The first calendar year the bank-holiday list covers.</summary>
    public int FirstCoveredYear { get; }

    /// <summary>The last calendar year the bank-holiday list covers.</summary>
    public int LastCoveredYear { get; }

    public IReadOnlyCollection<DateOnly> BankHolidays => _bankHolidays;

    /// <summary>The calendar shipped with the product.</summary>
    public static WorkingDayCalendar EnglandAndWales { get; } = LoadEmbedded();

    public static WorkingDayCalendar Parse(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var holidays = new List<BankHoliday>();
        var header = reader.ReadLine();
        if (header is null || !header.Trim().Equals("date,name", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"{sourceName}, line 1: expected the header 'date,name'.");
        }

        var lineNumber = 1;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var comma = line.IndexOf(',', StringComparison.Ordinal);
            var dateText = comma < 0 ? line : line[..comma];
            if (!DateOnly.TryParseExact(dateText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new FormatException($"{sourceName}, line {lineNumber}, field 'date': '{dateText}' is not a date in the format 2025-03-31.");
            }

            holidays.Add(new BankHoliday(date, comma < 0 ? string.Empty : line[(comma + 1)..].Trim().Trim('"')));
        }

        return new WorkingDayCalendar(holidays);
    }

    private static WorkingDayCalendar LoadEmbedded()
    {
        const string resource = "GoldenThread.Core.ReferenceData.england_wales_bank_holidays_2015_2027.csv";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader, "england_wales_bank_holidays_2015_2027.csv");
    }

    public bool IsBankHoliday(DateOnly date) => _bankHolidays.Contains(date);

    public string? BankHolidayName(DateOnly date) => _names.GetValueOrDefault(date);

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_bankHolidays.Contains(date);

    /// <summary>
    /// Working days from <paramref name="start"/> to <paramref name="end"/>, counting the start day as day 0:
    /// a same-day completion is 0, the next working day is 1. Weekends and bank holidays are not counted.
    /// When <paramref name="end"/> is before <paramref name="start"/> the result is negative.
    /// </summary>
    public int WorkingDaysBetween(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            return -WorkingDaysBetween(end, start);
        }

        EnsureCovered(start);
        EnsureCovered(end);
        var count = 0;
        for (var day = start.AddDays(1); day <= end; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The date that is <paramref name="workingDays"/> working days after <paramref name="start"/> (day 0).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        EnsureCovered(start);
        var day = start;
        var remaining = workingDays;
        while (remaining > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                remaining--;
            }
        }

        EnsureCovered(day);
        return day;
    }

    private void EnsureCovered(DateOnly date)
    {
        if (_bankHolidays.Count > 0 && (date.Year < FirstCoveredYear || date.Year > LastCoveredYear))
        {
            throw new ArgumentOutOfRangeException(
                nameof(date),
                date,
                $"The bank-holiday list covers {FirstCoveredYear} to {LastCoveredYear}; {date:yyyy-MM-dd} is outside it, so working days cannot be counted exactly.");
        }
    }
}

public sealed record BankHoliday(DateOnly Date, string Name);
