using GoldenThread.Web.Improvement;
using Microsoft.AspNetCore.Mvc;

namespace GoldenThread.Web.Pages.Plan;

/// <summary>Everything red or slipping, with owners, for the board.</summary>
public sealed class ExceptionsModel(PlanStore store, PlanAccess access) : PlanPageModel(store, access)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();
}
