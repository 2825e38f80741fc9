using GoldenThread.Core.Model;
using GoldenThread.Core.Retention;
using GoldenThread.Core.Returns;

namespace GoldenThread.Core.Tests.Retention;

/// <summary>Hand-worked retention dates: birthday boundaries, leap-day births, the strictest rule winning.</summary>
public sealed class RecordRetentionTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData(2000, 2, 29, 75, 2075, 3, 1)]
    [InlineData(2000, 2, 29, 24, 2024, 2, 29)]
    [InlineData(2000, 2, 29, 25, 2025, 3, 1)]
    [InlineData(1999, 12, 31, 25, 2024, 12, 31)]
    [InlineData(2001, 3, 1, 75, 2076, 3, 1)]
    [InlineData(2024, 2, 28, 100, 2124, 2, 28)]
    public void A_birthday_is_the_same_day_and_month_and_29_february_moves_to_1_march(int y, int m, int d, int age, int ey, int em, int ed) =>
        Assert.Equal(D(ey, em, ed), RecordRetention.Birthday(D(y, m, d), age));

    [Fact]
    public void Looked_after_records_are_past_retention_from_the_75th_birthday()
    {
        var data = Dataset(("LA1", D(1950, 6, 15), true, null));
        Assert.Empty(RecordRetention.PastRetention(data, D(2025, 6, 14)));
        var due = Assert.Single(RecordRetention.PastRetention(data, D(2025, 6, 15)));
        Assert.Equal(new RetentionDue("LA1", RetentionCategory.LookedAfter, D(1950, 6, 15), D(2025, 6, 15), 0), due);
        Assert.Equal(1, Assert.Single(RecordRetention.PastRetention(data, D(2025, 6, 16))).DaysPast);
    }

    [Fact]
    public void Child_in_need_records_are_kept_until_the_25th_birthday_and_a_leap_day_birth_reaches_it_on_1_march()
    {
        var data = Dataset(("CIN1", D(2000, 2, 29), false, null));
        Assert.Empty(RecordRetention.PastRetention(data, D(2025, 2, 28)));
        var due = Assert.Single(RecordRetention.PastRetention(data, D(2025, 3, 1)));
        Assert.Equal(RetentionCategory.ChildInNeed, due.Category);
        Assert.Equal(D(2025, 3, 1), due.RetainUntil);
        Assert.Equal(0, due.DaysPast);
    }

    [Fact]
    public void Adoption_records_are_kept_100_years_from_the_latest_adoption_date_even_when_the_child_was_looked_after()
    {
        var data = Dataset(("AD1", D(1920, 1, 10), true, D(1925, 5, 1)));
        Assert.Empty(RecordRetention.PastRetention(data, D(2025, 4, 30)));
        var due = Assert.Single(RecordRetention.PastRetention(data, D(2025, 5, 2)));
        Assert.Equal(new RetentionDue("AD1", RetentionCategory.Adoption, D(1920, 1, 10), D(2025, 5, 1), 1), due);
    }

    [Fact]
    public void A_child_without_a_date_of_birth_is_not_assessed_and_the_longest_past_come_first()
    {
        var data = Dataset(("NONE", null, false, null), ("B", D(1990, 1, 1), false, null), ("A", D(1980, 1, 1), false, null));
        var due = RecordRetention.PastRetention(data, D(2025, 1, 1));
        Assert.Equal(["A", "B"], due.Select(d => d.LaChildId));
        Assert.Equal([D(2005, 1, 1).DayNumber, D(2015, 1, 1).DayNumber], due.Select(d => D(2025, 1, 1).DayNumber - d.DaysPast));
    }

    [Fact]
    public void The_csv_puts_the_formula_guard_before_an_identifier_that_starts_a_formula()
    {
        var data = Dataset(("=HYPERLINK(\"x\")", D(1940, 1, 1), true, null));
        using var writer = new StringWriter();
        RecordRetention.WriteCsv(RecordRetention.PastRetention(data, D(2025, 1, 2)), writer);
        Assert.Equal(
            "child_id,category,birth_date,retain_until,days_past\r\n\"'=HYPERLINK(\"\"x\"\")\",Looked after (75th birthday),1940-01-01,2015-01-01,3654\r\n",
            writer.ToString());
    }

    private static ChildLevelDataset Dataset(params (string Id, DateOnly? Birth, bool LookedAfter, DateOnly? Placed)[] children)
    {
        var data = new ChildLevelDataset { Collection = ReturnCollections.Ssda903 };
        long id = 1;
        foreach (var (laChildId, birth, lookedAfter, placed) in children)
        {
            data.Children.Add(new Child { Id = id, LaChildId = laChildId, BirthDate = birth });
            if (lookedAfter)
            {
                data.CareEpisodes.Add(new CareEpisode { Id = id, ChildId = id, StartDate = (birth ?? D(2000, 1, 1)).AddYears(5) });
            }

            if (placed is not null)
            {
                data.AdoptionRecords.Add(new AdoptionRecord { Id = id, ChildId = id, PlacedDate = placed, DecisionDate = placed.Value.AddYears(-1) });
            }

            id++;
        }

        return data;
    }
}
