using System.Globalization;

namespace GoldenThread.Core.Validation.CinCensus;

/// <summary>1105: a child protection plan cannot start before the referral date.</summary>
public sealed class Rule1105CppBeforeReferral : CinCensusRule
{
    public override string Code => "1105";

    public override string Message => "The child protection plan start date cannot be before the referral date";

    public override IReadOnlyList<string> Fields => [CinFields.CppStartDate, CinFields.CinReferralDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var plan in episode.ProtectionPlans)
            {
                if (plan.StartDate != default && plan.StartDate < episode.Referral.ReferralDate)
                {
                    yield return Flag(index, plan, episode.LaChildId, CinFields.CppStartDate, plan.StartDate);
                }
            }
        }
    }
}

/// <summary>
/// 2883 (authority level): child protection plans starting in the census year cannot outnumber the initial conferences
/// (CINdetails and Section47 DateOfInitialCPC) held in the census year.
/// </summary>
public sealed class Rule2883MorePlansThanConferences : CinCensusRule
{
    public override string Code => "2883";

    public override string Message => "There are more child protection plans starting than initial conferences taking place";

    public override IReadOnlyList<string> Fields => [CinFields.CppStartDate, CinFields.CinDetailsDateOfInitialCpc, CinFields.Section47DateOfInitialCpc];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        var plans = index.Episodes.Sum(e => e.ProtectionPlans.Count(p => index.IsInPeriod(p.StartDate)));
        var conferences = index.Episodes.Sum(e => e.Conferences.Count(c => index.IsInPeriod(c.ConferenceDate)));
        if (plans > conferences)
        {
            yield return FlagAuthority(
                CinFields.CppStartDate,
                string.Create(CultureInfo.InvariantCulture, $"{plans} plans starting, {conferences} initial conferences"));
        }
    }
}

/// <summary>
/// 2885: a child protection plan starting in the census year must start on the date of an initial conference of its episode
/// (the Section47 DateOfInitialCPC or the CINdetails DateOfInitialCPC).
/// </summary>
public sealed class Rule2885CppStartNotConferenceDate : CinCensusRule
{
    public override string Code => "2885";

    public override string Message => "Child protection plan shown as starting a different day to the initial child protection conference.";

    public override IReadOnlyList<string> Fields => [CinFields.CppStartDate, CinFields.Section47DateOfInitialCpc, CinFields.CinDetailsDateOfInitialCpc];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var plan in episode.ProtectionPlans)
            {
                if (index.IsInPeriod(plan.StartDate) && !episode.Conferences.Any(c => c.ConferenceDate == plan.StartDate))
                {
                    yield return Flag(index, plan, episode.LaChildId, CinFields.CppStartDate, plan.StartDate);
                }
            }
        }
    }
}

/// <summary>
/// 8565: where an episode has a closure date, every assessment start and authorisation, section 47 start, initial conference,
/// child protection plan end and CIN plan start and end in it must be on or before that date.
/// </summary>
public sealed class Rule8565ActivityAfterClosure : CinCensusRule
{
    public override string Code => "8565";

    public override string Message => "Activity shown after a case has been closed";

    public override IReadOnlyList<string> Fields =>
    [
        CinFields.CinClosureDate, CinFields.CinDetailsDateOfInitialCpc, CinFields.Section47DateOfInitialCpc, CinFields.AssessmentActualStartDate,
        CinFields.AssessmentAuthorisationDate, CinFields.S47ActualStartDate, CinFields.CppEndDate, CinFields.CinPlanStartDate, CinFields.CinPlanEndDate,
    ];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            if (episode.Referral.ClosureDate is not { } closed)
            {
                continue;
            }

            var id = episode.LaChildId;
            foreach (var assessment in episode.Assessments)
            {
                if (assessment.StartDate > closed)
                {
                    yield return Flag(index, assessment, id, CinFields.AssessmentActualStartDate, assessment.StartDate);
                }
                else if (assessment.AuthorisationDate is { } authorised && authorised > closed)
                {
                    yield return Flag(index, assessment, id, CinFields.AssessmentAuthorisationDate, authorised);
                }
            }

            foreach (var enquiry in episode.Enquiries)
            {
                if (enquiry.StartDate > closed)
                {
                    yield return Flag(index, enquiry, id, CinFields.S47ActualStartDate, enquiry.StartDate);
                }
            }

            foreach (var conference in episode.Conferences)
            {
                if (conference.ConferenceDate > closed)
                {
                    yield return Flag(index, conference, id, CinFields.DateOfInitialCpc(conference), conference.ConferenceDate);
                }
            }

            foreach (var plan in episode.ProtectionPlans)
            {
                if (plan.EndDate is { } end && end > closed)
                {
                    yield return Flag(index, plan, id, CinFields.CppEndDate, end);
                }
            }

