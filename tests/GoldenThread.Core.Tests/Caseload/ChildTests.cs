using GoldenThread.Core.Model;

namespace GoldenThread.Core.Tests.Caseload;

public sealed class ChildTests
{
    [Theory]
    [InlineData("2008-02-29", "2025-02-28", 16)]
    [InlineData("2008-02-29", "2025-03-01", 17)]
    [InlineData("2010-03-31", "2025-03-31", 15)]
    [InlineData("2010-04-01", "2025-03-31", 14)]
    public void Age_is_in_whole_years_with_leap_day_birthdays_on_1_March(string born, string at, int expected)
    {
        var child = new Child { LaChildId = "X1", BirthDate = DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture) };
        Assert.Equal(expected, child.AgeAt(DateOnly.Parse(at, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Age_is_unknown_without_a_birth_date_or_before_birth()
    {
        Assert.Null(new Child { LaChildId = "X1" }.AgeAt(new DateOnly(2025, 1, 1)));
        Assert.Null(new Child { LaChildId = "X1", BirthDate = new DateOnly(2025, 6, 1) }.AgeAt(new DateOnly(2025, 1, 1)));
    }

    [Fact]
    public void Display_name_falls_back_to_the_child_id()
    {
        Assert.Equal("DEMO1", new Child { LaChildId = "DEMO1" }.DisplayName);
        Assert.Equal("Alpha Testington", new Child { LaChildId = "DEMO1", GivenName = "Alpha", FamilyName = "Testington" }.DisplayName);
    }
}
