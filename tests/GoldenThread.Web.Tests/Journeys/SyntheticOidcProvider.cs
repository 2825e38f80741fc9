using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace GoldenThread.Web.Tests.Journeys;

/// <summary>A synthetic person the provider signs in: who they are and the claims their council account carries.</summary>
/// <param name="Roles">Values of the <c>roles</c> claim (group names the app maps to roles); empty for none at all.</param>
/// <param name="Team">The org unit code in the <c>team</c> claim, if any.</param>
public sealed record SyntheticOidcPerson(string Subject, string Email, string Name, IReadOnlyList<string> Roles, string? Team = null);

/// <summary>How the provider (or someone between it and the app) spoils a sign-in, for the tests that the app refuses it.</summary>
public enum OidcTampering
{
    None,

    /// <summary>The authorization response carries a <c>state</c> the app never issued (a forged or replayed callback).</summary>
    ForgedState,

    /// <summary>The ID token is signed by a key the provider never published (under the provider's key id).</summary>
    ForeignSigningKey,

    /// <summary>The ID token is signed by the provider's own key but names another issuer.</summary>
    WrongIssuer,
}

/// <summary>What the provider saw of an authorization request, so tests can show how the app asked.</summary>
public sealed record OidcAuthorizationRequest(string? ClientId, string? ResponseType, string? ResponseMode, string? CodeChallengeMethod, bool HasCodeChallenge, bool HasNonce, IReadOnlyList<string> Scopes);

/// <summary>What the provider saw of an end-session (RP-initiated logout) request.</summary>
/// <param name="HintSubject">The subject of the <c>id_token_hint</c> once the provider had validated it as one of its own ID tokens; null without a valid hint.</param>
/// <param name="HintAudiences">The audiences of that ID token: the client it was issued to.</param>
/// <param name="HadSession">Whether the browser still held a session at the provider, which the request ended.</param>
public sealed record OidcEndSessionRequest(bool HasIdTokenHint, string? HintSubject, IReadOnlyList<string> HintAudiences, string? ClientId, string? PostLogoutRedirectUri, bool HasState, bool HadSession);

/// <summary>
/// A real OpenID Connect provider (OpenIddict server) on a loopback Kestrel port, for the end-to-end sign-in journeys. It keeps
/// nothing in a database (degraded mode: codes and tokens are self-contained, the client is checked by the handlers below), its
/// signing and encryption keys are generated for each run, and it signs in whichever synthetic person the test has chosen
/// (<see cref="NextPerson"/>) without a login form. It is addressed as <c>localhost</c> while the app runs on 127.0.0.1, so the
/// two are different sites to the browser, as a council's provider and GoldenThread are.
/// </summary>
public sealed class SyntheticOidcProvider : IAsyncDisposable
{
    public const string ClientId = "goldenthread-e2e";
    public const string DisplayName = "Synthetic Council account";
    public const string TeamManagersGroup = "gt-team-managers";

    /// <summary>The provider's own session cookie, set when it signs someone in and removed when it signs them out.</summary>
    public const string SessionCookie = "synthetic_provider_session";

    private readonly ConcurrentQueue<OidcAuthorizationRequest> _authorizationRequests = new();
    private readonly ConcurrentQueue<OidcEndSessionRequest> _endSessionRequests = new();
    private readonly ConcurrentDictionary<string, string> _sessions = new(StringComparer.Ordinal);
    private readonly RSA _foreignKey = RSA.Create(2048);
    private WebApplication? _app;
    private volatile SyntheticOidcPerson? _nextPerson;
    private volatile int _tampering;

