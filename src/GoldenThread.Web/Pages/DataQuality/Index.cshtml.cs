using GoldenThread.Core.Caseload;
using GoldenThread.Core.Validation;
using GoldenThread.Data;
using GoldenThread.Web.DataQuality;
using GoldenThread.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.DataQuality;

/// <summary>
/// Data quality for a collection year: DfE validation findings by rule, by team and by worker, and the children whose records need
/// fixing, within the person's scope; with the full report to download.
/// </summary>
public sealed class IndexModel(DataQualityService quality, GoldenThreadDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [FromQuery(Name = "year")]
    public string? Year { get; set; }

    public string CollectionYear { get; private set; } = string.Empty;

    public IReadOnlyList<PlacedFinding> Findings { get; private set; } = [];

    public IReadOnlyDictionary<long, string> Teams { get; private set; } = new Dictionary<long, string>();

    public IReadOnlyDictionary<long, string> Workers { get; private set; } = new Dictionary<long, string>();

    /// <summary>The loads the trend covers (oldest first) and each rule's authority-wide findings after each.</summary>
    public IReadOnlyList<long> TrendLoads { get; private set; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<int?>> Trend { get; private set; } = new Dictionary<string, IReadOnlyList<int?>>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        CollectionYear = Year is { } y && System.Text.RegularExpressions.Regex.IsMatch(y, "^20[0-9]{2}-[0-9]{2}$") ? y : quality.CurrentYear;
        var all = await quality.FindingsAsync(CollectionYear, cancellationToken);
        (TrendLoads, Trend) = await quality.TrendAsync(CollectionYear, 6, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var scope = user.Scope.ChildIds(db.Sources(), today);
        if (scope is not null)
        {
            var allowed = (await scope.ToListAsync(cancellationToken)).ToHashSet();
            all = [.. all.Where(f => f.ChildId is { } id && allowed.Contains(id))];
        }

        Findings = all;
        Teams = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        Workers = await db.Workers.AsNoTracking().ToDictionaryAsync(w => w.Id, w => w.DisplayName, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetReportAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        var stream = new MemoryStream();
        await using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true))
        {
            FindingReport.WriteCsv(Findings.Select(f => f.Finding), writer);
        }

        stream.Position = 0;
        return File(stream, "text/csv", $"validation-{CollectionYear}.csv");
    }

    public static string Severity(Severity severity) => FindingReport.Severity(severity);
}
