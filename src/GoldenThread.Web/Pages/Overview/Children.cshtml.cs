using GoldenThread.Core.Caseload;
using GoldenThread.Core.Model;
using GoldenThread.Data;
using GoldenThread.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Overview;

/// <summary>The children behind a headline figure, a page at a time, within the user's scope.</summary>
public sealed class ChildrenModel(GoldenThreadDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    [FromRoute(Name = "measure")]
    public string Measure { get; set; } = string.Empty;

    [FromQuery(Name = "date")]
    public string? DateText { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public HeadlineDefinition Definition { get; private set; } = Headlines.Definitions[0];

    public DateOnly AsAt { get; private set; }

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<Child> Children { get; private set; } = [];

    public string ScopeName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Headlines.FindBySlug(Measure) is not { } definition)
        {
            return NotFound();
        }

        Definition = definition;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        if (!AsAtDate.TryRead(DateText, null, null, null, today, out var asAt, out _))
        {
            return BadRequest();
        }

        AsAt = asAt;
        var sources = db.Sources();
        var scope = user.Scope;
        var children = Headlines.ChildrenBehind(definition.Measure, sources, AsAt, scope.ChildIds(sources, AsAt));
        Total = await children.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Children = await children.OrderBy(c => c.FamilyName).ThenBy(c => c.GivenName).ThenBy(c => c.LaChildId)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        ScopeName = await ScopeDescription.DescribeAsync(db, scope, cancellationToken);
        return Page();
    }
}
