using System.Globalization;
using System.Text;
using GoldenThread.Core.Exports;
using GoldenThread.Data;
using GoldenThread.Data.Security;
using GoldenThread.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Admin;

/// <summary>
/// Who opened a child's record, when, and which page: for subject access requests and complaints. As a page and as a CSV
/// file (every cell through the spreadsheet formula guard).
/// </summary>
public sealed class ChildAccessModel(GoldenThreadDbContext db) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true, Name = "child")]
    public string? ChildQuery { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public long? ChildId { get; private set; }

    public string? LaChildId { get; private set; }

    public IReadOnlyList<ChildRecordAccess> Accesses { get; private set; } = [];

    public int Total { get; private set; }

    public PaginationModel Pagination { get; private set; } = null!;

    public Dictionary<string, string> Errors { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Pagination = new PaginationModel(1, 1, _ => "/admin/child-access");
        if (string.IsNullOrWhiteSpace(ChildQuery))
        {
            return;
        }

        if (!await FindChildAsync(cancellationToken))
        {
            return;
        }

        var query = Query();
        Total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, pageCount);
        Accesses = await query.OrderByDescending(a => a.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var child = Uri.EscapeDataString(ChildQuery.Trim());
        Pagination = new PaginationModel(PageNumber, pageCount, p => $"/admin/child-access?child={child}&page={p}");
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(ChildQuery) || !await FindChildAsync(cancellationToken))
        {
            return NotFound();
        }

        var text = new StringBuilder();
        text.Append("Viewed at (UTC),Viewed by,User ID,Page,Child ID,LA child ID\r\n");
        await foreach (var access in Query().OrderBy(a => a.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            text.AppendJoin(',', new[]
            {
                AuditDisplay.Iso(access.AccessedAt),
                access.UserName,
                access.UserId,
                access.Purpose,
                access.ChildId.ToString(CultureInfo.InvariantCulture),
                LaChildId ?? string.Empty,
            }.Select(Cell)).Append("\r\n");
        }

        var name = $"child-record-access-{ChildId!.Value.ToString(CultureInfo.InvariantCulture)}.csv";
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray(), "text/csv; charset=utf-8", name);
    }

    /// <summary>One CSV cell: formula-guarded, quoted when it holds a comma, quote or line break.</summary>
    public static string Cell(string? value)
    {
        var safe = SpreadsheetText.Neutralise(value);
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    private IQueryable<ChildRecordAccess> Query()
    {
        var id = ChildId!.Value;
        return db.ChildRecordAccesses.AsNoTracking().Where(a => a.ChildId == id);
    }

    /// <summary>The child by GoldenThread's id (as in /children/ID) or by the authority's child id.</summary>
    private async Task<bool> FindChildAsync(CancellationToken cancellationToken)
    {
        var text = ChildQuery!.Trim();
        var byLaId = await db.Children.AsNoTracking().Where(c => c.LaChildId == text).Select(c => new { c.Id, c.LaChildId }).FirstOrDefaultAsync(cancellationToken);
        if (byLaId is null && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            byLaId = await db.Children.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.Id, c.LaChildId }).FirstOrDefaultAsync(cancellationToken);
            if (byLaId is null && await db.ChildRecordAccesses.AnyAsync(a => a.ChildId == id, cancellationToken))
            {
                // A child no longer in the data may still have been viewed: the log is kept.
                ChildId = id;
                return true;
            }
        }

        if (byLaId is null)
        {
            Errors["child"] = "Enter a child ID that matches a child, like 1234 or the authority's child ID";
            return false;
        }

        ChildId = byLaId.Id;
        LaChildId = byLaId.LaChildId;
        return true;
    }
}
