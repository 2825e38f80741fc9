namespace GoldenThread.Core.Indicators.Catalogue;

/// <summary>Referrals received in the period, NFA referrals included.</summary>
public sealed class Referrals : Indicator
{
    public override string Id => "referrals";

    public override string Name => "Referrals";

    public override string Definition => "The number of referrals to children's social care dated in the period, including referrals that led to no further action. A child referred twice counts twice.";

    public override string Numerator => "Referrals with a referral date in the period";

    public override string Denominator => string.Empty;

    public override string Population => "All referrals";

    public override IndicatorUnit Unit => IndicatorUnit.Count;

    public override Polarity Polarity => Polarity.Neutral;

    public override IndicatorSource Source => IndicatorSource.National;

    public override IndicatorBasis Basis => IndicatorBasis.EventsInPeriod;

    public override IReadOnlyList<string> Fields => ["Referral.ReferralDate"];

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period) =>
        context.ReferralsByDate.Between(period).Select(r => context.ChildCase(r.ChildId, r.ReferralDate, 1, null));
}

/// <summary>Re-referrals within 12 months.</summary>
public sealed class ReReferrals : Indicator
{
    public override string Id => "rereferral_12m";

    public override string Name => "Re-referrals within 12 months";

    public override string Definition =>
        "Of referrals dated in the period, the percentage where the same child had an earlier referral dated within the 12 months before it. "
        + "Referral dates are compared, not closure dates. The boundary is inclusive: an earlier referral on the same day and month one year before "
        + "(1 April 2024 for a referral on 1 April 2025) counts; one a day earlier does not. NFA referrals count on both sides.";

    public override string Numerator => "Referrals in the period with an earlier referral of the same child dated on or after the same date 12 months before";

    public override string Denominator => "Referrals with a referral date in the period";

    public override string Population => "All referrals";

    public override IndicatorUnit Unit => IndicatorUnit.Percentage;

    public override Polarity Polarity => Polarity.LowerIsBetter;

    public override IndicatorSource Source => IndicatorSource.National;

    public override IndicatorBasis Basis => IndicatorBasis.EventsInPeriod;

    public override IReadOnlyList<string> Fields => ["Referral.ReferralDate", "Referral.ChildId"];

    public override string EnglandFigure => "England 2024-25: 22.6%";

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period)
    {
        foreach (var r in context.ReferralsByDate.Between(period))
        {
            var windowStart = r.ReferralDate.AddMonths(-context.Settings.ReReferralMonths);
            var earlier = context.Child(r.ChildId)!.Referrals.Any(q => q.Id != r.Id && q.ReferralDate < r.ReferralDate && q.ReferralDate >= windowStart);
            yield return context.ChildCase(r.ChildId, r.ReferralDate, earlier ? 1 : null, 1);
        }
    }
}

/// <summary>Referrals that led to no further action.</summary>
public sealed class ReferralsNoFurtherAction : Indicator
{
    public override string Id => "referral_nfa";

    public override string Name => "Referrals leading to no further action";

    public override string Definition => "Of referrals dated in the period, the percentage marked no further action (ReferralNFA).";

    public override string Numerator => "Referrals in the period marked no further action";

    public override string Denominator => "Referrals with a referral date in the period";

    public override string Population => "All referrals";

    public override IndicatorUnit Unit => IndicatorUnit.Percentage;

    public override Polarity Polarity => Polarity.Neutral;

    public override IndicatorSource Source => IndicatorSource.National;

    public override IndicatorBasis Basis => IndicatorBasis.EventsInPeriod;

    public override IReadOnlyList<string> Fields => ["Referral.ReferralDate", "Referral.IsNoFurtherAction"];

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period) =>
        context.ReferralsByDate.Between(period).Select(r => context.ChildCase(r.ChildId, r.ReferralDate, r.IsNoFurtherAction ? 1 : null, 1));
}

/// <summary>Assessments completed (authorised) in the period.</summary>
public sealed class AssessmentsCompleted : Indicator
{
    public override string Id => "assessments_completed";

