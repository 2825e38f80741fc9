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
    /// <summary>The query that sends a failed sign-in here (<see cref="SecurityRegistration"/>, on a remote failure).</summary>
    public const string FailedPath = "/account/external-callback?handler=failed";

    public string? Problem { get; private set; }

    /// <summary>Where the person goes once signed in; null when they could not be.</summary>
    public string? Next { get; private set; }

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

        // The ID token (when the provider is to be signed out of too) goes into the application cookie for the sign-out's hint.
        await signInManager.SignInAsync(user, ProviderSignOut.PropertiesKeeping(info.AuthenticationTokens), info.LoginProvider);

        // Not a redirect: the sign-in cookie is SameSite=Strict, and browsers send no Strict cookie on any request of a
        // navigation that began at another site (the provider's form post, then every redirect after it), so a redirect would
        // land the person on the sign-in page as if they had not signed in. This page sends them on itself (an instant
        // refresh, and a link), which is a navigation GoldenThread starts, so the cookie goes with it.
        Next = await SignInModel.SignedInDestinationAsync(signInManager, user.UserName!, Url.IsLocalUrl(returnUrl) ? returnUrl : null);
        return Page();
    }

    /// <summary>The provider refused the sign-in, or its answer did not pass the checks (state, signature, issuer, nonce).</summary>
    public void OnGetFailed() =>
        Problem = "Your sign-in with your council account could not be completed, so you have not been signed in. Try again. If it happens again, contact your IT service desk.";
}
