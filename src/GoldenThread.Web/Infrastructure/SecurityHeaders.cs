using GoldenThread.Web.Security;
using Microsoft.Extensions.Options;

namespace GoldenThread.Web.Infrastructure;

/// <summary>
/// Security headers on every response: a strict Content Security Policy (scripts and styles from this site only, no framing),
/// no MIME sniffing, no referrer to other sites, and no access to device features.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The policy, with the council's identity provider added to <c>form-action</c> when OpenID Connect is configured: the
    /// "Sign in with your council account" form posts here and is redirected to the provider, and browsers hold a form's
    /// redirects to <c>form-action</c> too, so with <c>'self'</c> alone the browser blocks the sign-in.
    /// </summary>
    public static string ContentSecurityPolicyFor(OpenIdConnectSettings openIdConnect)
    {
        ArgumentNullException.ThrowIfNull(openIdConnect);
        return openIdConnect.IsConfigured && Uri.TryCreate(openIdConnect.Authority, UriKind.Absolute, out var authority)
            ? ContentSecurityPolicy.Replace("form-action 'self'", $"form-action 'self' {authority.GetLeftPart(UriPartial.Authority)}", StringComparison.Ordinal)
            : ContentSecurityPolicy;
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var policy = ContentSecurityPolicyFor(app.ApplicationServices.GetRequiredService<IOptions<AuthenticationSettings>>().Value.OpenIdConnect);
        return app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                if (!headers.ContainsKey("Cache-Control") && context.User.Identity?.IsAuthenticated == true)
                {
                    // Pages with child-level data are never kept by shared caches or the browser's back-forward cache.
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            await next();
        });
    }
}
