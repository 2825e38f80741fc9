using GoldenThread.Core.Model;
using GoldenThread.Data;
using GoldenThread.Data.Auditing;
using GoldenThread.Data.Security;
using GoldenThread.Web.Infrastructure;
using GoldenThread.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GoldenThread.Web.Pages.Admin.Users;

/// <summary>One person: change their role and scope, lock or unlock them, or reset their two-factor authentication. Every change is audited.</summary>
public sealed class EditModel(
    GoldenThreadDbContext db,
    UserManager<GoldenThreadUser> users,
    AuditTrail audit,
    CurrentUser currentUser,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public UserAccessForm Access { get; set; } = new();

    public GoldenThreadUser Person { get; private set; } = null!;

    public string? CurrentRole { get; private set; }

    public bool Locked { get; private set; }

    public bool HasPassword { get; private set; }

    public IReadOnlyList<string> CouncilLogins { get; private set; } = [];

    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];

    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    public bool IsSelf => Person.Id == currentUser.UserId;

    public Dictionary<string, string> Errors { get; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Access = new UserAccessForm
        {
            Role = CurrentRole,
            OrgUnitId = Person.OrgUnitId,
            StaffId = Person.WorkerId is { } worker ? await db.Workers.Where(w => w.Id == worker).Select(w => w.StaffId).SingleOrDefaultAsync(cancellationToken) : null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAccessAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var worker = await Access.ValidateAsync(db, Errors, cancellationToken);
        if (IsSelf && Access.Role != Roles.Administrator)
        {
            Errors["role"] = "You cannot remove your own Administrator role";
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var role = string.IsNullOrEmpty(Access.Role) ? null : Access.Role;
        var before = new { Role = CurrentRole, Person.OrgUnitId, Person.WorkerId };
        var after = new { Role = role, Access.OrgUnitId, WorkerId = worker };
        if (before.Equals(after))
        {
            Notice = "Nothing was changed.";
            return Redirect($"/admin/users/{id}");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (role != CurrentRole)
        {
            await users.RemoveFromRolesAsync(Person, await users.GetRolesAsync(Person));
            if (role is not null)
            {
                await users.AddToRoleAsync(Person, role);
            }
        }

        Person.OrgUnitId = Access.OrgUnitId;
        Person.WorkerId = worker;
        await users.UpdateAsync(Person);
        audit.Record(currentUser.AuditActor(), "User role and scope changed", "User", Person.Id, before, after);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Notice = $"The role and scope of {Person.DisplayName} were saved. They apply from the person's next request within a minute.";
        return Redirect($"/admin/users/{id}");
    }

    public async Task<IActionResult> OnPostLockAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (IsSelf)
        {
            Errors["lock"] = "You cannot lock your own account";
            return Page();
        }

        await users.SetLockoutEnabledAsync(Person, true);
        await users.SetLockoutEndDateAsync(Person, DateTimeOffset.MaxValue);
        // A new security stamp ends the person's current sessions.
        await users.UpdateSecurityStampAsync(Person);
        await audit.RecordNowAsync(currentUser.AuditActor(), "User locked", "User", Person.Id, new { Locked = Locked }, new { Locked = true }, cancellationToken);
        Notice = $"{Person.DisplayName} is locked and cannot sign in.";
        return Redirect($"/admin/users/{id}");
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(Person, null);
        await users.ResetAccessFailedCountAsync(Person);
        await audit.RecordNowAsync(currentUser.AuditActor(), "User unlocked", "User", Person.Id, new { Locked = Locked }, new { Locked = false }, cancellationToken);
        Notice = $"{Person.DisplayName} is unlocked and can sign in.";
        return Redirect($"/admin/users/{id}");
    }

    public async Task<IActionResult> OnPostResetTwoFactorAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var enabled = Person.TwoFactorEnabled;
        await users.SetTwoFactorEnabledAsync(Person, false);
        await users.ResetAuthenticatorKeyAsync(Person);
        await users.ReplaceCodesAsync(Person);
        await audit.RecordNowAsync(currentUser.AuditActor(), "Two-factor authentication reset", "User", Person.Id, new { TwoFactorEnabled = enabled }, new { TwoFactorEnabled = false }, cancellationToken);
        Notice = $"Two-factor authentication of {Person.DisplayName} was reset. They set it up again at their next sign-in.";
        return Redirect($"/admin/users/{id}");
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } person)
        {
            return false;
        }

        Person = person;
        var roles = await users.GetRolesAsync(person);
        CurrentRole = roles.Count == 1 ? roles[0] : null;
        Locked = person.LockoutEnd is { } end && end > clock.GetUtcNow();
        HasPassword = await users.HasPasswordAsync(person);
        CouncilLogins = [.. (await users.GetLoginsAsync(person)).Select(l => l.ProviderDisplayName ?? l.LoginProvider)];
        Units = await UserAccessForm.OrgUnitsAsync(db, cancellationToken);
        History = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "User" && e.EntityId == id).OrderByDescending(e => e.Id).Take(20).ToListAsync(cancellationToken);
        return true;
    }
}

internal static class RecoveryCodeReset
{
    /// <summary>Replaces any recovery codes with none, so old ones stop working after a reset.</summary>
    public static Task ReplaceCodesAsync(this UserManager<GoldenThreadUser> users, GoldenThreadUser user) =>
        users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes", string.Empty);
}