            foreach (var plan in episode.CinPlans)
            {
                if (plan.StartDate > closed)
                {
                    yield return Flag(index, plan, id, CinFields.CinPlanStartDate, plan.StartDate);
                }
                else if (plan.EndDate is { } end && end > closed)
                {
                    yield return Flag(index, plan, id, CinFields.CinPlanEndDate, end);
                }
            }
        }
    }
}

/// <summary>8720: a child protection plan start date must be present and on or before the reference date.</summary>
public sealed class Rule8720CppStartDate : CinCensusRule
{
    public override string Code => "8720";

    public override string Message => "Child Protection Plan Start Date missing or out of data collection period";

    public override IReadOnlyList<string> Fields => [CinFields.CppStartDate, CinFields.ReferenceDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var plan in episode.ProtectionPlans)
            {
                if (plan.StartDate == default || plan.StartDate > index.ReferenceDate)
                {
                    yield return Flag(index, plan, episode.LaChildId, CinFields.CppStartDate, plan.StartDate == default ? null : plan.StartDate);
                }
            }
        }
    }
}

/// <summary>8730: NumberOfPreviousCPP must be present.</summary>
public sealed class Rule8730PreviousPlansMissing : CinCensusRule
{
    public override string Code => "8730";

    public override string Message => "Total Number of previous Child Protection Plans missing";

    public override IReadOnlyList<string> Fields => [CinFields.NumberOfPreviousCpp];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var plan in episode.ProtectionPlans)
            {
                if (plan.NumberOfPreviousPlans is null)
                {
                    yield return Flag(index, plan, episode.LaChildId, CinFields.NumberOfPreviousCpp, (string?)null);
                }
            }
        }
    }
}

/// <summary>8832: a referral with no further action cannot have child protection plans.</summary>
public sealed class Rule8832CppOnNoFurtherAction : CinCensusRule
{
    public override string Code => "8832";

    public override string Message => "Child Protection details provided for a referral with no further action.";

    public override IReadOnlyList<string> Fields => [CinFields.CinDetailsId, CinFields.ReferralNfa, CinFields.CppStartDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            if (!episode.Referral.IsNoFurtherAction)
            {
                continue;
            }

            foreach (var plan in episode.ProtectionPlans)
            {
                yield return Flag(index, plan, episode.LaChildId, CinFields.CppStartDate, plan.StartDate);
            }
        }
    }
}

/// <summary>8840: a child protection plan cannot start and end on the same day.</summary>
public sealed class Rule8840CppSameDay : CinCensusRule
{
    public override string Code => "8840";

    public override string Message => "Child Protection Plan cannot start and end on the same day";

    public override IReadOnlyList<string> Fields => [CinFields.CppStartDate, CinFields.CppEndDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var plan in episode.ProtectionPlans)
            {
                if (plan.EndDate == plan.StartDate)
                {
                    yield return Flag(index, plan, episode.LaChildId, CinFields.CppEndDate, plan.EndDate);
                }
            }
        }
    }
}

/// <summary>8841: a review must be after the child protection plan's start date.</summary>
public sealed class Rule8841ReviewNotAfterCppStart : CinCensusRule
{
    public override string Code => "8841";

    public override string Message => "The review date cannot be on the same day or before the Child protection Plan start date.";

    public override IReadOnlyList<string> Fields => [CinFields.CppStartDate, CinFields.CppReviewDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var plan in episode.ProtectionPlans)
            {
                if (plan.StartDate == default)
                {
                    continue;
                }

                foreach (var review in index.ReviewsOf(plan))
                {
                    if (review.ReviewDate != default && review.ReviewDate <= plan.StartDate)
                    {
                        yield return Flag(index, review, episode.LaChildId, CinFields.CppReviewDate, review.ReviewDate);
                    }
                }
            }
        }
    }
}

/// <summary>8905: InitialCategoryOfAbuse must be present and NEG, PHY, SAB, EMO or MUL.</summary>
public sealed class Rule8905InitialCategoryOfAbuse : CinCensusRule
{
    public override string Code => "8905";

    public override string Message => "Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)";

    public override IReadOnlyList<string> Fields => [CinFields.InitialCategoryOfAbuse];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var plan in episode.ProtectionPlans)
            {
                if (!CinCodes.IsValid(CinCodes.CategoryOfAbuse, plan.InitialCategory))
                {
                    yield return Flag(index, plan, episode.LaChildId, CinFields.InitialCategoryOfAbuse, plan.InitialCategory);
                }
            }
        }
    }
}

/// <summary>8910: LatestCategoryOfAbuse must be present and NEG, PHY, SAB, EMO or MUL.</summary>
public sealed class Rule8910LatestCategoryOfAbuse : CinCensusRule
{
    public override string Code => "8910";

