using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace GoldenThread.Web.Security;

/// <summary>
/// Signing out of the council's identity provider as well as GoldenThread (OpenID Connect RP-Initiated Logout): the ID token
/// from the sign-in is kept in the application cookie, and at sign-out the browser goes to the provider's end-session endpoint
/// with it as <c>id_token_hint</c>, then back to the signed-out callback and on to "You have signed out"
/// (docs/adr/0014-openid-connect-and-immutable-audit-trail.md).
/// </summary>
public static class ProviderSignOut
{
    /// <summary>The name the ID token is kept under in the application cookie's authentication properties.</summary>
    public const string IdToken = OpenIdConnectParameterNames.IdToken;

    /// <summary>The ID token from a sign-in, for the application cookie: nothing else the provider sent is kept.</summary>
    public static AuthenticationProperties PropertiesKeeping(IEnumerable<AuthenticationToken>? tokens)
    {
        var properties = new AuthenticationProperties();
        if (tokens?.FirstOrDefault(t => t.Name == IdToken && !string.IsNullOrEmpty(t.Value)) is { } idToken)
        {
            properties.StoreTokens([new AuthenticationToken { Name = IdToken, Value = idToken.Value }]);
        }

        return properties;
    }

    /// <summary>
    /// What to send the OpenID Connect handler at sign-out: come back to the signed-out page, with the ID token as the hint.
    /// The token goes as a parameter, which reaches the handler's events and is never written into the <c>state</c>.
    /// </summary>
    public static AuthenticationProperties SignOutProperties(string idToken, string signedOutPath)
    {
        var properties = new AuthenticationProperties { RedirectUri = signedOutPath };
        properties.SetParameter(OpenIdConnectParameterNames.IdTokenHint, idToken);
        return properties;
    }

    /// <summary>The handler's events for keeping the ID token at sign-in and for the end-session request and its return.</summary>
    internal static void Configure(OpenIdConnectEvents events, OpenIdConnectSettings oidc, string signedOutPath)
    {
        events.OnTokenValidated = context =>
        {
            // Only the ID token, and only when it will be needed: the access token is not kept (SaveTokens stays off).
            if (oidc.SignOutOfProvider && context.TokenEndpointResponse?.IdToken is { Length: > 0 } idToken && context.Properties is { } properties)
            {
                properties.StoreTokens([new AuthenticationToken { Name = IdToken, Value = idToken }]);
            }

            return Task.CompletedTask;
        };

        events.OnRedirectToIdentityProviderForSignOut = context =>
        {
            // A provider whose discovery document names no end-session endpoint: GoldenThread's own sign-out is all there is.
            if (string.IsNullOrEmpty(context.ProtocolMessage.IssuerAddress))
            {
                context.Response.Redirect(signedOutPath);
                context.HandleResponse();
                return Task.CompletedTask;
            }

            context.ProtocolMessage.IdTokenHint = context.Properties.GetParameter<string>(OpenIdConnectParameterNames.IdTokenHint);
            context.ProtocolMessage.ClientId = oidc.ClientId;
            return Task.CompletedTask;
        };

        // The provider's return comes from another site, so the SameSite=Strict cookie is not sent (the person is signed out
        // already) and there is nothing to correlate: whatever the state says, or if there is none, the person lands on the
        // signed-out page, never on an address taken from the request.
        events.OnSignedOutCallbackRedirect = context =>
        {
            context.Response.Redirect(signedOutPath);
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }
}