    public override string Name => "Assessments completed";

    public override string Definition => "The number of child and family assessments authorised in the period, whenever they started.";

    public override string Numerator => "Assessments with an authorisation date in the period";

    public override string Denominator => string.Empty;

    public override string Population => "All assessments";

    public override IndicatorUnit Unit => IndicatorUnit.Count;

    public override Polarity Polarity => Polarity.Neutral;

    public override IndicatorSource Source => IndicatorSource.National;

    public override IndicatorBasis Basis => IndicatorBasis.EventsInPeriod;

    public override IReadOnlyList<string> Fields => ["Assessment.AuthorisationDate"];

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period) =>
        context.AssessmentsByAuthorisation.Between(period).Select(a => context.ChildCase(a.ChildId, a.AuthorisationDate!.Value, 1, null));
}

/// <summary>Assessments completed within 45 working days.</summary>
public sealed class AssessmentsWithin45WorkingDays : Indicator
{
    public override string Id => "assessment_45wd";

    public override string Name => "Assessments completed within 45 working days";

    public override string Definition =>
        "Of assessments authorised in the period, the percentage authorised no more than 45 working days after the assessment's actual start date "
        + "(or, where the council's setting says so, the referral date). The start day is day 0, so a same-day authorisation is 0 working days; "
        + "weekends and England and Wales bank holidays are not counted. An authorisation dated before the clock starts is not counted as in time.";

    public override string Numerator => "Assessments authorised in the period within 45 working days of the clock starting";

    public override string Denominator => "Assessments with an authorisation date in the period";

    public override string Population => "All assessments";

    public override IndicatorUnit Unit => IndicatorUnit.Percentage;

    public override Polarity Polarity => Polarity.HigherIsBetter;

    public override IndicatorSource Source => IndicatorSource.National;

    public override IndicatorBasis Basis => IndicatorBasis.EventsInPeriod;

    public override IReadOnlyList<string> Fields => ["Assessment.StartDate", "Assessment.AuthorisationDate", "Referral.ReferralDate"];

    public override string EnglandFigure => "England 2024-25: about 85.7%";

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period)
    {
        foreach (var a in context.AssessmentsByAuthorisation.Between(period))
        {
            var clockStart = context.Settings.AssessmentClock == AssessmentClockStart.Referral && context.ReferralById.TryGetValue(a.ReferralId, out var referral)
                ? referral.ReferralDate
                : a.StartDate;
            var days = context.Clock.Between(clockStart, a.AuthorisationDate!.Value);
            var inTime = days >= 0 && days <= context.Settings.AssessmentWorkingDays;
            yield return context.ChildCase(a.ChildId, a.AuthorisationDate.Value, inTime ? 1 : null, 1);
        }
    }
}

/// <summary>Children seen during their assessment.</summary>
public sealed class ChildSeenDuringAssessment : Indicator
{
    public override string Id => "child_seen_assessment";

    public override string Name => "Child seen during assessment";

    public override string Definition => "Of assessments authorised in the period, the percentage recording that the child was seen. An assessment with nothing recorded counts as not seen.";

    public override string Numerator => "Assessments authorised in the period where the child was seen";

    public override string Denominator => "Assessments with an authorisation date in the period";

    public override string Population => "All assessments";

    public override IndicatorUnit Unit => IndicatorUnit.Percentage;

    public override Polarity Polarity => Polarity.HigherIsBetter;

    public override IndicatorSource Source => IndicatorSource.Local;

    public override IndicatorBasis Basis => IndicatorBasis.EventsInPeriod;

    public override IReadOnlyList<string> Fields => ["Assessment.AuthorisationDate", "Assessment.ChildSeen"];

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period) =>
        context.AssessmentsByAuthorisation.Between(period).Select(a => context.ChildCase(a.ChildId, a.AuthorisationDate!.Value, a.ChildSeen == true ? 1 : null, 1));
}
