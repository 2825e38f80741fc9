using System.Globalization;
using GoldenThread.Core.Exports;
using GoldenThread.Core.Returns;

namespace GoldenThread.Core.Retention;

/// <summary>Which retention rule applies to a child's records.</summary>
public enum RetentionCategory
{
    /// <summary>Children in need never looked after: kept until the 25th birthday (a stated default; DOMAIN.md sets none).</summary>
    ChildInNeed,

    /// <summary>Looked-after children: kept until the 75th birthday (DOMAIN.md section 5).</summary>
    LookedAfter,

    /// <summary>Children with an adoption record: kept for 100 years (DOMAIN.md section 5).</summary>
    Adoption,
}

/// <summary>The ages and years the rules use; <see cref="Default"/> is the policy described in docs/adr/0015-record-retention.md.</summary>
public sealed record RetentionPolicy(int ChildInNeedUntilBirthday, int LookedAfterUntilBirthday, int AdoptionYears)
{
    public static RetentionPolicy Default { get; } = new(25, 75, 100);
}

/// <summary>One child whose records have passed their retention date and are due for review (never deleted here).</summary>
public sealed record RetentionDue(string LaChildId, RetentionCategory Category, DateOnly? BirthDate, DateOnly RetainUntil, int DaysPast);

/// <summary>
/// Record retention: how long a child's social care records are kept, and which children's records are past that date on a
/// given day, for a person to review. Pure: nothing is read from or deleted in any database.
/// </summary>
/// <remarks>
/// Looked-after children's records are kept until the 75th birthday and adoption records for 100 years (DOMAIN.md section 5,
/// "Publication and privacy rules"); adoption's 100 years run from the latest date on the adoption record (placed, matched,
/// placement order or decision; the date of birth when it has none). DOMAIN.md gives no period for other children in need:
/// the default here is the 25th birthday, the period councils commonly use. A child's records are past retention from the
/// retention date itself (retained <em>until</em> the birthday). A birthday of 29 February falls on 1 March in a year that
/// is not a leap year, as a person born on 29 February attains an age on 1 March in England. The strictest rule that applies
/// wins: adoption, then looked after, then child in need. A child with no date of birth (and no adoption date) is not assessed.
/// </remarks>
public static class RecordRetention
{
    public static readonly IReadOnlyList<string> CsvColumns = ["child_id", "category", "birth_date", "retain_until", "days_past"];

    /// <summary>The day a person born on <paramref name="birth"/> reaches <paramref name="age"/>.</summary>
    public static DateOnly Birthday(DateOnly birth, int age)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(age);
        var year = birth.Year + age;
        return birth is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year)
            ? new DateOnly(year, 3, 1)
            : new DateOnly(year, birth.Month, birth.Day);
    }

    /// <summary>The category and the retention date of one child's records; null when it cannot be worked out.</summary>
    public static (RetentionCategory Category, DateOnly RetainUntil)? RetainUntil(
        DateOnly? birthDate, bool lookedAfter, DateOnly? latestAdoptionDate, bool adopted, RetentionPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (adopted && (latestAdoptionDate ?? birthDate) is { } from)
        {
            return (RetentionCategory.Adoption, Birthday(from, policy.AdoptionYears));
        }

        if (birthDate is not { } birth)
        {
            return null;
        }

        return lookedAfter
            ? (RetentionCategory.LookedAfter, Birthday(birth, policy.LookedAfterUntilBirthday))
            : (RetentionCategory.ChildInNeed, Birthday(birth, policy.ChildInNeedUntilBirthday));
    }

    /// <summary>Every child whose records are past their retention date on <paramref name="asAt"/>, longest past first.</summary>
    public static IReadOnlyList<RetentionDue> PastRetention(ChildLevelDataset data, DateOnly asAt, RetentionPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        policy ??= RetentionPolicy.Default;
        var lookedAfter = data.CareEpisodes.Select(e => e.ChildId).ToHashSet();
        var adoptions = data.AdoptionRecords.GroupBy(a => a.ChildId).ToDictionary(
            g => g.Key,
            g => g.SelectMany(a => new[] { a.PlacedDate, a.MatchDate, a.PlacementOrderDate, a.DecisionDate }).Max());
        var due = new List<RetentionDue>();
        foreach (var child in data.Children)
        {
            var adopted = adoptions.TryGetValue(child.Id, out var adoptionDate);
            if (RetainUntil(child.BirthDate, lookedAfter.Contains(child.Id), adoptionDate, adopted, policy) is { } rule && rule.RetainUntil <= asAt)
            {
                due.Add(new RetentionDue(child.LaChildId, rule.Category, child.BirthDate, rule.RetainUntil, asAt.DayNumber - rule.RetainUntil.DayNumber));
            }
        }

        return [.. due.OrderByDescending(d => d.DaysPast).ThenBy(d => d.LaChildId, StringComparer.Ordinal)];
    }

    /// <summary>The name shown for a category.</summary>
    public static string Describe(RetentionCategory category) => category switch
    {
        RetentionCategory.Adoption => "Adoption (100 years)",
        RetentionCategory.LookedAfter => "Looked after (75th birthday)",
        _ => "Child in need (25th birthday)",
    };

    /// <summary>The list as CSV, every text cell behind the spreadsheet formula guard.</summary>
    public static void WriteCsv(IEnumerable<RetentionDue> due, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(due);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join(',', CsvColumns));
        writer.Write("\r\n");
        foreach (var d in due)
        {
            string[] cells =
            [
                SpreadsheetText.Neutralise(d.LaChildId),
                Describe(d.Category),
                d.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                d.RetainUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                d.DaysPast.ToString(CultureInfo.InvariantCulture),
            ];
            writer.Write(string.Join(',', cells.Select(Quote)));
            writer.Write("\r\n");
        }
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
