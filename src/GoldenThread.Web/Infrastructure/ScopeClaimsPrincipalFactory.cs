using System.Security.Claims;
using GoldenThread.Data.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GoldenThread.Web.Infrastructure;

/// <summary>Adds the user's display name, org-unit scope and worker id to their sign-in claims.</summary>
public sealed class ScopeClaimsPrincipalFactory(
    UserManager<GoldenThreadUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<GoldenThreadUser, IdentityRole>(userManager, roleManager, options)
{
    public const string DisplayNameClaim = "goldenthread:display_name";
    public const string OrgUnitClaim = "goldenthread:org_unit";
    public const string WorkerClaim = "goldenthread:worker";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(GoldenThreadUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        if (user.OrgUnitId is { } orgUnit)
        {
            identity.AddClaim(new Claim(OrgUnitClaim, orgUnit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (user.WorkerId is { } worker)
        {
            identity.AddClaim(new Claim(WorkerClaim, worker.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
