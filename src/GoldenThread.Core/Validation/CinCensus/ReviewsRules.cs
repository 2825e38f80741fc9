namespace GoldenThread.Core.Validation.CinCensus;

/// <summary>
/// 4003: within an episode, a child protection review cannot fall on or after a CIN plan's start and before its end (or, for
/// an open CIN plan, on or before the reference date), unless the review is on the day the child protection plan ends.
/// </summary>
public sealed class Rule4003ReviewDuringCinPlan : CinCensusRule
{
    public override string Code => "4003";

    public override string Message => "A CPP review date is shown as being held at the same time as an open CIN Plan.";

    public override IReadOnlyList<string> Fields => [CinFields.CinPlanStartDate, CinFields.CinPlanEndDate, CinFields.CppReviewDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            if (episode.CinPlans.Count == 0)
            {
                continue;
            }

            foreach (var plan in episode.ProtectionPlans)
            {
                foreach (var review in index.ReviewsOf(plan))
                {
                    if (review.ReviewDate != plan.EndDate
                        && episode.CinPlans.Any(p => CinIntervals.StartsWithin(review.ReviewDate, p.StartDate, p.EndDate, index.ReferenceDate)))
                    {
                        yield return Flag(index, review, episode.LaChildId, CinFields.CppReviewDate, review.ReviewDate);
                    }
                }
            }
        }
    }
}

/// <summary>8842Q: a Reviews record should have a review date.</summary>
public sealed class Rule8842QReviewDateMissing : CinCensusRule
{
    public override string Code => "8842Q";

    public override string Message => "Please check and either amend or provide a reason: Review Record has a missing date";

    public override IReadOnlyList<string> Fields => [CinFields.CppReviewDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var plan in episode.ProtectionPlans)
            {
                foreach (var review in index.ReviewsOf(plan))
                {
                    if (review.ReviewDate == default)
                    {
                        yield return Flag(index, review, episode.LaChildId, CinFields.CppReviewDate, (string?)null);
                    }
                }
            }
        }
    }
}
