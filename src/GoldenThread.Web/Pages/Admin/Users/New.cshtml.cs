using GoldenThread.Core.Model;
using GoldenThread.Data;
using GoldenThread.Data.Auditing;
using GoldenThread.Data.Security;
using GoldenThread.Web.Infrastructure;
using GoldenThread.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GoldenThread.Web.Pages.Admin.Users;

/// <summary>Adds a person who signs in with a password: their name, email address, a first password, role and scope.</summary>
public sealed class NewModel(GoldenThreadDbContext db, UserManager<GoldenThreadUser> users, AuditTrail audit, CurrentUser currentUser) : PageModel
{
    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public UserAccessForm Access { get; set; } = new();

    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Units = await UserAccessForm.OrgUnitsAsync(db, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Units = await UserAccessForm.OrgUnitsAsync(db, cancellationToken);
        if (string.IsNullOrWhiteSpace(DisplayName))
        {
            Errors["display-name"] = "Enter the person's name";
        }

        var email = Email?.Trim();
        if (string.IsNullOrEmpty(email))
        {
            Errors["email"] = "Enter an email address";
        }
        else if (!System.Net.Mail.MailAddress.TryCreate(email, out _))
        {
            Errors["email"] = "Enter an email address in the correct format, like name@example.gov.uk";
        }
        else if (await users.FindByEmailAsync(email) is not null)
        {
            Errors["email"] = "A user with this email address already exists";
        }

        if (string.IsNullOrEmpty(Password))
        {
            Errors["password"] = "Enter a first password";
        }
        else if (Password.Length < 12)
        {
            Errors["password"] = "The password must be 12 characters or more";
        }

        var worker = await Access.ValidateAsync(db, Errors, cancellationToken);
        if (Errors.Count > 0)
        {
            return Page();
        }

        var user = new GoldenThreadUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = DisplayName!.Trim(),
            OrgUnitId = Access.OrgUnitId,
            WorkerId = worker,
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user, Password!);
        if (!created.Succeeded)
        {
            Errors["password"] = string.Join(". ", created.Errors.Select(e => e.Description.TrimEnd('.')));
            return Page();
        }

        if (!string.IsNullOrEmpty(Access.Role))
        {
            await users.AddToRoleAsync(user, Access.Role);
        }

        await audit.RecordNowAsync(
            currentUser.AuditActor(),
            "User created",
            "User",
            user.Id,
            null,
            new { user.UserName, user.DisplayName, Role = string.IsNullOrEmpty(Access.Role) ? null : Access.Role, user.OrgUnitId, user.WorkerId },
            cancellationToken);
        Notice = $"{user.DisplayName} was added.";
        return Redirect($"/admin/users/{user.Id}");
    }
}
