namespace GoldenThread.Core.Model;

/// <summary>
/// An SSDA903 episode of care: a new episode starts on any change of legal status or placement.
/// A period of care runs from an episode with reason for new episode S to the first reason ceased other than X1.
/// </summary>
public sealed class CareEpisode : ChildRecord
{
    /// <summary>DECOM: date the episode commenced.</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>RNE: S, L, P, T, B or U.</summary>
    public string? ReasonForNewEpisode { get; set; }

    /// <summary>LS: legal status, e.g. C2, V2. V3 and V4 are short breaks, excluded from looked-after figures.</summary>
    public string? LegalStatus { get; set; }

    /// <summary>CIN: category of need N1 to N8.</summary>
    public string? CategoryOfNeed { get; set; }

    /// <summary>PLACE: placement type, e.g. U1, K2.</summary>
    public string? PlacementType { get; set; }

    /// <summary>PLACE_PROVIDER: PR0 to PR5.</summary>
    public string? PlacementProvider { get; set; }

    /// <summary>DEC: date the episode ceased.</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary>REC: reason the episode ceased; X1 means care continues in a new episode.</summary>
    public string? ReasonEpisodeCeased { get; set; }

    public string? ReasonPlaceChange { get; set; }

    public string? HomePostcode { get; set; }

    public string? PlacementPostcode { get; set; }

    /// <summary>Ofsted URN of the placement, where there is one.</summary>
    public string? Urn { get; set; }

    public bool IsShortBreak => LegalStatus is "V3" or "V4";
}

/// <summary>A looked-after child's review (SSDA903 Reviews).</summary>
public sealed class CareReview : ChildRecord
{
    public DateOnly ReviewDate { get; set; }

    /// <summary>REVIEW_CODE PN0 to PN7: how the child participated.</summary>
    public string? ParticipationCode { get; set; }
}

/// <summary>A statutory visit to a looked-after child.</summary>
public sealed class CareVisit : ChildRecord
{
    public DateOnly VisitDate { get; set; }

    public bool ChildSeen { get; set; }

    public bool ChildSeenAlone { get; set; }

    public long? WorkerId { get; set; }
}

/// <summary>A period missing (M) or away from placement without authorisation (A).</summary>
public sealed class MissingEpisode : ChildRecord
{
    /// <summary>M (missing) or A (away without authorisation).</summary>
    public string? Kind { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }
}

/// <summary>SSDA903 OC2: health and offending of a child looked after continuously for 12 months at 31 March.</summary>
public sealed class HealthRecord : ChildRecord
{
    public required string CollectionYear { get; set; }

    public int? SdqScore { get; set; }

    public string? SdqReason { get; set; }

    public bool? Convicted { get; set; }

    public bool? HealthCheck { get; set; }

    public bool? Immunisations { get; set; }

    public bool? TeethCheck { get; set; }

    public bool? HealthAssessment { get; set; }

    public bool? SubstanceMisuse { get; set; }

    public bool? InterventionReceived { get; set; }

    public bool? InterventionOffered { get; set; }
}

/// <summary>SSDA903 OC3: a care leaver's circumstances around their 17th to 21st birthdays.</summary>
public sealed class CareLeaverRecord : ChildRecord
{
    public required string CollectionYear { get; set; }

    /// <summary>IN_TOUCH: YES, NO, DIED, REFU, NREQ, RHOM.</summary>
    public string? InTouch { get; set; }

    /// <summary>ACTIV: F1, P1 … 0 (education, employment or training status).</summary>
    public string? Activity { get; set; }

    /// <summary>ACCOM: accommodation type and suitability code, e.g. B1 (suitable) or B2 (not suitable).</summary>
    public string? Accommodation { get; set; }
}

/// <summary>Adoption milestones (SSDA903 AD1, PlacedAdoption and the placement order).</summary>
public sealed class AdoptionRecord : ChildRecord
{
    /// <summary>DATE_INT: decision that the child should be placed for adoption.</summary>
    public DateOnly? DecisionDate { get; set; }

    public DateOnly? PlacementOrderDate { get; set; }

    /// <summary>DATE_MATCH: matched with prospective adopters.</summary>
    public DateOnly? MatchDate { get; set; }

    /// <summary>DATE_PLACED: moved in with the adoptive family.</summary>
    public DateOnly? PlacedDate { get; set; }

    public DateOnly? PlacedCeasedDate { get; set; }

    public string? ReasonPlacedCeased { get; set; }

    public bool? FosterCare { get; set; }

    public string? NumberOfAdopters { get; set; }

    public string? SexOfAdopters { get; set; }

    public string? LegalStatusOfAdopters { get; set; }

    public DateOnly? AdoptionOrderDate { get; set; }
}

/// <summary>SSDA903 PrevPerm: a permanence order the child had before entering care.</summary>
public sealed class PreviousPermanence : ChildRecord
{
    /// <summary>PREV_PERM: P1 (adoption), P2 (special guardianship), P3 (child arrangements), Z1 (none), P4 … as published.</summary>
    public string? Option { get; set; }

    /// <summary>LA_PERM: the authority that made the order, where known.</summary>
    public string? AuthorityCode { get; set; }

    /// <summary>DATE_PERM as recorded: dd/mm/yyyy, with zz for an unknown day or month (e.g. zz/zz/2019).</summary>
    public string? OrderDate { get; set; }
}

/// <summary>SSDA903 SWEpisodes (from 2023-24): the social worker responsible for a looked-after child, and when.</summary>
public sealed class SocialWorkerEpisode : ChildRecord
{
    /// <summary>SW_ID: the worker's Social Work England registration or local identifier.</summary>
    public string? SocialWorkerId { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    /// <summary>SW_REASON: why the episode ended (MGRJOB, MGRCHILD …).</summary>
    public string? EndReason { get; set; }
}
