using GoldenThread.Web.Improvement;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Plan;

/// <summary>The whole plan: themes and objectives with their RAG, the components, and the ways into exceptions and the board pack.</summary>
public sealed class IndexModel(PlanStore store, PlanAccess access) : PlanPageModel(store, access)
{
    protected override bool AllowNoPlan => true;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();
}
