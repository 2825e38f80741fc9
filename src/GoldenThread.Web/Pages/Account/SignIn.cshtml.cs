using GoldenThread.Data.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages.Account;

public sealed class SignInModel(SignInManager<GoldenThreadUser> signInManager) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public Dictionary<string, string> Errors { get; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            Errors["email"] = "Enter your email address";
        }

        if (string.IsNullOrEmpty(Password))
        {
            Errors["password"] = "Enter your password";
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var result = await signInManager.PasswordSignInAsync(Email!.Trim(), Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/overview");
        }

        Errors["email"] = result.IsLockedOut
            ? "Your account is locked after too many failed attempts. Try again in 15 minutes"
            : "Enter a correct email address and password";
        return Page();
    }
}
