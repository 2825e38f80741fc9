using System.Security.Claims;
using GoldenThread.Data.Security;

namespace GoldenThread.Web.Indicators;

/// <summary>Who may set targets and open each role dashboard; each page carries its policy as an attribute.</summary>
public static class TargetPolicy
{
    /// <summary>Setting and clearing indicator targets: Directors, Analysts and Administrators.</summary>
    public const string TargetEdit = "IndicatorTargetEdit";

    /// <summary>The cabinet scorecard (aggregates only): Lead Members, Directors, Administrators and Analysts.</summary>
    public const string Scorecard = "DashboardScorecard";

    /// <summary>The director's dashboard: Directors, Administrators and Analysts.</summary>
    public const string Director = "DashboardDirector";

    /// <summary>The manager's dashboard: service and team managers, and the authority-wide roles choosing a unit.</summary>
    public const string Manager = "DashboardManager";

    /// <summary>A social worker's own caseload.</summary>
    public const string Caseload = "DashboardCaseload";

    public static readonly string[] TargetEditRoles = [Roles.Director, Roles.Analyst, Roles.Administrator];

    public static readonly string[] ScorecardRoles = [Roles.LeadMember, Roles.Director, Roles.Administrator, Roles.Analyst];

    public static readonly string[] DirectorRoles = [Roles.Director, Roles.Administrator, Roles.Analyst];

    public static readonly string[] ManagerRoles = [Roles.ServiceManager, Roles.TeamManager, Roles.Director, Roles.Administrator, Roles.Analyst];

    public static bool MaySetTargets(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return TargetEditRoles.Any(user.IsInRole);
    }

    /// <summary>The dashboard a person lands on: the first their role opens, or null (auditors use quality assurance).</summary>
    public static string? DashboardFor(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return DashboardFor(user.IsInRole);
    }

    /// <summary>The dashboard for someone holding these roles, as stored for their account (used when they sign in).</summary>
    public static string? DashboardFor(IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var held = roles.ToHashSet(StringComparer.Ordinal);
        return DashboardFor(held.Contains);
    }

    private static string? DashboardFor(Func<string, bool> isInRole)
    {
        if (isInRole(Roles.LeadMember))
        {
            return "/dashboards/scorecard";
        }

        if (DirectorRoles.Any(isInRole))
        {
            return "/dashboards/director";
        }

        if (isInRole(Roles.ServiceManager) || isInRole(Roles.TeamManager))
        {
            return "/dashboards/manager";
        }

        return isInRole(Roles.SocialWorker) ? "/dashboards/caseload" : null;
    }
}

public static class DashboardRegistration
{
    public static IServiceCollection AddGoldenThreadDashboards(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(TargetPolicy.TargetEdit, p => p.RequireAuthenticatedUser().RequireRole(TargetPolicy.TargetEditRoles))
            .AddPolicy(TargetPolicy.Scorecard, p => p.RequireAuthenticatedUser().RequireRole(TargetPolicy.ScorecardRoles))
            .AddPolicy(TargetPolicy.Director, p => p.RequireAuthenticatedUser().RequireRole(TargetPolicy.DirectorRoles))
            .AddPolicy(TargetPolicy.Manager, p => p.RequireAuthenticatedUser().RequireRole(TargetPolicy.ManagerRoles))
            .AddPolicy(TargetPolicy.Caseload, p => p.RequireAuthenticatedUser().RequireRole(Roles.SocialWorker));
        services.AddScoped<Data.Indicators.IndicatorTargetStore>();
        return services;
    }
}
