using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages;

/// <summary>
/// The page for a fault or an error status. It is re-executed with the method of the request that failed, so it takes no
/// antiforgery token: otherwise a failed form post would end in a blank 400 instead of this page.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Sorry, there is a problem with the service";

    public string Explanation { get; private set; } = "Try again later. The problem has been recorded.";

    public void OnGet(int? status)
    {
        (Heading, Explanation) = status switch
        {
            404 => ("Page not found", "If you typed the web address, check it is correct. If you followed a link to a child's record, you may not have access to it."),
            403 => ("You do not have access to this page", "Your role does not allow you to see this page. Ask an administrator if you need access."),
            _ => (Heading, Explanation),
        };
    }
}
