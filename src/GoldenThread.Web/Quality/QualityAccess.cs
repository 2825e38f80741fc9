using GoldenThread.Core.Caseload;
using GoldenThread.Core.Quality;
using GoldenThread.Data;
using GoldenThread.Data.Security;
using GoldenThread.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Quality;

/// <summary>What the signed-in person may do in quality assurance and workforce, and whose audits they see.</summary>
public sealed class QualityAccess(IHttpContextAccessor accessor, CurrentUser user, GoldenThreadDbContext db, TimeProvider clock)
{
    private IReadOnlySet<long>? _teams;
    private bool _teamsLoaded;

    private System.Security.Claims.ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new System.Security.Claims.ClaimsPrincipal();

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    public bool MaySeeDashboards => QualityPolicies.DashboardRoles.Any(Principal.IsInRole);

    public bool MaySeeWorkforce => QualityPolicies.WorkforceRoles.Any(Principal.IsInRole);

    /// <summary>May open audit records, which name children (not Lead Members, not social workers).</summary>
    public bool MaySeeAuditRecords => QualityPolicies.AuditRecordRoles.Any(Principal.IsInRole);

    public bool IsAuditor => Principal.IsInRole(Roles.Auditor);

    public bool IsModerator => QualityPolicies.IsModerator(Principal);

    /// <summary>Managers record management-oversight decisions and mark actions done.</summary>
    public bool IsManager => Principal.IsInRole(Roles.TeamManager) || Principal.IsInRole(Roles.ServiceManager);

    /// <summary>Worker names are shown to everyone but Lead Members, who see teams only.</summary>
    public bool MaySeeWorkers => !Principal.IsInRole(Roles.LeadMember);

    public string UserId => user.UserId;

    public string DisplayName => user.DisplayName;

    /// <summary>
    /// The teams whose audits, actions and workforce this person sees: a manager's unit and every unit below it, or null for
    /// the whole authority (directors, Lead Members, analysts, administrators, auditors).
    /// </summary>
    public async Task<IReadOnlySet<long>?> TeamIdsAsync(CancellationToken cancellationToken)
    {
        if (_teamsLoaded)
        {
            return _teams;
        }

        _teamsLoaded = true;
        if (IsManager && !Principal.IsInRole(Roles.Director))
        {
            if (user.OrgUnitId is not { } unit)
            {
                _teams = new HashSet<long>();
                return _teams;
            }

            var links = await db.OrgUnits.AsNoTracking().Select(o => new OrgUnitLink(o.Id, o.ParentId)).ToListAsync(cancellationToken);
            _teams = OrgUnitTree.SelfAndDescendants(links, unit).ToHashSet();
        }

        return _teams;
    }

    /// <summary>Whether this person may open this audit: within their teams (audits with no team are the authority's).</summary>
    public async Task<bool> MayOpenAsync(Audit audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audit);
        if (!MaySeeAuditRecords)
        {
            return false;
        }

        var teams = await TeamIdsAsync(cancellationToken);
        return teams is null || (audit.TeamId is { } team && teams.Contains(team));
    }

    public async Task<bool> MayModerateAsync(Audit audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return IsModerator
            && audit.Status == AuditStatus.Submitted
            && !string.Equals(audit.AuditorUserId, UserId, StringComparison.Ordinal)
            && await MayOpenAsync(audit, cancellationToken);
    }

    /// <summary>The words for whose figures these are.</summary>
    public async Task<string> ScopeNameAsync(CancellationToken cancellationToken)
    {
        var teams = await TeamIdsAsync(cancellationToken);
        return teams is null
            ? await ScopeDescription.DescribeAsync(db, ChildScope.Everyone, cancellationToken)
            : await ScopeDescription.DescribeAsync(db, user.OrgUnitId is { } unit ? ChildScope.ForOrgUnit(unit) : ChildScope.NoChildren, cancellationToken);
    }
}
