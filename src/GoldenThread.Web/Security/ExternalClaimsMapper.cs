using System.Security.Claims;
using GoldenThread.Data.Security;

namespace GoldenThread.Web.Security;

/// <summary>What the identity provider says about a person, read from the claims of their sign-in.</summary>
/// <param name="Role">The one GoldenThread role the claims give, or null when they give none or more than one.</param>
/// <param name="RoleClaimPresent">Whether the provider sent the role claim at all: without it, roles are left to Administrators.</param>
public sealed record ExternalIdentity(
    string Subject,
    string? Email,
    string DisplayName,
    string? Role,
    bool RoleClaimPresent,
    string? TeamCode,
    string? StaffId,
    IReadOnlyList<string> Notes);

/// <summary>The changes a sign-in makes to a person's local account: their role and scope as the provider now states them.</summary>
public sealed record AccountAssignment(string? Role, long? OrgUnitId, long? WorkerId, bool ChangesRole, bool ChangesOrgUnit, bool ChangesWorker);

/// <summary>
/// Reads role and team from an OpenID Connect sign-in's claims. Pure: no database, no HTTP. The rules
/// (docs/adr/0014-openid-connect-and-immutable-audit-trail.md): a role claim value counts if it is in the role map or is a role
/// name; exactly one role must result, otherwise the person waits for an Administrator. A team code counts only if it is a
/// known service or team.
/// </summary>
public static class ExternalClaimsMapper
{
    public static ExternalIdentity Read(IEnumerable<Claim> claims, OpenIdConnectSettings settings)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(settings);
        var list = claims.ToList();
        var notes = new List<string>();
        string? Value(params string[] types) =>
            types.Select(t => list.FirstOrDefault(c => c.Type == t)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

        var subject = Value("sub", ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("The identity provider did not send a subject (sub) claim.");
        var email = Value(settings.EmailClaim, ClaimTypes.Email, "preferred_username");
        var name = Value(settings.NameClaim, ClaimTypes.Name) ?? email ?? subject;

        var roleValues = list.Where(c => c.Type == settings.RoleClaim || (settings.RoleClaim == "roles" && c.Type == ClaimTypes.Role))
            .SelectMany(c => SplitValues(c.Value))
            .ToList();
        var roles = roleValues.Select(v => MapRole(v, settings)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        string? role = null;
        if (roleValues.Count > 0)
        {
            if (roles.Count == 1)
            {
                role = roles[0];
            }
            else if (roles.Count == 0)
            {
                notes.Add("No value of the role claim matches a GoldenThread role.");
            }
            else
            {
                notes.Add($"The role claim gives more than one role ({string.Join(", ", roles)}); an Administrator must choose one.");
            }
        }

        return new ExternalIdentity(subject, email, name, role, roleValues.Count > 0, Value(settings.TeamClaim), Value(settings.StaffIdClaim), notes);
    }

    /// <summary>
    /// What the account should hold after this sign-in. Without a role claim, the role and scope an Administrator assigned are
    /// kept. With one, the provider decides: the role, the org unit whose code the team claim names, and (for social workers)
    /// the worker whose staff id the staff id claim names.
    /// </summary>
    public static AccountAssignment Assign(
        ExternalIdentity identity,
        string? currentRole,
        long? currentOrgUnit,
        long? currentWorker,
        IReadOnlyDictionary<string, long> orgUnitsByCode,
        IReadOnlyDictionary<string, long> workersByStaffId)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(orgUnitsByCode);
        ArgumentNullException.ThrowIfNull(workersByStaffId);
        if (!identity.RoleClaimPresent)
        {
            return new AccountAssignment(currentRole, currentOrgUnit, currentWorker, false, false, false);
        }

        var role = identity.Role;
        long? orgUnit = identity.TeamCode is { } code && orgUnitsByCode.TryGetValue(code, out var unit) ? unit : null;
        long? worker = role == Roles.SocialWorker && identity.StaffId is { } staff && workersByStaffId.TryGetValue(staff, out var w) ? w : null;
        if (role is null)
        {
            orgUnit = null;
            worker = null;
        }

        return new AccountAssignment(role, orgUnit, worker, role != currentRole, orgUnit != currentOrgUnit, worker != currentWorker);
    }

    private static string? MapRole(string value, OpenIdConnectSettings settings)
    {
        if (settings.RoleMap.TryGetValue(value, out var mapped))
        {
            return Roles.All.FirstOrDefault(r => string.Equals(r, mapped, StringComparison.OrdinalIgnoreCase));
        }

        return Roles.All.FirstOrDefault(r => string.Equals(r, value, StringComparison.OrdinalIgnoreCase));
    }

    // Some providers send several roles in one claim as a JSON array.
    private static IEnumerable<string> SplitValues(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.StartsWith('[') && trimmed.EndsWith(']'))
        {
            return trimmed[1..^1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => v.Trim('"')).Where(v => v.Length > 0);
        }

        return trimmed.Length > 0 ? [trimmed] : [];
    }
}
