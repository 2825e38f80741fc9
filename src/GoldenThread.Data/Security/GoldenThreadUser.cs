using Microsoft.AspNetCore.Identity;

namespace GoldenThread.Data.Security;

/// <summary>A person who signs in. Their role decides what they may do; their scope decides which children they may see.</summary>
public sealed class GoldenThreadUser : IdentityUser
{
    public required string DisplayName { get; set; }

    /// <summary>The service or team a manager is scoped to.</summary>
    public long? OrgUnitId { get; set; }

    /// <summary>The worker record of a social worker, for their own caseload.</summary>
    public long? WorkerId { get; set; }
}

/// <summary>The roles of GoldenThread. Names are stored in the database and in claims: do not rename.</summary>
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string Analyst = nameof(Analyst);
    public const string Director = nameof(Director);
    public const string LeadMember = nameof(LeadMember);
    public const string ServiceManager = nameof(ServiceManager);
    public const string TeamManager = nameof(TeamManager);
    public const string SocialWorker = nameof(SocialWorker);
    public const string Auditor = nameof(Auditor);

    public static IReadOnlyList<string> All { get; } =
        [Administrator, Analyst, Director, LeadMember, ServiceManager, TeamManager, SocialWorker, Auditor];

    /// <summary>Roles that may open child-level records (within their scope).</summary>
    public static IReadOnlyList<string> ChildLevel { get; } =
        [Administrator, Analyst, Director, ServiceManager, TeamManager, SocialWorker, Auditor];
}

/// <summary>One opening of a child's record: who, when, which child. Only ever added: the application and the database refuse to change or delete one.</summary>
public sealed class ChildRecordAccess
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public required string UserName { get; set; }

    public long ChildId { get; set; }

    public DateTimeOffset AccessedAt { get; set; }

    /// <summary>What was opened, e.g. the chronology page.</summary>
    public required string Purpose { get; set; }
}
