using GoldenThread.Data.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages.Account;

public sealed class AccessDeniedModel : PageModel
{
    public IActionResult OnGet()
    {
        // Someone signed in without any role is waiting for an Administrator, not refused one page.
        if (User.Identity?.IsAuthenticated == true && !Roles.All.Any(User.IsInRole))
        {
            return RedirectToPage("/Account/WaitingForAccess");
        }

        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
