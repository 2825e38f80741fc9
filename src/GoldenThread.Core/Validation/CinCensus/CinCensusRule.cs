using System.Globalization;
using GoldenThread.Core.Returns;

namespace GoldenThread.Core.Validation.CinCensus;

/// <summary>
/// A DfE CIN census validation rule. Every CIN rule reads the same <see cref="CinValidationIndex"/>, built once per
/// <see cref="ValidationContext"/>, so a rule walks each child's episodes once instead of scanning every table.
/// The severity follows the DfE code: codes ending in Q are queries, the rest errors.
/// </summary>
public abstract class CinCensusRule : ValidationRule
{
    public sealed override string Collection => ReturnCollections.CinCensus;

    public sealed override Severity Severity => Code.EndsWith('Q') ? Severity.Query : Severity.Error;

    public override IReadOnlyList<string> Years => CinCensusYears.Supported;

    public sealed override IEnumerable<RuleFinding> Evaluate(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. Check(CinValidationIndex.For(context))];
    }

    /// <summary>The findings for one run; the index holds the dataset, the census dates and the per-child lookups.</summary>
    protected abstract IEnumerable<RuleFinding> Check(CinValidationIndex index);

    /// <summary>A finding about one record. <paramref name="field"/> is a <see cref="CinFields"/> name, Table.Field.</summary>
    protected RuleFinding Flag(CinValidationIndex index, object record, string laChildId, string field, string? value)
    {
        ArgumentNullException.ThrowIfNull(index);
        var (table, name) = CinFields.Split(field);
        return new RuleFinding(Code, Severity, laChildId, table, name, value, Message, index.LocationOf(record));
    }

    /// <summary>A finding about one record with a date value.</summary>
    protected RuleFinding Flag(CinValidationIndex index, object record, string laChildId, string field, DateOnly? value) =>
        Flag(index, record, laChildId, field, CinValues.Of(value));

    /// <summary>A finding about the header or the whole authority: no child, no record.</summary>
    protected RuleFinding FlagAuthority(string field, string? value)
    {
        var (table, name) = CinFields.Split(field);
        return new RuleFinding(Code, Severity, string.Empty, table, name, value, Message);
    }
}

/// <summary>The collection years the CIN rules are written for: the DfE 2024-25 rule list.</summary>
public static class CinCensusYears
{
    public static IReadOnlyList<string> Supported { get; } = ["2024-25"];
}

/// <summary>How values appear in findings: dates as ISO 8601, as the census XML carries them.</summary>
public static class CinValues
{
    public static string? Of(DateOnly? date) =>
        date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    public static string Of(int number) => number.ToString(CultureInfo.InvariantCulture);

    public static string Of(bool flag) => flag ? "1" : "0";

    public static string Of(IEnumerable<string> codes) => string.Join(' ', codes);
}
