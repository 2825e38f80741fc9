using GoldenThread.Data.Security;
using GoldenThread.Web.Indicators;
using GoldenThread.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace GoldenThread.Web.Pages.Account;

public sealed class SignInModel(SignInManager<GoldenThreadUser> signInManager, IOptions<AuthenticationSettings> settings) : PageModel
{
    /// <summary>The council's identity provider, when OpenID Connect is configured; otherwise null.</summary>
    public OpenIdConnectSettings? OpenIdConnect => settings.Value.OpenIdConnect.IsConfigured ? settings.Value.OpenIdConnect : null;

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
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/SignInTwoFactor", new { returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null });
        }

        if (result.Succeeded)
        {
            return await SignedInRedirectAsync(signInManager, Email.Trim(), Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null);
        }

        Errors["email"] = result.IsLockedOut
            ? "Your account is locked after too many failed attempts. Try again in 15 minutes"
            : "Enter a correct email address and password";
        return Page();
    }

    /// <summary>
    /// Where a person goes once signed in (with a password, a two-factor code, a recovery code or the council's identity
    /// provider): where they were going when that is a local address, otherwise their role's own dashboard (the overview
    /// for a role without one); someone without a role waits for access. Callers pass only a URL that
    /// <c>Url.IsLocalUrl</c> accepted, and <see cref="LocalRedirectResult"/> refuses any other.
    /// </summary>
    internal static async Task<IActionResult> SignedInRedirectAsync(SignInManager<GoldenThreadUser> signInManager, string userName, string? returnUrl) =>
        new LocalRedirectResult(await SignedInDestinationAsync(signInManager, userName, returnUrl));

    /// <inheritdoc cref="SignedInRedirectAsync"/>
    internal static async Task<string> SignedInDestinationAsync(SignInManager<GoldenThreadUser> signInManager, string userName, string? returnUrl)
    {
        var user = await signInManager.UserManager.FindByNameAsync(userName) ?? await signInManager.UserManager.FindByEmailAsync(userName);
        var roles = user is null ? [] : await signInManager.UserManager.GetRolesAsync(user);
        if (user is not null && roles.Count == 0)
        {
            return "/account/waiting-for-access";
        }

        return returnUrl ?? TargetPolicy.DashboardFor(roles) ?? "/overview";
    }
}