    /// <summary>The client secret, new for each run: no secret is written down anywhere.</summary>
    public string ClientSecret { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The provider's address and issuer, e.g. <c>http://localhost:41234/</c>.</summary>
    public Uri Issuer { get; private set; } = null!;

    /// <summary>The app's callback address: the only redirect URI the provider accepts (set once the app has a port).</summary>
    public Uri? RedirectUri { get; set; }

    /// <summary>The app's signed-out callback: the only post-logout redirect URI the provider accepts.</summary>
    public Uri? PostLogoutRedirectUri { get; set; }

    /// <summary>Who the provider signs in on the next authorization request; null refuses it (<c>access_denied</c>).</summary>
    public SyntheticOidcPerson? NextPerson
    {
        get => _nextPerson;
        set => _nextPerson = value;
    }

    public OidcTampering Tampering
    {
        get => (OidcTampering)_tampering;
        set => _tampering = (int)value;
    }

    public IReadOnlyCollection<OidcAuthorizationRequest> AuthorizationRequests => _authorizationRequests;

    public IReadOnlyCollection<OidcEndSessionRequest> EndSessionRequests => _endSessionRequests;

    /// <summary>Whether someone with this subject still has a session at the provider (signed in and not signed out).</summary>
    public bool HasSessionFor(string subject) => _sessions.Values.Contains(subject, StringComparer.Ordinal);

    /// <summary>How many authorization codes the token endpoint has redeemed.</summary>
    public int CodesRedeemed => _codesRedeemed;

    private int _codesRedeemed;

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production", ApplicationName = typeof(SyntheticOidcProvider).Assembly.GetName().Name });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.SetAuthorizationEndpointUris("connect/authorize")
                .SetTokenEndpointUris("connect/token")
                .SetUserInfoEndpointUris("connect/userinfo")
                .SetEndSessionEndpointUris("connect/endsession");
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            options.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email);
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            options.EnableDegradedMode();
            options.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableEndSessionEndpointPassthrough().DisableTransportSecurityRequirement();

            // Degraded mode leaves checking the client to these handlers: only this client, only its callback, only its secret.
            options.AddEventHandler<ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (!string.Equals(context.ClientId, ClientId, StringComparison.Ordinal))
                {
                    context.Reject(Errors.InvalidClient, "The client is not known to this provider.");
                }
                else if (RedirectUri is null || !string.Equals(context.RedirectUri, RedirectUri.AbsoluteUri, StringComparison.Ordinal))
                {
                    context.Reject(Errors.InvalidRequest, "The redirect_uri is not registered for this client.");
                }

