using System.Security.Claims;
using GoldenThread.Data.Auditing;
using GoldenThread.Data.Security;
using GoldenThread.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace GoldenThread.Web.Security;

/// <summary>Policies for administration and account pages.</summary>
public static class SecurityPolicies
{
    /// <summary>User management, the audit trail and the access report: Administrators.</summary>
    public const string Administration = nameof(Administration);

    /// <summary>A person's own account settings (two-factor authentication): anyone signed in, with or without a role.</summary>
    public const string SignedIn = nameof(SignedIn);
}

public static partial class SecurityRegistration
{
    /// <summary>
    /// Settings, policies and services for sign-in and administration: the idle timeout, two-factor authentication,
    /// OpenID Connect when configured, and the audit trail.
    /// </summary>
    public static IServiceCollection AddGoldenThreadSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(AuthenticationSettings.Section);
        var settings = section.Get<AuthenticationSettings>() ?? new AuthenticationSettings();
        services.AddOptions<AuthenticationSettings>().Bind(section);

        // Every page needs a role: a person signed in without one (a new council account) waits for an Administrator.
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(Roles.All).Build())
            .AddPolicy(SecurityPolicies.Administration, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator))
            .AddPolicy(SecurityPolicies.SignedIn, p => p.RequireAuthenticatedUser());

        services.ConfigureApplicationCookie(options =>
        {
            options.ExpireTimeSpan = TimeSpan.FromMinutes(Math.Max(1, settings.IdleTimeoutMinutes));
            options.SlidingExpiration = true;
        });

        // Role and scope changes reach a signed-in person within a minute; a locked person's sessions end within a minute.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        if (settings.OpenIdConnect.IsConfigured)
        {
            AddOpenIdConnect(services, settings.OpenIdConnect);
        }

        services.AddScoped<AuditTrail>();
        services.AddScoped<ExternalAccountProvisioner>();
        return services;
    }

    /// <summary>Which folders and pages the security policies guard, and the two-factor enrolment requirement.</summary>
    public static PageConventionCollection AddSecurityConventions(this PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AuthorizeFolder("/Admin", SecurityPolicies.Administration);
        conventions.AuthorizeFolder("/Account/TwoFactor", SecurityPolicies.SignedIn);
        conventions.AddFolderApplicationModelConvention("/", model => model.Filters.Add(new TwoFactorEnrolmentFilter()));
        return conventions;
    }

    /// <summary>The person making a change, for the audit trail.</summary>
    public static AuditActor AuditActor(this CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new AuditActor(user.UserId, user.UserName);
    }

    private static void AddOpenIdConnect(IServiceCollection services, OpenIdConnectSettings oidc)
    {
        services.AddAuthentication().AddOpenIdConnect(OpenIdConnectSettings.Scheme, oidc.DisplayName, options =>
        {
            options.SignInScheme = IdentityConstants.ExternalScheme;
            options.Authority = oidc.Authority;
            options.RequireHttpsMetadata = !oidc.IsLoopbackAuthority;
            options.ClientId = oidc.ClientId;
            options.ClientSecret = oidc.ClientSecret;
            options.CallbackPath = oidc.CallbackPath;
            options.SignedOutCallbackPath = oidc.SignedOutCallbackPath;
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.UsePkce = true;
            options.SaveTokens = false;
            options.GetClaimsFromUserInfoEndpoint = true;
            options.MapInboundClaims = false;
            options.Scope.Clear();
            foreach (var scope in new[] { "openid", "profile", "email" }.Concat(oidc.Scopes))
            {
                options.Scope.Add(scope);
            }

            options.TokenValidationParameters.NameClaimType = oidc.NameClaim;
            options.TokenValidationParameters.RoleClaimType = ClaimTypes.Role;
            // The correlation and nonce cookies must come back on the provider's cross-site redirect.
            options.CorrelationCookie.SameSite = SameSiteMode.None;
            options.NonceCookie.SameSite = SameSiteMode.None;
            options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.Always;
            options.NonceCookie.SecurePolicy = CookieSecurePolicy.Always;

            ProviderSignOut.Configure(options.Events, oidc, Pages.Account.SignOutModel.SignedOutPath);

            // A sign-in the provider refuses, or whose answer fails a check (state, correlation, signature, issuer, nonce), ends
            // on a page that says so: not the error page for a fault in the service, and never the exception.
            options.Events.OnRemoteFailure = context =>
            {
                var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SecurityRegistration));
                LogRemoteFailure(logger, DescribeRemoteFailure(context.Failure));
                context.Response.Redirect(Pages.Account.ExternalCallbackModel.FailedPath);
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }

    /// <summary>
    /// Why a sign-in with the provider failed, for the log: the exception's type with the IdentityModel code (IDX…) or the
    /// provider's OAuth error code, or ASP.NET Core's own fixed message. Never the provider's error description or a token's
    /// contents, which can name the person.
    /// </summary>
    internal static string DescribeRemoteFailure(Exception? failure)
    {
        if (failure is null)
        {
            return "unknown";
        }

        var type = failure.GetType().Name;
        if (failure.Data["error"] is string error)
        {
            // Whoever sends the callback chooses this value: only a word like access_denied is written down.
            return $"{type}: the provider answered {(OAuthErrorCode().IsMatch(error) ? error : "something that is not an error code")}";
        }

        if (IdentityModelCode().Match(failure.Message) is { Success: true } code)
        {
            return $"{type}: {code.Value}";
        }

        return failure is AuthenticationFailureException ? $"{type}: {failure.Message}" : type;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^IDX\d+")]
    private static partial System.Text.RegularExpressions.Regex IdentityModelCode();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[a-z_]{1,64}\z")]
    private static partial System.Text.RegularExpressions.Regex OAuthErrorCode();

    [LoggerMessage(Level = LogLevel.Warning, Message = "A sign-in with the OpenID Connect provider was refused: {Reason}")]
    private static partial void LogRemoteFailure(ILogger logger, string reason);
}
