using System.Globalization;
using GoldenThread.Core.Model;
using GoldenThread.Core.Returns;

namespace GoldenThread.Core.Validation.Ssda903;

/// <summary>
/// The base of every SSDA903 rule: collection 903, the DfE message and fields from <see cref="Ssda903RuleTexts"/>, the years it
/// applies to, and the severity. The 903 rule list has no severity column: DfE marks a query by a code ending in Q and every other
/// code is an error, so <see cref="Severity"/> follows the code. A rule reads the shared <see cref="Ssda903Index"/>, built once per
/// <see cref="ValidationContext"/>, and never scans the whole return per child.
/// </summary>
public abstract class Ssda903Rule : ValidationRule
{
    /// <summary>Rules in both the 2024-25 and the 2025-26 lists with the same message and fields.</summary>
    protected static readonly IReadOnlyList<string> BothYears = ["2024-25", "2025-26"];

    /// <summary>Rules whose 2025-26 text or fields differ, so this implementation is for 2024-25 only.</summary>
    protected static readonly IReadOnlyList<string> Only202425 = ["2024-25"];

    private readonly RuleText _text;

    protected Ssda903Rule(string code)
    {
        Code = code;
        _text = Ssda903RuleTexts.All[code];
    }

    public sealed override string Code { get; }

    public sealed override string Collection => ReturnCollections.Ssda903;

    /// <summary>Codes ending in Q are DfE queries; every other 903 code is an error.</summary>
    public sealed override Severity Severity => Code.EndsWith('Q') ? Severity.Query : Severity.Error;

    public sealed override string Message => _text.Message;

    public sealed override IReadOnlyList<string> Fields => _text.Fields;

    public override IReadOnlyList<string> Years => BothYears;

    public sealed override IEnumerable<RuleFinding> Evaluate(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = Ssda903Index.For(context);
        return Check(index);
    }

    /// <summary>The rule's logic over the indexed return.</summary>
    protected abstract IEnumerable<RuleFinding> Check(Ssda903Index index);

    /// <summary>A finding on one record of one child, located in its source file.</summary>
    protected RuleFinding Finding(Ssda903Index index, ChildFile child, object record, string table, string field, string? value)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(child);
        return new RuleFinding(Code, Severity, child.LaChildId, table, field, value, Message, index.LocationOf(record));
    }

    /// <summary>A finding on a record whose child is not in the Header (integrity checks).</summary>
    protected RuleFinding OrphanFinding(Ssda903Index index, ChildRecord record, string table)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(record);
        return new RuleFinding(Code, Severity, null, table, "CHILD", record.ChildId.ToString(CultureInfo.InvariantCulture), Message, index.LocationOf(record));
    }

    /// <summary>A date as the return writes it (dd/mm/yyyy).</summary>
    protected static string? Text(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A 0/1 item as the return writes it.</summary>
    protected static string? Text(bool? value) => value switch { true => "1", false => "0", null => null };

    protected static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
