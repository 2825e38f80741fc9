using GoldenThread.Core.Calendar;
using GoldenThread.Core.Returns;

namespace GoldenThread.Core.Validation;

/// <summary>DfE's two kinds of finding: an error must be fixed before the return is accepted; a query must be checked and explained.</summary>
public enum Severity
{
    Error,
    Query,
}

/// <summary>
/// One finding: which rule, which child (empty for header- and authority-level findings), which table and field, the value, the message.
/// </summary>
public sealed record RuleFinding(
    string RuleCode,
    Severity Severity,
    string? LaChildId,
    string Table,
    string Field,
    string? Value,
    string Message,
    SourceLocation? Location = null);

/// <summary>What a rule reads: this year's return, last year's where the rule needs it, and the calendar.</summary>
public sealed class ValidationContext(ChildLevelDataset current, WorkingDayCalendar calendar, ChildLevelDataset? previousYear = null)
{
    public ChildLevelDataset Current { get; } = current;

    public ChildLevelDataset? PreviousYear { get; } = previousYear;

    public WorkingDayCalendar Calendar { get; } = calendar;

    /// <summary>The census reference date (31 March of the collection year's end), from the return or its year.</summary>
    public DateOnly ReferenceDate => Current.ReferenceDate ?? CollectionYears.ReferenceDate(Current.CollectionYear);

    /// <summary>The first day of the collection year (1 April).</summary>
    public DateOnly PeriodStart => ReferenceDate.AddYears(-1).AddDays(1);

    public string CollectionYear => Current.CollectionYear ?? CollectionYears.Of(ReferenceDate);
}

/// <summary>
/// A DfE validation rule as a small type: its code, collection, the years it applies to, severity, the fields it reads and the
/// DfE message. Rules are found by reflection and listed in <see cref="RuleCatalogue"/>.
/// </summary>
public abstract class ValidationRule
{
    /// <summary>The DfE code, e.g. 8500, 8525Q, 101.</summary>
    public abstract string Code { get; }

    /// <summary><see cref="ReturnCollections.CinCensus"/> or <see cref="ReturnCollections.Ssda903"/>.</summary>
    public abstract string Collection { get; }

    public abstract Severity Severity { get; }

    /// <summary>The DfE message, as published.</summary>
    public abstract string Message { get; }

    /// <summary>The fields the rule reads, as Table.Field in the return's own names (e.g. Episodes.DECOM, CINdetails.CINreferralDate).</summary>
    public abstract IReadOnlyList<string> Fields { get; }

    /// <summary>The collection years the rule applies to (e.g. 2024-25); empty means every year the product supports.</summary>
    public virtual IReadOnlyList<string> Years => [];

    public bool AppliesTo(string collectionYear) => Years.Count == 0 || Years.Contains(collectionYear);

    public abstract IEnumerable<RuleFinding> Evaluate(ValidationContext context);
}

public static class CollectionYears
{
    /// <summary>31 March at the end of a collection year such as 2024-25.</summary>
    public static DateOnly ReferenceDate(string? collectionYear)
    {
        if (collectionYear is { Length: 7 } && int.TryParse(collectionYear[..4], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var start))
        {
            return new DateOnly(start + 1, 3, 31);
        }

        throw new ArgumentException($"'{collectionYear}' is not a collection year such as 2024-25.", nameof(collectionYear));
    }

    /// <summary>The collection year (1 April to 31 March) a date falls in, e.g. 2025-03-31 → 2024-25.</summary>
    public static string Of(DateOnly date)
    {
        var start = date.Month >= 4 ? date.Year : date.Year - 1;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{start}-{(start + 1) % 100:00}");
    }
}
