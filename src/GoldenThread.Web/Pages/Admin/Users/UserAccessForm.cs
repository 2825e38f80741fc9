using GoldenThread.Core.Model;
using GoldenThread.Data;
using GoldenThread.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Admin.Users;

/// <summary>A person's role and scope as an Administrator sets them: the role, the service or team, and a social worker's staff id.</summary>
public sealed class UserAccessForm
{
    public string? Role { get; set; }

    public long? OrgUnitId { get; set; }

    public string? StaffId { get; set; }

    /// <summary>Checks the choices against the roles, org units and workers; returns the worker id for a social worker.</summary>
    public async Task<long?> ValidateAsync(GoldenThreadDbContext db, IDictionary<string, string> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrEmpty(Role))
        {
            return null;
        }

        if (!Roles.All.Contains(Role))
        {
            errors["role"] = "Select a role";
            return null;
        }

        if (OrgUnitId is { } unit && !await db.OrgUnits.AnyAsync(o => o.Id == unit, cancellationToken))
        {
            errors["org-unit"] = "Select a service or team from the list";
        }

        if ((Role == Roles.ServiceManager || Role == Roles.TeamManager) && OrgUnitId is null)
        {
            errors["org-unit"] = "Select the service or team this manager is responsible for";
        }

        if (Role != Roles.SocialWorker)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(StaffId))
        {
            errors["staff-id"] = "Enter the social worker's staff ID";
            return null;
        }

        var staffId = StaffId.Trim();
        var worker = await db.Workers.AsNoTracking().Where(w => w.StaffId == staffId).Select(w => (long?)w.Id).SingleOrDefaultAsync(cancellationToken);
        if (worker is null)
        {
            errors["staff-id"] = "Enter a staff ID that matches a worker in the loaded data";
        }

        return worker;
    }

    public static async Task<IReadOnlyList<OrgUnit>> OrgUnitsAsync(GoldenThreadDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.OrgUnits.AsNoTracking().OrderBy(o => o.Kind).ThenBy(o => o.Name).ToListAsync(cancellationToken);
    }

    public static string RoleName(string? role) => role switch
    {
        Roles.Administrator => "Administrator",
        Roles.Analyst => "Performance analyst",
        Roles.Director => "Director",
        Roles.LeadMember => "Lead Member",
        Roles.ServiceManager => "Service manager",
        Roles.TeamManager => "Team manager",
        Roles.SocialWorker => "Social worker",
        Roles.Auditor => "Quality assurance auditor",
        _ => "No role (waiting for access)",
    };
}
