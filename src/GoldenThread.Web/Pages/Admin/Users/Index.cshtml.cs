using GoldenThread.Data;
using GoldenThread.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Admin.Users;

/// <summary>Everyone who can sign in: their role, scope, how they sign in, two-factor and lock status.</summary>
public sealed class IndexModel(GoldenThreadDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<UserRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public PaginationModel Pagination { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public sealed record UserRow(string Id, string DisplayName, string? Email, string? Role, string? Unit, bool TwoFactor, bool Locked, bool Council);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedEmail!.Contains(term) || u.DisplayName.ToUpper().Contains(term));
        }

        Total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, pageCount);
        var now = clock.GetUtcNow();
        var users = await query.OrderBy(u => u.DisplayName).ThenBy(u => u.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var ids = users.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.AsNoTracking().Where(r => ids.Contains(r.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var council = await db.UserLogins.AsNoTracking().Where(l => ids.Contains(l.UserId)).Select(l => l.UserId).Distinct().ToListAsync(cancellationToken);
        var unitIds = users.Where(u => u.OrgUnitId is not null).Select(u => u.OrgUnitId!.Value).Distinct().ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(o => unitIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        Rows = [.. users.Select(u => new UserRow(
            u.Id,
            u.DisplayName,
            u.Email,
            roles.FirstOrDefault(r => r.UserId == u.Id)?.Name,
            u.OrgUnitId is { } unit && units.TryGetValue(unit, out var name) ? name : null,
            u.TwoFactorEnabled,
            u.LockoutEnd is { } end && end > now,
            council.Contains(u.Id)))];
        var search = Search;
        Pagination = new PaginationModel(PageNumber, pageCount, p => $"/admin/users?page={p}" + (string.IsNullOrWhiteSpace(search) ? "" : "&q=" + Uri.EscapeDataString(search)));
    }
}
