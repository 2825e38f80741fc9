using System.Globalization;
using System.Security.Claims;
using System.Text;
using GoldenThread.Data.Auditing;
using GoldenThread.Data.Security;
using GoldenThread.Web.Infrastructure;
using GoldenThread.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using QRCoder;

namespace GoldenThread.Web.Pages.Account.TwoFactor;

/// <summary>
/// Setting up two-factor authentication: the shared key (as text, as an otpauth link and as a QR code drawn here, never by
/// an outside service), then a code from the app to prove it works, then recovery codes.
/// </summary>
public sealed class EnrolModel(
    UserManager<GoldenThreadUser> users,
    SignInManager<GoldenThreadUser> signInManager,
    AuditTrail audit,
    CurrentUser currentUser,
    IOptions<AuthenticationSettings> settings) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [FromQuery(Name = "required")]
    public bool Required { get; set; }

    public string SharedKey { get; private set; } = string.Empty;

    public string AuthenticatorUri { get; private set; } = string.Empty;

    public string QrCodeDataUri { get; private set; } = string.Empty;

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!await users.HasPasswordAsync(user) || await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToPage("/Account/TwoFactor/Index");
        }

        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToPage("/Account/TwoFactor/Index");
        }

        var code = new string((Code ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        if (code.Length != 6)
        {
            Errors["code"] = code.Length == 0 ? "Enter the 6-digit code from your authenticator app" : "The code must be 6 digits";
        }
        else if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            Errors["code"] = "The code is not correct. Check the key in your authenticator app and enter the code it shows now";
        }

        if (Errors.Count > 0)
        {
            await LoadKeyAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        await audit.RecordNowAsync(currentUser.AuditActor(), "Two-factor authentication set up", "User", user.Id, new { TwoFactorEnabled = false }, new { TwoFactorEnabled = true }, cancellationToken);
        // The person has just shown they hold the authenticator: this session counts as two-factor from now on.
        await signInManager.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
        return Page();
    }

    private async Task LoadKeyAsync(GoldenThreadUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key was created.");
        }

        SharedKey = FormatKey(key);
        var issuer = settings.Value.TwoFactorIssuer;
        var account = await users.GetEmailAsync(user) ?? await users.GetUserNameAsync(user) ?? user.Id;
        AuthenticatorUri = string.Create(
            CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(account)}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6");
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(AuthenticatorUri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(png);
    }

    /// <summary>The key in groups of four, easier to type into an app.</summary>
    public static string FormatKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
