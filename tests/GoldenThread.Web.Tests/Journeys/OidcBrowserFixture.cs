using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GoldenThread.Web.Tests.Journeys;

/// <summary>
/// The app on real Kestrel configured only by settings to sign people in with <see cref="SyntheticOidcProvider"/>, a real
/// OpenID Connect provider on another loopback port, and headless Chromium to go between them.
/// </summary>
public sealed class OidcBrowserFixture : BrowserFixture
{
    public SyntheticOidcProvider Provider { get; } = new();

    protected override async Task<SqliteWebFactory> CreateFactoryAsync()
    {
        await Provider.StartAsync();
        return new OidcWebFactory(Provider);
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Provider.RedirectUri = new Uri(new Uri(BaseUrl), "/signin-oidc");
        Provider.PostLogoutRedirectUri = new Uri(new Uri(BaseUrl), "/signout-callback-oidc");
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Provider.DisposeAsync();
    }

    /// <summary>The settings a council would give: the provider's address, the client, and which group means which role.</summary>
    private sealed class OidcWebFactory(SyntheticOidcProvider provider) : SqliteWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Authentication:OpenIdConnect:Authority", provider.Issuer.AbsoluteUri);
            builder.UseSetting("Authentication:OpenIdConnect:ClientId", SyntheticOidcProvider.ClientId);
            builder.UseSetting("Authentication:OpenIdConnect:ClientSecret", provider.ClientSecret);
            builder.UseSetting("Authentication:OpenIdConnect:DisplayName", SyntheticOidcProvider.DisplayName);
            builder.UseSetting($"Authentication:OpenIdConnect:RoleMap:{SyntheticOidcProvider.TeamManagersGroup}", "TeamManager");

            // The real clock, as the browser and the provider have: the sign-in's correlation and nonce cookies expire by the
            // app's clock, so the fixed test date would send them to the browser already expired.
            builder.ConfigureTestServices(services => services.AddSingleton(TimeProvider.System));
        }
    }
}
