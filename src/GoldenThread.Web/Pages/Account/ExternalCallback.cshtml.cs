using GoldenThread.Data.Security;
using GoldenThread.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages.Account;

/// <summary>
/// Where the identity provider sends people back: finds or creates their local account, brings role and team up to date
/// from the claims, and signs them in. Someone without a role waits for an Administrator.
/// </summary>
public sealed class ExternalCallbackModel(SignInManager<GoldenThreadUser> signInManager, ExternalAccountProvisioner provisioner) : PageModel
{
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        var info = await signInManager.GetExternalLoginInfoAsync();
        if (info is null)
        {
            Problem = "Your sign-in with your council account did not complete. Try again.";
            return Page();
        }

        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        var result = await provisioner.ProvisionAsync(info.LoginProvider, info.Principal, cancellationToken);
        if (result.User is not { } user)
        {
            Problem = result.Refusal;
            return Page();
        }

        if (await signInManager.UserManager.IsLockedOutAsync(user))
        {
            Problem = "Your account is locked. Ask an Administrator to unlock it.";
            return Page();
        }

        await signInManager.SignInAsync(user, isPersistent: false, authenticationMethod: info.LoginProvider);
        return await SignInModel.SignedInRedirectAsync(signInManager, user.UserName!, Url.IsLocalUrl(returnUrl) ? returnUrl : null);
    }
}
