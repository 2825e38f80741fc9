namespace GoldenThread.Web.Security;

/// <summary>Settings under <c>Authentication</c> (docs/adr/0014-openid-connect-and-immutable-audit-trail.md).</summary>
public sealed class AuthenticationSettings
{
    public const string Section = "Authentication";

    /// <summary>Minutes without a request after which a session ends (sliding: every request starts the count again).</summary>
    public int IdleTimeoutMinutes { get; set; } = 20;

    /// <summary>When true, every person signing in with a local password must set up two-factor authentication before using the service.</summary>
    public bool RequireTwoFactor { get; set; }

    /// <summary>The name shown in authenticator apps next to the account.</summary>
    public string TwoFactorIssuer { get; set; } = "GoldenThread";

    public OpenIdConnectSettings OpenIdConnect { get; set; } = new();
}

/// <summary>
/// Settings under <c>Authentication:OpenIdConnect</c>. Sign-in with the council's identity provider is offered only when
/// <see cref="Authority"/> and <see cref="ClientId"/> are both set.
/// </summary>
public sealed class OpenIdConnectSettings
{
    /// <summary>The authentication scheme name, also used as the login provider of linked accounts.</summary>
    public const string Scheme = "oidc";

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The button text on the sign-in page.</summary>
    public string DisplayName { get; set; } = "your council account";

    public string CallbackPath { get; set; } = "/signin-oidc";

    /// <summary>
    /// Whether signing out of GoldenThread also ends the person's session at the provider (RP-initiated logout): the browser is
    /// sent to the provider's end-session endpoint with the ID token from the sign-in and comes back to
    /// <see cref="SignedOutCallbackPath"/>. Only for people who signed in through the provider, and only when its discovery
    /// document names an end-session endpoint; otherwise sign-out ends GoldenThread's session alone.
    /// </summary>
    public bool SignOutOfProvider { get; set; } = true;

    /// <summary>Where the provider sends the browser back after signing the person out: the post-logout redirect URI to register.</summary>
    public string SignedOutCallbackPath { get; set; } = "/signout-callback-oidc";

    /// <summary>The claim holding the person's role or groups; each value is looked up in <see cref="RoleMap"/> or matched to a role name.</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>The claim holding the code of the service or team the person is scoped to (an org unit code).</summary>
    public string TeamClaim { get; set; } = "team";

    /// <summary>The claim holding a social worker's staff id, matched to the worker records for their own caseload.</summary>
    public string StaffIdClaim { get; set; } = "staff_id";

    public string EmailClaim { get; set; } = "email";

    public string NameClaim { get; set; } = "name";

    /// <summary>Values of the role claim (e.g. group names) and the GoldenThread role each means.</summary>
    public Dictionary<string, string> RoleMap { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Extra scopes to ask for besides openid, profile and email.</summary>
    public List<string> Scopes { get; set; } = [];

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>
    /// Whether the provider runs on this machine (localhost, 127.0.0.0/8 or ::1). Only then may its metadata and keys be
    /// fetched over plain HTTP, as the end-to-end tests do: that traffic never leaves the machine. Any other authority must
    /// use HTTPS.
    /// </summary>
    public bool IsLoopbackAuthority => Uri.TryCreate(Authority, UriKind.Absolute, out var uri) && uri.IsLoopback;
}