    public override string Message => "Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)";

    public override IReadOnlyList<string> Fields => [CinFields.LatestCategoryOfAbuse];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var plan in episode.ProtectionPlans)
            {
                if (!CinCodes.IsValid(CinCodes.CategoryOfAbuse, plan.LatestCategory))
                {
                    yield return Flag(index, plan, episode.LaChildId, CinFields.LatestCategoryOfAbuse, plan.LatestCategory);
                }
            }
        }
    }
}

/// <summary>8915: a child protection plan cannot start after the child's date of death.</summary>
public sealed class Rule8915CppStartAfterDeath : CinCensusRule
{
    public override string Code => "8915";

    public override string Message => "Child Protection Plan shown as starting after the child’s Date of Death";

    public override IReadOnlyList<string> Fields => [CinFields.CppStartDate, CinFields.PersonDeathDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            if (child.Child.DeathDate is not { } death)
            {
                continue;
            }

            foreach (var plan in child.ProtectionPlans)
            {
                if (plan.StartDate > death)
                {
                    yield return Flag(index, plan, child.LaChildId, CinFields.CppStartDate, plan.StartDate);
                }
            }
        }
    }
}

/// <summary>8920: a child protection plan cannot end after the child's date of death.</summary>
public sealed class Rule8920CppEndAfterDeath : CinCensusRule
{
    public override string Code => "8920";

    public override string Message => "Child Protection Plan cannot end after the child’s Date of Death";

    public override IReadOnlyList<string> Fields => [CinFields.PersonDeathDate, CinFields.CppEndDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            if (child.Child.DeathDate is not { } death)
            {
                continue;
            }

            foreach (var plan in child.ProtectionPlans)
            {
                if (plan.EndDate is { } end && end > death)
                {
                    yield return Flag(index, plan, child.LaChildId, CinFields.CppEndDate, end);
                }
            }
        }
    }
}

/// <summary>8925: a child protection plan cannot end before it starts.</summary>
public sealed class Rule8925CppEndBeforeStart : CinCensusRule
{
    public override string Code => "8925";

    public override string Message => "Child Protection Plan End Date earlier than Start Date";

    public override IReadOnlyList<string> Fields => [CinFields.CppStartDate, CinFields.CppEndDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var plan in episode.ProtectionPlans)
            {
                if (plan.EndDate is { } end && end < plan.StartDate)
                {
                    yield return Flag(index, plan, episode.LaChildId, CinFields.CppEndDate, end);
                }
            }
        }
    }
}

/// <summary>8930: a child protection plan end date, where present, falls within the census year.</summary>
public sealed class Rule8930CppEndInCensusYear : CinCensusRule
{
    public override string Code => "8930";

    public override string Message => "Child Protection Plan End Date must fall within the census year";

    public override IReadOnlyList<string> Fields => [CinFields.CppEndDate, CinFields.ReferenceDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var plan in episode.ProtectionPlans)
            {
                if (plan.EndDate is { } end && !index.IsInPeriod(end))
                {
                    yield return Flag(index, plan, episode.LaChildId, CinFields.CppEndDate, end);
                }
            }
        }
    }
}

/// <summary>8935: a child can have only one open child protection plan (no end date).</summary>
public sealed class Rule8935MoreThanOneOpenCpp : CinCensusRule
{
    public override string Code => "8935";

    public override string Message => "This child is showing more than one open Child Protection plan, i.e. with no End Date";

    public override IReadOnlyList<string> Fields => [CinFields.CppEndDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            var open = child.ProtectionPlans.Where(p => p.EndDate is null).ToList();
            if (open.Count < 2)
            {
                continue;
            }

            foreach (var plan in open)
            {
                yield return Flag(index, plan, child.LaChildId, CinFields.CppEndDate, (string?)null);
            }
        }
    }
}

/// <summary>
/// 8940: a child's child protection plans cannot overlap: no plan starts on or after another's start and before its end (or,
/// for an open plan, on or before the reference date). A plan may start on the day another ends.
/// </summary>
public sealed class Rule8940CppsOverlap : CinCensusRule
{
    public override string Code => "8940";

    public override string Message => "Child Protection Plan data contains overlapping dates";

    public override IReadOnlyList<string> Fields => [CinFields.CppStartDate, CinFields.CppEndDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            var plans = child.ProtectionPlans.ToList();
            if (plans.Count < 2)
            {
                continue;
            }

            foreach (var plan in plans)
            {
                if (plans.Any(other => other != plan && CinIntervals.StartsWithin(plan.StartDate, other.StartDate, other.EndDate, index.ReferenceDate)))
                {
                    yield return Flag(index, plan, child.LaChildId, CinFields.CppStartDate, plan.StartDate);
                }
            }
        }
    }
}
