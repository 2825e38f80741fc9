using GoldenThread.Data.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages.Account;

/// <summary>Signing in with one of the recovery codes given when two-factor authentication was set up; each code works once.</summary>
public sealed class SignInRecoveryCodeModel(SignInManager<GoldenThreadUser> signInManager) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public Dictionary<string, string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return RedirectToPage("/Account/SignIn");
        }

        var code = (Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
        if (code.Length == 0)
        {
            Errors["code"] = "Enter a recovery code";
            return Page();
        }

        var result = await signInManager.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            return await SignInModel.SignedInRedirectAsync(signInManager, user.UserName!, Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null);
        }

        Errors["code"] = result.IsLockedOut
            ? "Your account is locked after too many failed attempts. Try again in 15 minutes"
            : "The recovery code is not correct or has been used already";
        return Page();
    }
}
