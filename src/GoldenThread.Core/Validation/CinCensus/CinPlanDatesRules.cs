namespace GoldenThread.Core.Validation.CinCensus;

/// <summary>4000: a referral with no further action cannot have CIN plan dates.</summary>
public sealed class Rule4000CinPlanOnNoFurtherAction : CinCensusRule
{
    public override string Code => "4000";

    public override string Message => "CIN Plan details provided for a referral with no further action";

    public override IReadOnlyList<string> Fields => [CinFields.ReferralNfa, CinFields.CinPlanStartDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            if (!episode.Referral.IsNoFurtherAction)
            {
                continue;
            }

            foreach (var plan in episode.CinPlans)
            {
                yield return Flag(index, plan, episode.LaChildId, CinFields.CinPlanStartDate, plan.StartDate);
            }
        }
    }
}

/// <summary>4001: within an episode, an open child protection plan and an open CIN plan (neither with an end date) cannot both be present.</summary>
public sealed class Rule4001OpenCinPlanWithOpenCpp : CinCensusRule
{
    public override string Code => "4001";

    public override string Message => "A CIN Plan cannot run concurrently with a Child Protection Plan";

    public override IReadOnlyList<string> Fields => [CinFields.CinPlanEndDate, CinFields.CppEndDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            if (!episode.ProtectionPlans.Any(p => p.EndDate is null))
            {
                continue;
            }

            foreach (var plan in episode.CinPlans)
            {
                if (plan.EndDate is null)
                {
                    yield return Flag(index, plan, episode.LaChildId, CinFields.CinPlanEndDate, (string?)null);
                }
            }
        }
    }
}

/// <summary>4004: a child can have only one open CIN plan (no end date).</summary>
public sealed class Rule4004MoreThanOneOpenCinPlan : CinCensusRule
{
    public override string Code => "4004";

    public override string Message => "This child is showing more than one open CIN Plan, i.e. with no End Date";

    public override IReadOnlyList<string> Fields => [CinFields.CinPlanEndDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            var open = child.CinPlans.Where(p => p.EndDate is null).ToList();
            if (open.Count < 2)
            {
                continue;
            }

            foreach (var plan in open)
            {
                yield return Flag(index, plan, child.LaChildId, CinFields.CinPlanEndDate, (string?)null);
            }
        }
    }
}

/// <summary>4010: a CIN plan start date must be present and on or before the reference date.</summary>
public sealed class Rule4010CinPlanStartDate : CinCensusRule
{
    public override string Code => "4010";

    public override string Message => "CIN Plan start date is missing or out of data collection period";

    public override IReadOnlyList<string> Fields => [CinFields.CinPlanStartDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var plan in episode.CinPlans)
            {
                if (plan.StartDate == default || plan.StartDate > index.ReferenceDate)
                {
                    yield return Flag(index, plan, episode.LaChildId, CinFields.CinPlanStartDate, plan.StartDate == default ? null : plan.StartDate);
                }
            }
        }
    }
}

/// <summary>4011: a CIN plan cannot end before it starts.</summary>
public sealed class Rule4011CinPlanEndBeforeStart : CinCensusRule
{
    public override string Code => "4011";

    public override string Message => "CIN Plan End Date earlier than Start Date";

    public override IReadOnlyList<string> Fields => [CinFields.CinPlanEndDate, CinFields.CinPlanStartDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var plan in episode.CinPlans)
            {
                if (plan.EndDate is { } end && end < plan.StartDate)
                {
                    yield return Flag(index, plan, episode.LaChildId, CinFields.CinPlanEndDate, end);
                }
            }
        }
    }
}

/// <summary>4012Q: a CIN plan should not start and end on the same day.</summary>
public sealed class Rule4012QCinPlanSameDay : CinCensusRule
{
    public override string Code => "4012Q";

    public override string Message => "Please check and either amend or provide a reason: CIN Plan shown as starting and ending on the same day";

    public override IReadOnlyList<string> Fields => [CinFields.CinPlanStartDate, CinFields.CinPlanEndDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var plan in episode.CinPlans)
            {
                if (plan.EndDate == plan.StartDate)
                {
                    yield return Flag(index, plan, episode.LaChildId, CinFields.CinPlanEndDate, plan.EndDate);
                }
            }
        }
    }
}

/// <summary>4013: a CIN plan end date, where present, falls within the census year.</summary>
public sealed class Rule4013CinPlanEndInCensusYear : CinCensusRule
{
    public override string Code => "4013";

    public override string Message => "CIN Plan end date must fall within the census year";

