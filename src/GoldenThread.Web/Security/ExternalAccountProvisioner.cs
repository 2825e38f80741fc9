using System.Security.Claims;
using GoldenThread.Data;
using GoldenThread.Data.Auditing;
using GoldenThread.Data.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GoldenThread.Web.Security;

/// <summary>The outcome of an OpenID Connect sign-in for the local account.</summary>
public sealed record ProvisionResult(GoldenThreadUser? User, string? Refusal)
{
    public static ProvisionResult Refused(string reason) => new(null, reason);
}

/// <summary>
/// Finds or creates the local account of a person signing in with OpenID Connect and brings their role and scope up to date
/// from the claims (<see cref="ExternalClaimsMapper"/>). Every change is written to the audit trail.
/// </summary>
public sealed partial class ExternalAccountProvisioner(
    UserManager<GoldenThreadUser> users,
    GoldenThreadDbContext db,
    AuditTrail audit,
    IOptions<AuthenticationSettings> settings,
    ILogger<ExternalAccountProvisioner> logger)
{
    private static readonly AuditActor Provider = new("openid-connect", "OpenID Connect sign-in");

    public async Task<ProvisionResult> ProvisionAsync(string loginProvider, ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var identity = ExternalClaimsMapper.Read(principal.Claims, settings.Value.OpenIdConnect);
        var user = await users.FindByLoginAsync(loginProvider, identity.Subject);
        if (user is null)
        {
            var byEmail = identity.Email is null ? null : await users.FindByEmailAsync(identity.Email);
            if (byEmail is not null)
            {
                // Linking to an existing account by email is safe only when the provider has verified the address.
                if (!string.Equals(principal.FindFirst("email_verified")?.Value, "true", StringComparison.OrdinalIgnoreCase))
                {
                    return ProvisionResult.Refused("An account with your email address already exists. Ask an Administrator to link it to your council sign-in.");
                }

                user = byEmail;
            }
            else
            {
                user = new GoldenThreadUser
                {
                    UserName = identity.Email ?? $"{loginProvider}-{identity.Subject}",
                    Email = identity.Email,
                    EmailConfirmed = identity.Email is not null,
                    DisplayName = identity.DisplayName,
                    LockoutEnabled = true,
                };
                var created = await users.CreateAsync(user);
                if (!created.Succeeded)
                {
                    LogNotCreated(logger, string.Join("; ", created.Errors.Select(e => e.Code)));
                    return ProvisionResult.Refused("Your account could not be created. Ask an Administrator for help.");
                }

                await audit.RecordNowAsync(Provider, "User created", "User", user.Id, null, new { user.UserName, user.DisplayName, Source = "OpenID Connect" }, cancellationToken);
            }

            var linked = await users.AddLoginAsync(user, new UserLoginInfo(loginProvider, identity.Subject, settings.Value.OpenIdConnect.DisplayName));
            if (!linked.Succeeded)
            {
                return ProvisionResult.Refused("Your council sign-in could not be linked to your account. Ask an Administrator for help.");
            }

            await audit.RecordNowAsync(Provider, "Council sign-in linked", "User", user.Id, null, new { Provider = loginProvider }, cancellationToken);
        }

        await ApplyAsync(user, identity, cancellationToken);
        return new ProvisionResult(user, null);
    }

    private async Task ApplyAsync(GoldenThreadUser user, ExternalIdentity identity, CancellationToken cancellationToken)
    {
        var currentRoles = await users.GetRolesAsync(user);
        var currentRole = currentRoles.Count == 1 ? currentRoles[0] : null;
        var units = identity.TeamCode is { } code
            ? await db.OrgUnits.AsNoTracking().Where(o => o.Code == code).ToDictionaryAsync(o => o.Code, o => o.Id, cancellationToken)
            : new Dictionary<string, long>();
        var workers = identity.StaffId is { } staff
            ? await db.Workers.AsNoTracking().Where(w => w.StaffId == staff).ToDictionaryAsync(w => w.StaffId, w => w.Id, cancellationToken)
            : new Dictionary<string, long>();
        var assignment = ExternalClaimsMapper.Assign(identity, currentRole, user.OrgUnitId, user.WorkerId, units, workers);
        if (!assignment.ChangesRole && !assignment.ChangesOrgUnit && !assignment.ChangesWorker && currentRoles.Count <= 1)
        {
            return;
        }

        var before = new { Role = currentRole, user.OrgUnitId, user.WorkerId };
        if (assignment.ChangesRole || currentRoles.Count > 1)
        {
            await users.RemoveFromRolesAsync(user, currentRoles);
            if (assignment.Role is { } role)
            {
                await users.AddToRoleAsync(user, role);
            }
        }

        user.OrgUnitId = assignment.OrgUnitId;
        user.WorkerId = assignment.WorkerId;
        await users.UpdateAsync(user);
        await audit.RecordNowAsync(Provider, "User role and scope changed", "User", user.Id, before, new { assignment.Role, user.OrgUnitId, user.WorkerId, identity.Notes }, cancellationToken);
    }

    // Identity error codes only (e.g. DuplicateUserName): never the email address or name.
    [LoggerMessage(Level = LogLevel.Warning, Message = "An OpenID Connect account could not be created: {Errors}")]
    private static partial void LogNotCreated(ILogger logger, string errors);
}
