using GoldenThread.Data;
using GoldenThread.Data.Auditing;
using GoldenThread.Web.Improvement;
using GoldenThread.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Admin;

/// <summary>The audit trail: every recorded change, newest first, filtered by kind of record, person and dates.</summary>
public sealed class AuditModel(GoldenThreadDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "entity")]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true, Name = "id")]
    public string? EntityId { get; set; }

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public DateField From { get; private set; } = DateField.Of("from", "From", null);

    public DateField To { get; private set; } = DateField.Of("to", "To", null);

    public IReadOnlyList<string> EntityTypes { get; private set; } = [];

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public int Total { get; private set; }

    public PaginationModel Pagination { get; private set; } = null!;

    public Dictionary<string, string> Errors { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        EntityTypes = await db.AuditEntries.AsNoTracking().Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(EntityType))
        {
            query = query.Where(e => e.EntityType == EntityType);
        }

        if (!string.IsNullOrWhiteSpace(EntityId))
        {
            var id = EntityId.Trim();
            query = query.Where(e => e.EntityId == id);
        }

        if (!string.IsNullOrWhiteSpace(UserName))
        {
            var name = UserName.Trim().ToUpperInvariant();
            query = query.Where(e => e.UserName.ToUpper().Contains(name));
        }

        var form = new FormCollection(Request.Query.ToDictionary(q => q.Key, q => q.Value));
        DateOnly? from = null, to = null;
        if (HasDate(form, "from"))
        {
            From = DateField.Read(form, "from", "From", "Enter the first date", out from);
            if (From.Error is { } error)
            {
                Errors["from-day"] = error;
            }
        }

        if (HasDate(form, "to"))
        {
            To = DateField.Read(form, "to", "To", "Enter the last date", out to);
            if (To.Error is { } error)
            {
                Errors["to-day"] = error;
            }
        }

        if (from is { } start && to is { } end && end < start)
        {
            To = To.WithError("The last date must be the same as or after the first date");
            Errors["to-day"] = To.Error!;
        }

        if (Errors.Count == 0)
        {
            if (from is { } f)
            {
                var since = f.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
                query = query.Where(e => e.OccurredAt >= since);
            }

            if (to is { } t)
            {
                var before = t.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
                query = query.Where(e => e.OccurredAt < before);
            }
        }

        Total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, pageCount);
        Entries = await query.OrderByDescending(e => e.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var filters = Request.Query.Where(q => q.Key != "page").SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? string.Empty)}")).ToList();
        Pagination = new PaginationModel(PageNumber, pageCount, p => "/admin/audit?" + string.Join('&', filters.Append($"page={p}")));
    }

    private static bool HasDate(IFormCollection form, string id) =>
        new[] { "day", "month", "year" }.Any(part => !string.IsNullOrWhiteSpace(form[$"{id}-{part}"]));
}