    public override IReadOnlyList<string> Fields => [CinFields.CinPlanEndDate, CinFields.ReferenceDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var plan in episode.CinPlans)
            {
                if (plan.EndDate is { } end && !index.IsInPeriod(end))
                {
                    yield return Flag(index, plan, episode.LaChildId, CinFields.CinPlanEndDate, end);
                }
            }
        }
    }
}

/// <summary>
/// 4014: a child's CIN plans cannot overlap: no plan starts on or after another's start and before its end (or, for an open
/// plan, on or before the reference date). One plan may start on the day another ends.
/// </summary>
public sealed class Rule4014CinPlansOverlap : CinCensusRule
{
    public override string Code => "4014";

    public override string Message => "CIN Plan data contains overlapping dates";

    public override IReadOnlyList<string> Fields => [CinFields.CinPlanStartDate, CinFields.CinPlanEndDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            var plans = child.CinPlans.ToList();
            if (plans.Count < 2)
            {
                continue;
            }

            foreach (var plan in plans)
            {
                if (plans.Any(other => other != plan && CinIntervals.StartsWithin(plan.StartDate, other.StartDate, other.EndDate, index.ReferenceDate)))
                {
                    yield return Flag(index, plan, child.LaChildId, CinFields.CinPlanStartDate, plan.StartDate);
                }
            }
        }
    }
}

/// <summary>4015: a CIN plan cannot start before its referral.</summary>
public sealed class Rule4015CinPlanBeforeReferral : CinCensusRule
{
    public override string Code => "4015";

    public override string Message => "The CIN Plan start date cannot be before the referral date";

    public override IReadOnlyList<string> Fields => [CinFields.CinPlanStartDate, CinFields.CinReferralDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var plan in episode.CinPlans)
            {
                if (plan.StartDate != default && plan.StartDate < episode.Referral.ReferralDate)
                {
                    yield return Flag(index, plan, episode.LaChildId, CinFields.CinPlanStartDate, plan.StartDate);
                }
            }
        }
    }
}

/// <summary>
/// 4016: a CIN plan cannot start on or after a child protection plan's start and before its end (or, for an open child
/// protection plan, on or before the reference date). A CIN plan may start on the day a child protection plan ends.
/// </summary>
public sealed class Rule4016CinPlanStartsDuringCpp : CinCensusRule
{
    public override string Code => "4016";

    public override string Message => "A CIN Plan has been reported as open at the same time as a Child Protection Plan.";

    public override IReadOnlyList<string> Fields => [CinFields.CinPlanStartDate, CinFields.CppStartDate, CinFields.CppEndDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            var protectionPlans = child.ProtectionPlans.ToList();
            if (protectionPlans.Count == 0)
            {
                continue;
            }

            foreach (var plan in child.CinPlans)
            {
                if (protectionPlans.Any(p => CinIntervals.StartsWithin(plan.StartDate, p.StartDate, p.EndDate, index.ReferenceDate)))
                {
                    yield return Flag(index, plan, child.LaChildId, CinFields.CinPlanStartDate, plan.StartDate);
                }
            }
        }
    }
}

/// <summary>
/// 4017: a child protection plan cannot start on or after a CIN plan's start and before its end (or, for an open CIN plan,
/// on or before the reference date). A child protection plan may start on the day a CIN plan ends.
/// </summary>
public sealed class Rule4017CppStartsDuringCinPlan : CinCensusRule
{
    public override string Code => "4017";

    public override string Message => "A CIN Plan has been reported as open at the same time as a Child Protection Plan.";

    public override IReadOnlyList<string> Fields => [CinFields.CinPlanStartDate, CinFields.CinPlanEndDate, CinFields.CppStartDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            var cinPlans = child.CinPlans.ToList();
            if (cinPlans.Count == 0)
            {
                continue;
            }

            foreach (var plan in child.ProtectionPlans)
            {
                if (cinPlans.Any(p => CinIntervals.StartsWithin(plan.StartDate, p.StartDate, p.EndDate, index.ReferenceDate)))
                {
                    yield return Flag(index, plan, child.LaChildId, CinFields.CppStartDate, plan.StartDate);
                }
            }
        }
    }
}

/// <summary>Interval tests shared by the overlap rules.</summary>
public static class CinIntervals
{
    /// <summary>
    /// True when <paramref name="date"/> is on or after <paramref name="start"/> and before <paramref name="end"/>, or, with no
    /// end, on or before <paramref name="referenceDate"/>. Missing dates (default) never match.
    /// </summary>
    public static bool StartsWithin(DateOnly date, DateOnly start, DateOnly? end, DateOnly referenceDate) =>
        date != default && start != default && date >= start && (end is { } e ? date < e : date <= referenceDate);
}
