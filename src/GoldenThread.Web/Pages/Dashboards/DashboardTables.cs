using GoldenThread.Core.Caseload;
using GoldenThread.Core.Exports;
using GoldenThread.Core.Indicators;
using GoldenThread.Web.Indicators;

namespace GoldenThread.Web.Pages.Dashboards;

/// <summary>What the shared indicator table partial shows: rows, a caption, the test id, and the org unit its links keep.</summary>
public sealed record IndicatorTableModel(string TestId, string Caption, IReadOnlyList<IndicatorRow> Rows, long? OrgUnitId = null, bool ShowSpc = false);

/// <summary>The dashboards' tables for download, built from the rows the pages show.</summary>
public static class DashboardTables
{
    public static ExportTable Indicators(string name, IEnumerable<IndicatorRow> rows, ReportingPeriod period) => new(
        name,
        ["Question", "Indicator id", "Indicator", "Period start", "Period end", "Value", "Numerator", "Denominator", "Target", "RAG", "SPC"],
        [.. rows.Select(r => (IReadOnlyList<object?>)
        [
            OutcomesAccountability.Text(OutcomesAccountability.QuestionFor(r.Indicator)), r.Indicator.Id, r.Indicator.Name, period.Start, period.End,
            r.ExportValue, r.ExportNumerator, r.ExportDenominator, r.Target?.Target, RagDisplay.Meaning(r.Rag),
            r.Variation is { } v ? IndicatorFormat.Variation(v) : null,
        ])]);

    public static string Reason(ChildActionKind kind) => kind switch
    {
        ChildActionKind.AssessmentDueSoon => "Assessment nearing 45 working days",
        ChildActionKind.AssessmentOverdue => "Assessment over 45 working days",
        ChildActionKind.ChildProtectionVisitOverdue => "Child protection visit overdue",
        ChildActionKind.CareVisitOverdue => "Looked-after visit overdue",
        ChildActionKind.ChildProtectionReviewOverdue => "Child protection review overdue",
        ChildActionKind.CareReviewOverdue => "Looked-after review overdue",
        _ => "Not allocated to a worker",
    };

    /// <summary>A short tag for the caseload list, with a GOV.UK tag colour.</summary>
    public static (string Text, string Class) Flag(ChildActionKind kind) => kind switch
    {
        ChildActionKind.AssessmentDueSoon => ("Assessment due soon", "govuk-tag--yellow"),
        ChildActionKind.AssessmentOverdue => ("Assessment overdue", "govuk-tag--red"),
        ChildActionKind.ChildProtectionVisitOverdue => ("CP visit overdue", "govuk-tag--red"),
        ChildActionKind.CareVisitOverdue => ("CLA visit overdue", "govuk-tag--red"),
        ChildActionKind.ChildProtectionReviewOverdue => ("CP review overdue", "govuk-tag--red"),
        ChildActionKind.CareReviewOverdue => ("CLA review overdue", "govuk-tag--red"),
        _ => ("Unallocated", "govuk-tag--orange"),
    };
}
