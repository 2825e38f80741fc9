using GoldenThread.Data.Auditing;
using GoldenThread.Data.Security;
using GoldenThread.Web.Infrastructure;
using GoldenThread.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace GoldenThread.Web.Pages.Account.TwoFactor;

/// <summary>A person's own two-factor authentication: whether it is on, new recovery codes, and turning it off where allowed.</summary>
public sealed class IndexModel(
    UserManager<GoldenThreadUser> users,
    SignInManager<GoldenThreadUser> signInManager,
    AuditTrail audit,
    CurrentUser currentUser,
    IOptions<AuthenticationSettings> settings) : PageModel
{
    public bool Enabled { get; private set; }

    public bool HasPassword { get; private set; }

    public bool Required => settings.Value.RequireTwoFactor;

    public int RecoveryCodesLeft { get; private set; }

    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostRecoveryCodesAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync() is not { } user || !Enabled)
        {
            return RedirectToPage();
        }

        NewRecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        RecoveryCodesLeft = NewRecoveryCodes.Count;
        await audit.RecordNowAsync(currentUser.AuditActor(), "Recovery codes replaced", "User", user.Id, null, new { Count = NewRecoveryCodes.Count }, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostTurnOffAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync() is not { } user || !Enabled || Required)
        {
            return RedirectToPage();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await audit.RecordNowAsync(currentUser.AuditActor(), "Two-factor authentication turned off", "User", user.Id, new { TwoFactorEnabled = true }, new { TwoFactorEnabled = false }, cancellationToken);
        await signInManager.RefreshSignInAsync(user);
        Notice = "Two-factor authentication is off.";
        return RedirectToPage();
    }

    private async Task<GoldenThreadUser?> LoadAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return null;
        }

        Enabled = await users.GetTwoFactorEnabledAsync(user);
        HasPassword = await users.HasPasswordAsync(user);
        RecoveryCodesLeft = Enabled ? await users.CountRecoveryCodesAsync(user) : 0;
        return user;
    }
}
