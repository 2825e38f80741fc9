using System.Security.Claims;
using GoldenThread.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace GoldenThread.Web.Tests.Security;

/// <summary>One app on SQLite shared by the security test classes in <see cref="SecurityCollection"/>, to start the demo authority once.</summary>
public sealed class SecurityWebFactory : SqliteWebFactory;

[CollectionDefinition(Name)]
public sealed class SecurityCollection : ICollectionFixture<SecurityWebFactory>
{
    public const string Name = "Security";
}

/// <summary>The app with two-factor authentication required of everyone signing in with a password.</summary>
public sealed class RequireTwoFactorFactory : SqliteWebFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Authentication:RequireTwoFactor", "true");
    }
}

/// <summary>
/// The app with OpenID Connect configured. The provider is never contacted: <see cref="ProviderReturnPath"/> stands in
/// for its return, issuing the external sign-in cookie the OpenID Connect handler would, with the claims in the query (and
/// an <c>id_token</c> in the query kept as the sign-in's ID token, as the handler keeps it), and the provider's discovery
/// document is <see cref="ProviderConfiguration"/>.
/// </summary>
public class OpenIdConnectFactory : SqliteWebFactory
{
    public const string ProviderReturnPath = "/test/provider-returns";
    public const string EndSessionEndpoint = "https://login.synthetic-council.example/connect/endsession";

    /// <summary>The provider's metadata as its discovery document would give it; a test may take the end-session endpoint away.</summary>
    public OpenIdConnectConfiguration ProviderConfiguration { get; } = new()
    {
        Issuer = "https://login.synthetic-council.example",
        AuthorizationEndpoint = "https://login.synthetic-council.example/connect/authorize",
        TokenEndpoint = "https://login.synthetic-council.example/connect/token",
        EndSessionEndpoint = EndSessionEndpoint,
    };

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Authentication:OpenIdConnect:Authority", "https://login.synthetic-council.example");
        builder.UseSetting("Authentication:OpenIdConnect:ClientId", "goldenthread-test");
        builder.UseSetting("Authentication:OpenIdConnect:ClientSecret", "synthetic-secret");
        builder.UseSetting("Authentication:OpenIdConnect:DisplayName", "Synthetic Council account");
        builder.UseSetting("Authentication:OpenIdConnect:RoleClaim", "groups");
        builder.UseSetting("Authentication:OpenIdConnect:RoleMap:gt-team-managers", "TeamManager");
        builder.UseSetting("Authentication:OpenIdConnect:RoleMap:gt-analysts", "Analyst");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter, ProviderReturn>();
            services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectSettings.Scheme, options =>
            {
                options.Configuration = ProviderConfiguration;
                options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(ProviderConfiguration);
            });
        });
    }

    private sealed class ProviderReturn : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            // Not app.Map: that would move the path base, and the cookie with it, to the stand-in's own path.
            app.Use(async (context, rest) =>
            {
                if (context.Request.Path != ProviderReturnPath)
                {
                    await rest(context);
                    return;
                }

                var claims = context.Request.Query.Where(q => q.Key != ProviderSignOut.IdToken).Select(q => new Claim(q.Key, q.Value.ToString()));
                var properties = new AuthenticationProperties();
                properties.Items["LoginProvider"] = OpenIdConnectSettings.Scheme;
                if (context.Request.Query.TryGetValue(ProviderSignOut.IdToken, out var idToken))
                {
                    properties.StoreTokens([new AuthenticationToken { Name = ProviderSignOut.IdToken, Value = idToken.ToString() }]);
                }

                await context.SignInAsync(IdentityConstants.ExternalScheme, new ClaimsPrincipal(new ClaimsIdentity(claims, "oidc")), properties);
            });
            next(app);
        };
    }
}

/// <summary>The app with OpenID Connect configured and <c>SignOutOfProvider</c> off: signing out ends GoldenThread's session alone.</summary>
public sealed class AppOnlySignOutFactory : OpenIdConnectFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Authentication:OpenIdConnect:SignOutOfProvider", "false");
    }
}

/// <summary>The app with a short idle timeout, so a test can cross it with the fake clock.</summary>
public sealed class IdleTimeoutFactory : SqliteWebFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Authentication:IdleTimeoutMinutes", "10");
    }
}
