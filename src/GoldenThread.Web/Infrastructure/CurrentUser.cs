using System.Globalization;
using System.Security.Claims;
using GoldenThread.Core.Caseload;
using GoldenThread.Data.Security;

namespace GoldenThread.Web.Infrastructure;

/// <summary>The signed-in person: who they are, their role, and which children they may see.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsSignedIn => Principal.Identity?.IsAuthenticated == true;

    public string UserId => Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;

    public string UserName => Principal.Identity?.Name ?? string.Empty;

    public string DisplayName => Principal.FindFirstValue(ScopeClaimsPrincipalFactory.DisplayNameClaim) ?? UserName;

    public string? Role => Roles.All.FirstOrDefault(Principal.IsInRole);

    public bool MaySeeChildren => Roles.ChildLevel.Any(Principal.IsInRole);

    public bool MayManageData => Principal.IsInRole(Roles.Administrator) || Principal.IsInRole(Roles.Analyst);

    public long? OrgUnitId => ParseClaim(ScopeClaimsPrincipalFactory.OrgUnitClaim);

    public long? WorkerId => ParseClaim(ScopeClaimsPrincipalFactory.WorkerClaim);

    /// <summary>
    /// Which children this person may see (docs/adr/0006-roles-and-scopes.md): authority-wide roles see every child,
    /// managers the children held in their service or team, a social worker their own allocated children, a Lead Member none.
    /// </summary>
    public ChildScope Scope
    {
        get
        {
            var p = Principal;
            if (p.IsInRole(Roles.Administrator) || p.IsInRole(Roles.Analyst) || p.IsInRole(Roles.Director) || p.IsInRole(Roles.Auditor))
            {
                return ChildScope.Everyone;
            }

            if ((p.IsInRole(Roles.ServiceManager) || p.IsInRole(Roles.TeamManager)) && OrgUnitId is { } unit)
            {
                return ChildScope.ForOrgUnit(unit);
            }

            if (p.IsInRole(Roles.SocialWorker) && WorkerId is { } worker)
            {
                return ChildScope.ForWorker(worker);
            }

            return ChildScope.NoChildren;
        }
    }

    /// <summary>The scope used for aggregate figures: a Lead Member sees authority-wide aggregates but no child.</summary>
    public ChildScope AggregateScope => Principal.IsInRole(Roles.LeadMember) ? ChildScope.Everyone : Scope;

    private long? ParseClaim(string type) =>
        long.TryParse(Principal.FindFirstValue(type), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
