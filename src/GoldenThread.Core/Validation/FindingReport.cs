using GoldenThread.Core.Exports;

namespace GoldenThread.Core.Validation;

/// <summary>
/// The validation report as a CSV (the contract: <c>child_id,rule_code,severity,table,field,value,message</c> first, then where the
/// record is) and as a workbook with a summary sheet and a per-child sheet. Text that a spreadsheet would run as a formula is neutralised.
/// </summary>
public static class FindingReport
{
    public static IReadOnlyList<string> Columns { get; } = ["child_id", "rule_code", "severity", "table", "field", "value", "message", "location"];

    public static void WriteCsv(IEnumerable<RuleFinding> findings, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join(',', Columns));
        writer.Write("\r\n");
        foreach (var f in Ordered(findings))
        {
            writer.Write(string.Join(',', Cells(f).Select(Csv)));
            writer.Write("\r\n");
        }
    }

    public static void WriteWorkbook(IEnumerable<RuleFinding> findings, Stream output)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var ordered = Ordered(findings).ToList();
        var summary = ordered.GroupBy(f => (f.RuleCode, f.Severity, f.Message))
            .OrderBy(g => g.Key.RuleCode, RuleCodeComparer.Instance)
            .Select(g => new Dictionary<string, object?>
            {
                ["Rule"] = SpreadsheetText.Neutralise(g.Key.RuleCode),
                ["Severity"] = Severity(g.Key.Severity),
                ["Findings"] = g.Count(),
                ["Children"] = g.Select(f => f.LaChildId).Where(id => !string.IsNullOrEmpty(id)).Distinct().Count(),
                ["Message"] = SpreadsheetText.Neutralise(g.Key.Message),
            })
            .ToList();
        var perChild = ordered.Select(f => Columns.Zip(Cells(f)).ToDictionary(p => p.First, p => (object?)SpreadsheetText.Neutralise(p.Second))).ToList();
        var sheets = new Dictionary<string, object>
        {
            ["Summary"] = summary.Count == 0 ? [new Dictionary<string, object?> { ["Rule"] = "No findings" }] : summary,
            ["By child"] = perChild.Count == 0 ? [Columns.ToDictionary(c => c, _ => (object?)null)] : perChild,
        };
        MiniExcelLibs.MiniExcel.SaveAs(output, sheets);
    }

    public static string Severity(Severity severity) => severity == Validation.Severity.Error ? "error" : "query";

    private static IEnumerable<RuleFinding> Ordered(IEnumerable<RuleFinding> findings) =>
        findings.OrderBy(f => f.LaChildId ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(f => f.RuleCode, RuleCodeComparer.Instance)
            .ThenBy(f => f.Table, StringComparer.Ordinal)
            .ThenBy(f => f.Field, StringComparer.Ordinal);

    private static string[] Cells(RuleFinding f) =>
        [f.LaChildId ?? string.Empty, f.RuleCode, Severity(f.Severity), f.Table, f.Field, f.Value ?? string.Empty, f.Message, f.Location?.ToString() ?? string.Empty];

    private static string Csv(string value)
    {
        var safe = SpreadsheetText.Neutralise(value);
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
