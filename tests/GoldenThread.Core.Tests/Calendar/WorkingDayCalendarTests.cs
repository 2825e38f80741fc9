using GoldenThread.Core.Calendar;

namespace GoldenThread.Core.Tests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Same_day_completion_is_day_zero() =>
        Assert.Equal(0, Calendar.WorkingDaysBetween(D(2025, 3, 12), D(2025, 3, 12)));

    [Fact]
    public void Weekend_is_not_counted() =>
        Assert.Equal(1, Calendar.WorkingDaysBetween(D(2025, 3, 28), D(2025, 3, 31)));

    [Fact]
    public void Easter_bank_holidays_are_not_counted()
    {
        // Thu 17 Apr 2025 → Tue 22 Apr 2025: Good Friday, weekend and Easter Monday fall between; only Tuesday counts.
        Assert.Equal(1, Calendar.WorkingDaysBetween(D(2025, 4, 17), D(2025, 4, 22)));
    }

    [Fact]
    public void Forty_five_working_days_without_holidays_is_nine_weeks()
    {
        Assert.Equal(D(2025, 3, 10), Calendar.AddWorkingDays(D(2025, 1, 6), 45));
        Assert.Equal(45, Calendar.WorkingDaysBetween(D(2025, 1, 6), D(2025, 3, 10)));
        Assert.Equal(46, Calendar.WorkingDaysBetween(D(2025, 1, 6), D(2025, 3, 11)));
    }

    [Fact]
    public void Day_45_moves_three_days_later_across_Easter_and_the_early_May_holiday()
    {
        // Mon 17 Mar 2025 + 9 weeks = Mon 19 May, but Good Friday, Easter Monday and 5 May push day 45 to Thu 22 May.
        Assert.Equal(D(2025, 5, 22), Calendar.AddWorkingDays(D(2025, 3, 17), 45));
        Assert.Equal(45, Calendar.WorkingDaysBetween(D(2025, 3, 17), D(2025, 5, 22)));
        Assert.Equal(46, Calendar.WorkingDaysBetween(D(2025, 3, 17), D(2025, 5, 23)));
    }

    [Fact]
    public void Leap_day_is_a_working_day_when_it_falls_on_a_weekday()
    {
        Assert.Equal(2, Calendar.WorkingDaysBetween(D(2024, 2, 28), D(2024, 3, 1)));
        Assert.Equal(1, Calendar.WorkingDaysBetween(D(2023, 2, 28), D(2023, 3, 1)));
    }

    [Fact]
    public void Substitute_boxing_day_2026_is_a_bank_holiday()
    {
        Assert.True(Calendar.IsBankHoliday(D(2026, 12, 28)));
        Assert.Equal("Boxing Day (substitute)", Calendar.BankHolidayName(D(2026, 12, 28)));
        Assert.Equal(1, Calendar.WorkingDaysBetween(D(2026, 12, 24), D(2026, 12, 29)));
    }

    [Fact]
    public void End_before_start_counts_negative() =>
        Assert.Equal(-1, Calendar.WorkingDaysBetween(D(2025, 3, 31), D(2025, 3, 28)));

    [Fact]
    public void The_shipped_list_has_eight_holidays_in_2025_and_covers_2015_to_2027()
    {
        Assert.Equal(8, Calendar.BankHolidays.Count(d => d.Year == 2025));
        Assert.Equal(2015, Calendar.FirstCoveredYear);
        Assert.Equal(2027, Calendar.LastCoveredYear);
    }

    [Fact]
    public void Shipped_list_matches_the_reference_file()
    {
        var path = Path.Combine(RepositoryPaths.SharedReference, "calendar", "england_wales_bank_holidays_2015_2027.csv");
        using var reader = new StreamReader(path);
        var reference = WorkingDayCalendar.Parse(reader, path);
        Assert.Equal(reference.BankHolidays.Order(), Calendar.BankHolidays.Order());
    }

    [Fact]
    public void Dates_outside_the_list_are_refused_rather_than_miscounted()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.WorkingDaysBetween(D(2028, 1, 3), D(2028, 1, 5)));
        Assert.Contains("2015 to 2027", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_line_names_the_file_line_and_field()
    {
        using var reader = new StringReader("date,name\n2025-01-01,New Year's Day\n01/05/2025,Early May\n");
        var error = Assert.Throws<FormatException>(() => WorkingDayCalendar.Parse(reader, "holidays.csv"));
        Assert.Equal("holidays.csv, line 3, field 'date': '01/05/2025' is not a date in the format 2025-03-31.", error.Message);
    }
}
