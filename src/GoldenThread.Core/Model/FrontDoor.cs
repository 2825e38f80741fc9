namespace GoldenThread.Core.Model;

/// <summary>A contact: information about a child received by the front door (Annex A list 1).</summary>
public sealed class Contact : ChildRecord
{
    public DateOnly ContactDate { get; set; }

    /// <summary>Source of the contact, using the CIN referral source codes.</summary>
    public string? Source { get; set; }

    /// <summary>What happened next: REFERRAL, EARLY_HELP, NFA, INFORMATION.</summary>
    public string? NextStep { get; set; }
}

/// <summary>An episode of early help (Annex A list 2).</summary>
public sealed class EarlyHelpEpisode : ChildRecord
{
    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string? Provider { get; set; }

    public string? EndReason { get; set; }
}

/// <summary>A referral to children's social care: the start of a CIN episode (CIN census CINdetails).</summary>
public sealed class Referral : ChildRecord
{
    public DateOnly ReferralDate { get; set; }

    /// <summary>ReferralSource code, e.g. 1A, 5C.</summary>
    public string? Source { get; set; }

    /// <summary>PrimaryNeedCode N0 to N9.</summary>
    public string? PrimaryNeedCode { get; set; }

    /// <summary>The referral led to no further action; it counts as a referral but never as an open episode.</summary>
    public bool IsNoFurtherAction { get; set; }

    public DateOnly? ClosureDate { get; set; }

    /// <summary>ReasonForClosure RC1 to RC9.</summary>
    public string? ClosureReason { get; set; }
}

/// <summary>A child and family assessment within a referral.</summary>
public sealed class Assessment : ChildRecord
{
    public long ReferralId { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? InternalReviewDate { get; set; }

    /// <summary>The date the assessment was completed and authorised by a manager.</summary>
    public DateOnly? AuthorisationDate { get; set; }

    /// <summary>Factors identified at assessment, e.g. 2B, 3A.</summary>
    public List<string> Factors { get; set; } = [];

    public bool? ChildSeen { get; set; }

    public bool? ChildSeenAlone { get; set; }

    public long? WorkerId { get; set; }
}

/// <summary>A child in need plan within a referral.</summary>
public sealed class ChildInNeedPlan : ChildRecord
{
    public long ReferralId { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }
}
