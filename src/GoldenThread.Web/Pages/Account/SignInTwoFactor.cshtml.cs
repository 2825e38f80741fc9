using GoldenThread.Data.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages.Account;

/// <summary>The second step of signing in for someone with two-factor authentication: the code from their authenticator app.</summary>
public sealed class SignInTwoFactorModel(SignInManager<GoldenThreadUser> signInManager) : PageModel
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

        var code = new string((Code ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        if (code.Length == 0)
        {
            Errors["code"] = "Enter the 6-digit code from your authenticator app";
            return Page();
        }

        if (code.Length != 6)
        {
            Errors["code"] = "The code must be 6 digits";
            return Page();
        }

        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return await SignInModel.SignedInRedirectAsync(signInManager, user.UserName!, Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null);
        }

        Errors["code"] = result.IsLockedOut
            ? "Your account is locked after too many failed attempts. Try again in 15 minutes"
            : "The code is not correct or has expired. Enter the code shown in your authenticator app now";
        return Page();
    }
}
