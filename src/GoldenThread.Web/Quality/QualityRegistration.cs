using System.Security.Claims;
using GoldenThread.Data.Quality;
using GoldenThread.Data.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace GoldenThread.Web.Quality;

/// <summary>The quality-assurance and workforce policies (docs/adr/0011-quality-assurance.md).</summary>
public static class QualityPolicies
{
    /// <summary>QA dashboards and inspection evidence (aggregates): managers, directors, Lead Members, analysts, administrators and auditors.</summary>
    public const string Dashboards = "QualityDashboards";

    /// <summary>Audit records, which name children: every child-level role except social workers (whose own cases are audited).</summary>
    public const string AuditRecords = "QualityAuditRecords";

    /// <summary>Planning rounds and templates: auditors.</summary>
    public const string Programme = "QualityProgramme";

    /// <summary>Moderating audits: service managers, and auditors with the moderation flag.</summary>
    public const string Moderation = "QualityModeration";

    /// <summary>The workforce page: managers, directors, Lead Members (teams only), analysts and administrators.</summary>
    public const string Workforce = "Workforce";

    public static readonly string[] DashboardRoles =
        [Roles.Administrator, Roles.Analyst, Roles.Director, Roles.LeadMember, Roles.ServiceManager, Roles.TeamManager, Roles.Auditor];

    public static readonly string[] AuditRecordRoles =
        [Roles.Administrator, Roles.Analyst, Roles.Director, Roles.ServiceManager, Roles.TeamManager, Roles.Auditor];

    public static readonly string[] WorkforceRoles =
        [Roles.Administrator, Roles.Analyst, Roles.Director, Roles.LeadMember, Roles.ServiceManager, Roles.TeamManager];

    public static bool IsModerator(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.ServiceManager) || (user.IsInRole(Roles.Auditor) && user.HasClaim(QualityClaims.Moderator, "true"));
    }
}

public static class QualityRegistration
{
    /// <summary>Policies, settings and services for the quality-assurance and workforce pages.</summary>
    public static IServiceCollection AddGoldenThreadQuality(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(QualityPolicies.Dashboards, p => p.RequireAuthenticatedUser().RequireRole(QualityPolicies.DashboardRoles))
            .AddPolicy(QualityPolicies.AuditRecords, p => p.RequireAuthenticatedUser().RequireRole(QualityPolicies.AuditRecordRoles))
            .AddPolicy(QualityPolicies.Programme, p => p.RequireAuthenticatedUser().RequireRole(Roles.Auditor))
            .AddPolicy(QualityPolicies.Moderation, p => p.RequireAuthenticatedUser().RequireAssertion(c => QualityPolicies.IsModerator(c.User)))
            .AddPolicy(QualityPolicies.Workforce, p => p.RequireAuthenticatedUser().RequireRole(QualityPolicies.WorkforceRoles));
        services.AddOptions<QualitySettings>().Bind(configuration.GetSection("Quality"));
        services.AddScoped<QualityAccess>();
        return services;
    }

    /// <summary>Which folders and pages each policy guards.</summary>
    public static PageConventionCollection AddQualityConventions(this PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AuthorizeFolder("/Quality", QualityPolicies.Dashboards);
        conventions.AuthorizeFolder("/Quality/Audits", QualityPolicies.AuditRecords);
        conventions.AuthorizeFolder("/Quality/Oversight", QualityPolicies.AuditRecords);
        conventions.AuthorizePage("/Quality/Rounds/New", QualityPolicies.Programme);
        conventions.AuthorizePage("/Quality/Templates/New", QualityPolicies.Programme);
        conventions.AuthorizePage("/Quality/Audits/Moderate", QualityPolicies.Moderation);
        conventions.AuthorizeFolder("/Workforce", QualityPolicies.Workforce);
        return conventions;
    }
}

/// <summary>Settings under <c>Quality</c> in configuration.</summary>
public sealed class QualitySettings
{
    /// <summary>The share of audits graded inadequate above which the overview flags it (percent).</summary>
    public decimal InadequateTolerancePercent { get; set; } = 10m;

    /// <summary>How often case-holding workers should be supervised, in days (6 weeks).</summary>
    public int SupervisionIntervalDays { get; set; } = Core.Quality.SupervisionCompliance.DefaultIntervalDays;

    /// <summary>How recent management oversight of an open case must be, in days.</summary>
    public int OversightIntervalDays { get; set; } = Core.Quality.ManagementOversight.DefaultIntervalDays;

    /// <summary>Days from a round's population date to its default due date.</summary>
    public int AuditDueDays { get; set; } = 28;

    /// <summary>How far back the dashboards look: rounds dated in this many months before today.</summary>
    public int DashboardMonths { get; set; } = 12;
}
