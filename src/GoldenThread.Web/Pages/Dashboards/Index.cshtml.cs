using GoldenThread.Web.Indicators;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages.Dashboards;

/// <summary>Sends a person to the dashboard for their role; without one (auditors), to the overview.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => Redirect(TargetPolicy.DashboardFor(User) ?? "/overview");
}
