using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace GoldenThread.Web.Security;

/// <summary>
/// When two-factor authentication is required (setting Authentication:RequireTwoFactor), a person who signed in with a
/// password alone is sent to set it up before any other page. People signed in through OpenID Connect rely on their
/// provider's own second factor.
/// </summary>
public sealed class TwoFactorEnrolmentFilter : IAsyncPageFilter
{
    /// <summary>The "amr" value Identity gives a sign-in by password alone.</summary>
    public const string PasswordOnly = "pwd";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var path = http.Request.Path;
        if (http.User.Identity?.IsAuthenticated == true
            && http.User.HasClaim("amr", PasswordOnly)
            && !path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments("/error", StringComparison.OrdinalIgnoreCase)
            && http.RequestServices.GetRequiredService<IOptions<AuthenticationSettings>>().Value.RequireTwoFactor)
        {
            context.Result = new RedirectResult("/account/two-factor/enrol?required=true");
            return;
        }

        await next();
    }
}
