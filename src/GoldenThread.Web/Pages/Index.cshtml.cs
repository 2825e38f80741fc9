using GoldenThread.Web.Indicators;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages;

/// <summary>The home page sends a signed-in person to their role's dashboard (auditors, who have none, to the overview).</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => Redirect(TargetPolicy.DashboardFor(User) ?? "/overview");
}