                return default;
            }));
            options.AddEventHandler<ValidateEndSessionRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId is not null && !string.Equals(context.ClientId, ClientId, StringComparison.Ordinal))
                {
                    context.Reject(Errors.InvalidClient, "The client is not known to this provider.");
                }
                else if (context.PostLogoutRedirectUri is not null
                    && (PostLogoutRedirectUri is null || !string.Equals(context.PostLogoutRedirectUri, PostLogoutRedirectUri.AbsoluteUri, StringComparison.Ordinal)))
                {
                    context.Reject(Errors.InvalidRequest, "The post_logout_redirect_uri is not registered for this client.");
                }

                return default;
            }));
            options.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (!string.Equals(context.ClientId, ClientId, StringComparison.Ordinal)
                    || !CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(context.Request.ClientSecret ?? string.Empty), System.Text.Encoding.UTF8.GetBytes(ClientSecret)))
                {
                    context.Reject(Errors.InvalidClient, "The client credentials are not valid.");
                }

                return default;
            }));
            options.AddEventHandler<HandleTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                Interlocked.Increment(ref _codesRedeemed);
                return default;
            }));

            // The tampering, applied just before the provider writes its response.
            options.AddEventHandler<ApplyAuthorizationResponseContext>(handler => handler
                .UseInlineHandler(context =>
                {
                    if (Tampering == OidcTampering.ForgedState && context.Response.Code is not null)
                    {
                        context.Response.State = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(96));
                    }

                    return default;
                })
                .SetOrder(OpenIddictServerHandlers.Authentication.AttachResponseState.Descriptor.Order + 1));
            options.AddEventHandler<ApplyTokenResponseContext>(handler => handler
                .UseInlineHandler(context =>
                {
                    if (context.Response.IdToken is { } idToken && Tampering is OidcTampering.ForeignSigningKey or OidcTampering.WrongIssuer)
                    {
                        context.Response.IdToken = Tamper(idToken, context.Options);
                    }

                    return default;
                })
                .SetOrder(int.MinValue + 100_000));
        });

        _app = builder.Build();
        _app.UseRouting();
        _app.UseAuthentication();
        _app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], Authorize);
        _app.MapMethods("/connect/endsession", [HttpMethods.Get, HttpMethods.Post], (Func<HttpContext, Task<IResult>>)EndSessionAsync);
        await _app.StartAsync();

        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Issuer = new Uri($"http://localhost:{new Uri(address).Port}/");
    }

    private IResult Authorize(HttpContext http)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        _authorizationRequests.Enqueue(new OidcAuthorizationRequest(
            request.ClientId, request.ResponseType, request.ResponseMode, request.CodeChallengeMethod, !string.IsNullOrEmpty(request.CodeChallenge), !string.IsNullOrEmpty(request.Nonce), [.. request.GetScopes()]));

        if (NextPerson is not { } person)
        {
            return Results.Forbid(
                new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.AccessDenied,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The person may not use this application.",
                }),
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var identity = new ClaimsIdentity(nameof(SyntheticOidcProvider), Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, person.Subject)
            .SetClaim(Claims.Email, person.Email)
            .SetClaim(Claims.Name, person.Name);
        foreach (var role in person.Roles)
        {
            identity.AddClaim(new Claim("roles", role));
        }

        if (person.Team is { } team)
        {
            identity.SetClaim("team", team);
        }

        // The provider's own session, as a council's would have: ended only by its end-session endpoint.
        var session = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _sessions[session] = person.Subject;
        http.Response.Cookies.Append(SessionCookie, session, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/" });

        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(static _ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>
    /// The end-session endpoint: OpenIddict has validated the request (the <c>id_token_hint</c> as one of this provider's ID
    /// tokens, and the client and post-logout redirect URI in the handler above); this records what came, ends the provider's
    /// session, and lets OpenIddict send the browser back to the post-logout redirect URI with the <c>state</c>.
    /// </summary>
    private async Task<IResult> EndSessionAsync(HttpContext http)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var hint = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
        var hadSession = http.Request.Cookies.TryGetValue(SessionCookie, out var session) && _sessions.TryRemove(session, out _);
        _endSessionRequests.Enqueue(new OidcEndSessionRequest(
            !string.IsNullOrEmpty(request.IdTokenHint),
            hint?.GetClaim(Claims.Subject),
            hint is null ? [] : [.. hint.GetClaims(Claims.Audience).Concat(hint.GetAudiences()).Distinct(StringComparer.Ordinal)],
            request.ClientId,
            request.PostLogoutRedirectUri,
            !string.IsNullOrEmpty(request.State),
            hadSession));

        http.Response.Cookies.Delete(SessionCookie, new CookieOptions { Path = "/" });
        return Results.SignOut(properties: null, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    /// <summary>The ID token as an attacker would forge it: the same claims, signed with another key or naming another issuer.</summary>
    private string Tamper(string idToken, OpenIddictServerOptions options)
    {
        var original = new JsonWebToken(idToken);
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(original.EncodedPayload))!.AsObject();
        SigningCredentials credentials;
        if (Tampering == OidcTampering.WrongIssuer)
        {
            payload["iss"] = new Uri(Issuer, "impostor/").AbsoluteUri;
            credentials = options.SigningCredentials.First();
        }
        else
        {
            credentials = new SigningCredentials(new RsaSecurityKey(_foreignKey) { KeyId = original.Kid }, SecurityAlgorithms.RsaSha256);
        }

        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(payload.ToJsonString(), credentials);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _foreignKey.Dispose();
    }
}
