namespace GoldenThread.Core.Model;

/// <summary>A section 47 enquiry (Children Act 1989) within a referral.</summary>
public sealed class Section47Enquiry : ChildRecord
{
    public long ReferralId { get; set; }

    /// <summary>S47ActualStartDate: the strategy discussion that started the enquiry.</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>InitialCPCtarget: 15 working days after the start.</summary>
    public DateOnly? InitialConferenceTargetDate { get; set; }

    /// <summary>ICPCnotRequired: the enquiry ended without an initial conference.</summary>
    public bool ConferenceNotRequired { get; set; }
}

/// <summary>An initial child protection conference (ICPC).</summary>
public sealed class InitialChildProtectionConference : ChildRecord
{
    public long ReferralId { get; set; }

    public long? Section47EnquiryId { get; set; }

    public DateOnly ConferenceDate { get; set; }

    /// <summary>The conference decided the child should become subject to a child protection plan.</summary>
    public bool ResultedInPlan { get; set; }
}

/// <summary>A child protection plan.</summary>
public sealed class ChildProtectionPlan : ChildRecord
{
    public long ReferralId { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    /// <summary>InitialCategoryOfAbuse: NEG, PHY, SAB, EMO or MUL.</summary>
    public string? InitialCategory { get; set; }

    public string? LatestCategory { get; set; }

    /// <summary>NumberOfPreviousCPP as recorded (may disagree with the plans held, which is a finding).</summary>
    public int? NumberOfPreviousPlans { get; set; }
}

/// <summary>A child protection review conference.</summary>
public sealed class ChildProtectionReview : ChildRecord
{
    public long ChildProtectionPlanId { get; set; }

    public DateOnly ReviewDate { get; set; }

    public bool? ChildParticipated { get; set; }
}

/// <summary>A statutory visit to a child on a child protection plan.</summary>
public sealed class ChildProtectionVisit : ChildRecord
{
    public long ChildProtectionPlanId { get; set; }

    public DateOnly VisitDate { get; set; }

    public bool ChildSeen { get; set; }

    public bool ChildSeenAlone { get; set; }

    public long? WorkerId { get; set; }
}
