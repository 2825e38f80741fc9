namespace GoldenThread.Core.Model;

/// <summary>A unit in the authority's structure: the authority, a service within it, or a team within a service.</summary>
public sealed class OrgUnit
{
    public long Id { get; set; }

    /// <summary>Short stable code, e.g. <c>T-MASH1</c>.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public OrgUnitKind Kind { get; set; }

    public long? ParentId { get; set; }

    public OrgUnit? Parent { get; set; }

    public List<OrgUnit> Children { get; set; } = [];

    public long SourceLoadId { get; set; }
}

public enum OrgUnitKind
{
    Authority = 1,
    Service = 2,
    Team = 3,
}

/// <summary>A practitioner or manager (the SSD's "professional").</summary>
public sealed class Worker : SourcedRecord
{
    /// <summary>The worker's identifier as the case-management system and SSDA903 SWEpisodes use it (SW_ID).</summary>
    public required string StaffId { get; set; }

    public required string DisplayName { get; set; }

    public required string JobTitle { get; set; }

    public WorkerRole Role { get; set; }

    /// <summary>Full-time equivalent, 0.1 to 1.0.</summary>
    public decimal Fte { get; set; }

    public bool IsAgency { get; set; }

    public bool IsCaseHolding { get; set; }

    public long TeamId { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? LeavingDate { get; set; }

    public string? LeavingReason { get; set; }
}

public enum WorkerRole
{
    SocialWorker = 1,
    SeniorPractitioner = 2,
    TeamManager = 3,
    ServiceManager = 4,
    PersonalAdviser = 5,
    Director = 6,
}

/// <summary>A worker allocated to a child, from a start date to an end date (the SSD's "involvement").</summary>
public sealed class Allocation : ChildRecord
{
    public long WorkerId { get; set; }

    /// <summary>The team the worker held the case in (kept, because workers move teams).</summary>
    public long TeamId { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }
}

/// <summary>A supervision session between a worker and their supervisor.</summary>
public sealed class SupervisionRecord : SourcedRecord
{
    public long WorkerId { get; set; }

    public long SupervisorId { get; set; }

    public DateOnly SupervisionDate { get; set; }

    /// <summary>Children whose cases were discussed; management oversight is recorded on each child's record.</summary>
    public List<long> ChildrenDiscussed { get; set; } = [];
}
