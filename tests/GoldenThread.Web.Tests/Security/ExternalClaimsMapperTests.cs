using System.Security.Claims;
using GoldenThread.Data.Security;
using GoldenThread.Web.Security;

namespace GoldenThread.Web.Tests.Security;

/// <summary>How an OpenID Connect sign-in's claims become a role and a scope (docs/adr/0014-openid-connect-and-immutable-audit-trail.md).</summary>
public sealed class ExternalClaimsMapperTests
{
    private static readonly OpenIdConnectSettings Settings = new()
    {
        RoleClaim = "groups",
        TeamClaim = "team",
        StaffIdClaim = "staff_id",
        RoleMap = new(StringComparer.OrdinalIgnoreCase) { ["gt-social-workers"] = "SocialWorker", ["gt-managers"] = "TeamManager", ["gt-typo"] = "NotARole" },
    };

    private static readonly Dictionary<string, long> Units = new() { ["T-NORTH1"] = 11, ["S-NORTH"] = 10 };

    private static readonly Dictionary<string, long> Workers = new() { ["SW0042"] = 42 };

    private static Claim[] Claims(params (string Type, string Value)[] extra) =>
        [new("sub", "abc-123"), new("email", "jo.bloggs@synthetic-council.example"), new("name", "Jo Bloggs"), .. extra.Select(e => new Claim(e.Type, e.Value))];

    [Fact]
    public void A_mapped_group_gives_its_role_and_the_team_claim_gives_the_org_unit()
    {
        var identity = ExternalClaimsMapper.Read(Claims(("groups", "staff-all"), ("groups", "gt-managers"), ("team", "T-NORTH1")), Settings);
        Assert.Equal(("abc-123", "jo.bloggs@synthetic-council.example", "Jo Bloggs"), (identity.Subject, identity.Email, identity.DisplayName));
        Assert.Equal(Roles.TeamManager, identity.Role);
        var assignment = ExternalClaimsMapper.Assign(identity, null, null, null, Units, Workers);
        Assert.Equal(new AccountAssignment(Roles.TeamManager, 11, null, true, true, false), assignment);
    }

    [Fact]
    public void A_role_name_itself_counts_and_case_does_not_matter()
    {
        var identity = ExternalClaimsMapper.Read(Claims(("groups", "analyst")), Settings);
        Assert.Equal(Roles.Analyst, identity.Role);
    }

    [Fact]
    public void A_social_worker_gets_the_worker_whose_staff_id_is_claimed()
    {
        var identity = ExternalClaimsMapper.Read(Claims(("groups", "GT-SOCIAL-WORKERS"), ("team", "T-NORTH1"), ("staff_id", "SW0042")), Settings);
        var assignment = ExternalClaimsMapper.Assign(identity, null, null, null, Units, Workers);
        Assert.Equal((Roles.SocialWorker, 11L, 42L), (assignment.Role, assignment.OrgUnitId!.Value, assignment.WorkerId!.Value));
    }

    [Fact]
    public void A_staff_id_gives_no_caseload_to_anyone_but_a_social_worker()
    {
        var identity = ExternalClaimsMapper.Read(Claims(("groups", "gt-managers"), ("staff_id", "SW0042")), Settings);
        Assert.Null(ExternalClaimsMapper.Assign(identity, null, null, null, Units, Workers).WorkerId);
    }

    [Fact]
    public void Two_different_roles_leave_the_person_without_a_role_for_an_Administrator_to_decide()
    {
        var identity = ExternalClaimsMapper.Read(Claims(("groups", "gt-managers"), ("groups", "gt-social-workers")), Settings);
        Assert.Null(identity.Role);
        Assert.Contains("more than one role", Assert.Single(identity.Notes), StringComparison.Ordinal);
        var assignment = ExternalClaimsMapper.Assign(identity, Roles.TeamManager, 11, null, Units, Workers);
        Assert.Equal(new AccountAssignment(null, null, null, true, true, false), assignment);
    }

    [Fact]
    public void Unknown_groups_and_a_map_to_an_unknown_role_give_no_role()
    {
        var identity = ExternalClaimsMapper.Read(Claims(("groups", "staff-all"), ("groups", "gt-typo")), Settings);
        Assert.Null(identity.Role);
        Assert.True(identity.RoleClaimPresent);
        Assert.Contains("No value of the role claim", Assert.Single(identity.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_role_claim_what_an_Administrator_assigned_is_kept()
    {
        var identity = ExternalClaimsMapper.Read(Claims(("team", "S-NORTH")), Settings);
        Assert.False(identity.RoleClaimPresent);
        var assignment = ExternalClaimsMapper.Assign(identity, Roles.ServiceManager, 10, null, Units, Workers);
        Assert.Equal(new AccountAssignment(Roles.ServiceManager, 10, null, false, false, false), assignment);
        var newcomer = ExternalClaimsMapper.Assign(identity, null, null, null, Units, Workers);
        Assert.Null(newcomer.Role);
    }

    [Fact]
    public void A_team_code_that_is_not_a_known_org_unit_gives_no_scope()
    {
        var identity = ExternalClaimsMapper.Read(Claims(("groups", "gt-managers"), ("team", "T-UNKNOWN")), Settings);
        Assert.Null(ExternalClaimsMapper.Assign(identity, null, null, null, Units, Workers).OrgUnitId);
    }

    [Fact]
    public void Roles_sent_as_a_JSON_array_in_one_claim_are_read()
    {
        var identity = ExternalClaimsMapper.Read(Claims(("groups", "[\"staff-all\",\"gt-managers\"]")), Settings);
        Assert.Equal(Roles.TeamManager, identity.Role);
    }

    [Fact]
    public void A_sign_in_without_a_subject_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => ExternalClaimsMapper.Read([new Claim("email", "x@synthetic.example")], Settings));
    }
}
