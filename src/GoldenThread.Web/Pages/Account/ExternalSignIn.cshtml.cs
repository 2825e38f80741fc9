using GoldenThread.Data.Security;
using GoldenThread.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace GoldenThread.Web.Pages.Account;

/// <summary>Starts a sign-in with the council's identity provider (OpenID Connect), when one is configured.</summary>
public sealed class ExternalSignInModel(SignInManager<GoldenThreadUser> signInManager, IOptions<AuthenticationSettings> settings) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Account/SignIn");

    public IActionResult OnPost(string? returnUrl)
    {
        if (!settings.Value.OpenIdConnect.IsConfigured)
        {
            return NotFound();
        }

        var callback = Url.Page("/Account/ExternalCallback", new { returnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null });
        var properties = signInManager.ConfigureExternalAuthenticationProperties(OpenIdConnectSettings.Scheme, callback);
        return Challenge(properties, OpenIdConnectSettings.Scheme);
    }
}
