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

/// <summary>The app with OpenID Connect configured (the provider is never contacted: only registration and account mapping are tested).</summary>
public sealed class OpenIdConnectFactory : SqliteWebFactory
{
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
