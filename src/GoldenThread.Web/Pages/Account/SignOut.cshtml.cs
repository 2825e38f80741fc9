using GoldenThread.Data.Security;
using GoldenThread.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace GoldenThread.Web.Pages.Account;

/// <summary>
/// Ends the GoldenThread session and, for someone who signed in through the council's identity provider (when
/// <see cref="OpenIdConnectSettings.SignOutOfProvider"/> is on), the provider's session too, coming back here to
/// "You have signed out".
/// </summary>
public sealed partial class SignOutModel(SignInManager<GoldenThreadUser> signInManager, IOptions<AuthenticationSettings> settings, ILogger<SignOutModel> logger) : PageModel
{
    /// <summary>"You have signed out": where every sign-out ends, through the provider or not.</summary>
    public const string SignedOutPath = "/account/sign-out";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // Only a session that began at the provider holds an ID token; a local account's never does.
        var idToken = await HttpContext.GetTokenAsync(IdentityConstants.ApplicationScheme, ProviderSignOut.IdToken);
        await signInManager.SignOutAsync();

        var oidc = settings.Value.OpenIdConnect;
        if (string.IsNullOrEmpty(idToken) || !oidc.IsConfigured || !oidc.SignOutOfProvider)
        {
            return RedirectToPage();
        }

        try
        {
            // The OpenID Connect handler answers with the redirect to the provider's end-session endpoint.
            await HttpContext.SignOutAsync(OpenIdConnectSettings.Scheme, ProviderSignOut.SignOutProperties(idToken, SignedOutPath));
            return new EmptyResult();
        }
        catch (InvalidOperationException e)
        {
            // The provider's discovery document could not be fetched: GoldenThread's session has ended all the same.
            LogProviderSignOutFailed(logger, SecurityRegistration.DescribeRemoteFailure(e));
            return RedirectToPage();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Signing out of the OpenID Connect provider was not possible, so only GoldenThread's session ended: {Reason}")]
    private static partial void LogProviderSignOutFailed(ILogger logger, string reason);
}
