namespace GoldenThread.Core.Indicators.Catalogue;

/// <summary>Section 47 enquiries started in the period.</summary>
public sealed class Section47Started : Indicator
{
    public override string Id => "s47_started";

    public override string Name => "Section 47 enquiries started";

    public override string Definition => "The number of section 47 enquiries whose actual start date (the strategy discussion) is in the period.";

    public override string Numerator => "Section 47 enquiries with a start date in the period";

    public override string Denominator => string.Empty;

    public override string Population => "All section 47 enquiries";

    public override IndicatorUnit Unit => IndicatorUnit.Count;

    public override Polarity Polarity => Polarity.Neutral;

    public override IndicatorSource Source => IndicatorSource.National;

    public override IndicatorBasis Basis => IndicatorBasis.EventsInPeriod;

    public override IReadOnlyList<string> Fields => ["Section47Enquiry.StartDate"];

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period) =>
        context.Section47ByStart.Between(period).Select(s => context.ChildCase(s.ChildId, s.StartDate, 1, null));
}

/// <summary>Initial child protection conferences within 15 working days of the section 47 start.</summary>
public sealed class InitialConferencesWithin15WorkingDays : Indicator
{
    public override string Id => "icpc_15wd";

    public override string Name => "Initial conferences within 15 working days";

    public override string Definition =>
        "Of initial child protection conferences held in the period, the percentage held no more than 15 working days after the section 47 "
        + "enquiry's actual start date (the strategy discussion); the start day is day 0. The enquiry is the one the conference records, or else "
        + "the latest enquiry on the same referral that started on or before the conference; a conference with no enquiry is not in time.";

    public override string Numerator => "Initial conferences in the period held within 15 working days of the section 47 start";

    public override string Denominator => "Initial conferences held in the period";

    public override string Population => "All initial child protection conferences";

    public override IndicatorUnit Unit => IndicatorUnit.Percentage;

    public override Polarity Polarity => Polarity.HigherIsBetter;

    public override IndicatorSource Source => IndicatorSource.National;

    public override IndicatorBasis Basis => IndicatorBasis.EventsInPeriod;

    public override IReadOnlyList<string> Fields => ["InitialChildProtectionConference.ConferenceDate", "Section47Enquiry.StartDate"];

    public override string EnglandFigure => "England 2024-25: about 81.4%";

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period)
    {
        foreach (var c in context.ConferencesByDate.Between(period))
        {
            var enquiry = c.Section47EnquiryId is { } id && context.Section47ById.TryGetValue(id, out var linked)
                ? linked
                : context.Section47ByReferral[c.ReferralId].Where(s => s.StartDate <= c.ConferenceDate).MaxBy(s => s.StartDate);
            var days = enquiry is null ? -1 : context.Clock.Between(enquiry.StartDate, c.ConferenceDate);
            var inTime = days >= 0 && days <= context.Settings.InitialConferenceWorkingDays;
            yield return context.ChildCase(c.ChildId, c.ConferenceDate, inTime ? 1 : null, 1);
        }
    }
}

/// <summary>Child protection plans started in the period.</summary>
public sealed class ChildProtectionPlansStarted : Indicator
{
    public override string Id => "cpp_started";

    public override string Name => "Child protection plans started";

    public override string Definition => "The number of child protection plans whose start date is in the period.";

    public override string Numerator => "Plans with a start date in the period";

    public override string Denominator => string.Empty;

    public override string Population => "All child protection plans";

    public override IndicatorUnit Unit => IndicatorUnit.Count;

    public override Polarity Polarity => Polarity.Neutral;

    public override IndicatorSource Source => IndicatorSource.National;

    public override IndicatorBasis Basis => IndicatorBasis.EventsInPeriod;

    public override IReadOnlyList<string> Fields => ["ChildProtectionPlan.StartDate"];

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period) =>
        context.PlansByStart.Between(period).Select(p => context.ChildCase(p.ChildId, p.StartDate, 1, null));
}

/// <summary>Second or subsequent child protection plans.</summary>
public sealed class RepeatChildProtectionPlans : Indicator
{
    public override string Id => "cpp_repeat";

    public override string Name => "Second or subsequent child protection plans";

    public override string Definition =>
        "Of child protection plans starting in the period, the percentage where the child had any earlier plan (one that started before it, "
        + "however long ago) in the authority's records. NumberOfPreviousCPP is not used: it is checked by validation instead.";

    public override string Numerator => "Plans starting in the period where the child had an earlier plan";

    public override string Denominator => "Plans with a start date in the period";

    public override string Population => "All child protection plans";

    public override IndicatorUnit Unit => IndicatorUnit.Percentage;

    public override Polarity Polarity => Polarity.LowerIsBetter;

    public override IndicatorSource Source => IndicatorSource.National;

    public override IndicatorBasis Basis => IndicatorBasis.EventsInPeriod;

    public override IReadOnlyList<string> Fields => ["ChildProtectionPlan.StartDate", "ChildProtectionPlan.ChildId"];

    public override string EnglandFigure => "England 2024-25: 24.5%";

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period)
    {
        foreach (var p in context.PlansByStart.Between(period))
        {
            var earlier = context.Child(p.ChildId)!.Plans.Any(q => q.Id != p.Id && q.StartDate < p.StartDate);
            yield return context.ChildCase(p.ChildId, p.StartDate, earlier ? 1 : null, 1);
        }
    }
}

/// <summary>Plans ending in the period that had lasted two years or more.</summary>
public sealed class PlansEndedAfterTwoYears : Indicator
{
    public override string Id => "cpp_ended_2y";

    public override string Name => "Plans ended that lasted two years or more";

    public override string Definition =>
        "Of child protection plans ending in the period, the percentage that had lasted two years or more: the end date is on or after the same "
        + "date two years after the start (a plan from 1 April 2023 ending on 1 April 2025 counts; ending on 31 March 2025 it does not).";

    public override string Numerator => "Plans ending in the period with end date ≥ start date plus two years";

    public override string Denominator => "Plans with an end date in the period";

    public override string Population => "All child protection plans";

    public override IndicatorUnit Unit => IndicatorUnit.Percentage;

    public override Polarity Polarity => Polarity.LowerIsBetter;

    public override IndicatorSource Source => IndicatorSource.National;

    public override IndicatorBasis Basis => IndicatorBasis.EventsInPeriod;

    public override IReadOnlyList<string> Fields => ["ChildProtectionPlan.StartDate", "ChildProtectionPlan.EndDate"];

    public override string EnglandFigure => "England 2024-25: 4.4%";

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period) =>
        context.PlansByEnd.Between(period).Select(p => context.ChildCase(p.ChildId, p.EndDate!.Value, p.EndDate >= p.StartDate.AddYears(2) ? 1 : null, 1));
}

/// <summary>Plans open at the date that have lasted two years or more.</summary>
public sealed class PlansOpenTwoYears : Indicator
{
    public override string Id => "cpp_open_2y";

    public override string Name => "Open plans lasting two years or more";

    public override string Definition =>
        "Of child protection plans open at the period's last day, the percentage open for two years or more: that day is on or after the same date "
        + "two years after the start. A plan ending on the day is not open on it.";

    public override string Numerator => "Plans open at the date that started on or before the date two years earlier";

    public override string Denominator => "Plans open at the date";

    public override string Population => "Child protection plans open at the date";

    public override IndicatorUnit Unit => IndicatorUnit.Percentage;

    public override Polarity Polarity => Polarity.LowerIsBetter;

    public override IndicatorSource Source => IndicatorSource.National;

    public override IndicatorBasis Basis => IndicatorBasis.AsAtPeriodEnd;

    public override IReadOnlyList<string> Fields => ["ChildProtectionPlan.StartDate", "ChildProtectionPlan.EndDate"];

    public override string EnglandFigure => "England 2024-25: 2.3%";

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period) =>
        Populations.PlansOpenAt(context, period.End).Select(p => context.ChildCase(p.ChildId, period.End, period.End >= p.StartDate.AddYears(2) ? 1 : null, 1));
}

/// <summary>Children in need at the date.</summary>
public sealed class ChildrenInNeedAtDate : Indicator
{
    public override string Id => "cin_at_date";

    public override string Name => "Children in need";

    public override string Definition =>
        "Children in need at the period's last day: children with a referral dated on or before it that is not marked no further action and was "
        + "not closed before it. Includes children on plans and children looked after.";

    public override string Numerator => "Children with an open referral (CIN episode) at the date";

    public override string Denominator => string.Empty;

    public override string Population => "Children in need at the date";

    public override IndicatorUnit Unit => IndicatorUnit.Count;

    public override Polarity Polarity => Polarity.Neutral;

    public override IndicatorSource Source => IndicatorSource.National;

    public override IndicatorBasis Basis => IndicatorBasis.AsAtPeriodEnd;

    public override IReadOnlyList<string> Fields => ["Referral.ReferralDate", "Referral.IsNoFurtherAction", "Referral.ClosureDate"];

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period) =>
        Populations.ChildrenInNeedAt(context, period.End).Select(c => context.ChildCase(c.Id, period.End, 1, null));
}

/// <summary>Children in need per 10,000 children.</summary>
public sealed class ChildrenInNeedRate : Indicator
{
    public override string Id => "cin_rate_10k";

    public override string Name => "Children in need per 10,000";

    public override string Definition => "Children in need at the period's last day per 10,000 children aged 0 to 17 (ONS mid-year estimate, from the settings).";

    public override string Numerator => "Children in need at the date";

    public override string Denominator => "Population aged 0 to 17";

    public override string Population => "Children in need at the date";

    public override IndicatorUnit Unit => IndicatorUnit.RatePer10000;

    public override Polarity Polarity => Polarity.Neutral;

    public override IndicatorSource Source => IndicatorSource.National;

    public override IndicatorBasis Basis => IndicatorBasis.AsAtPeriodEnd;

    public override IReadOnlyList<string> Fields => ["Referral.ReferralDate", "Referral.IsNoFurtherAction", "Referral.ClosureDate"];

    public override string EnglandFigure => "England 31 March 2025: 330.3";

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period) =>
        Populations.ChildrenInNeedAt(context, period.End).Select(c => context.ChildCase(c.Id, period.End, 1, null));
}

/// <summary>Children on a child protection plan at the date.</summary>
public sealed class ChildrenOnPlansAtDate : Indicator
{
    public override string Id => "cpp_at_date";

    public override string Name => "Children on child protection plans";

    public override string Definition => "Children with a child protection plan that started on or before the period's last day and had not ended by it.";

    public override string Numerator => "Children on a plan at the date";

    public override string Denominator => string.Empty;

    public override string Population => "Children on a plan at the date";

    public override IndicatorUnit Unit => IndicatorUnit.Count;

    public override Polarity Polarity => Polarity.Neutral;

    public override IndicatorSource Source => IndicatorSource.National;

    public override IndicatorBasis Basis => IndicatorBasis.AsAtPeriodEnd;

    public override IReadOnlyList<string> Fields => ["ChildProtectionPlan.StartDate", "ChildProtectionPlan.EndDate"];

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period) =>
        Populations.ChildrenOnPlanAt(context, period.End).Select(c => context.ChildCase(c.Id, period.End, 1, null));
}

/// <summary>Children on plans per 10,000 children.</summary>
public sealed class ChildrenOnPlansRate : Indicator
{
    public override string Id => "cpp_rate_10k";

    public override string Name => "Children on child protection plans per 10,000";

    public override string Definition => "Children on a child protection plan at the period's last day per 10,000 children aged 0 to 17.";

    public override string Numerator => "Children on a plan at the date";

    public override string Denominator => "Population aged 0 to 17";

    public override string Population => "Children on a plan at the date";

    public override IndicatorUnit Unit => IndicatorUnit.RatePer10000;

    public override Polarity Polarity => Polarity.Neutral;

    public override IndicatorSource Source => IndicatorSource.National;

    public override IndicatorBasis Basis => IndicatorBasis.AsAtPeriodEnd;

    public override IReadOnlyList<string> Fields => ["ChildProtectionPlan.StartDate", "ChildProtectionPlan.EndDate"];

    public override string EnglandFigure => "England 31 March 2025: about 40.6";

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period) =>
        Populations.ChildrenOnPlanAt(context, period.End).Select(c => context.ChildCase(c.Id, period.End, 1, null));
}

/// <summary>Children on plans seen within 10 working days.</summary>
public sealed class ChildProtectionVisitsInTimescale : Indicator
{
    public override string Id => "cp_visits_10wd";

    public override string Name => "Children on plans visited within 10 working days";

    public override string Definition =>
        "Of child protection plans open at the period's last day, the percentage whose child was seen at a visit no more than 10 working days "
        + "before it (the local standard), counting from the plan's start where no visit has happened yet: the visit is not overdue.";

    public override string Numerator => "Open plans whose latest visit with the child seen (or the plan's start) is within 10 working days of the date";

    public override string Denominator => "Plans open at the date";

    public override string Population => "Child protection plans open at the date";

    public override IndicatorUnit Unit => IndicatorUnit.Percentage;

    public override Polarity Polarity => Polarity.HigherIsBetter;

    public override IndicatorSource Source => IndicatorSource.Local;

    public override IndicatorBasis Basis => IndicatorBasis.AsAtPeriodEnd;

    public override IReadOnlyList<string> Fields => ["ChildProtectionPlan.StartDate", "ChildProtectionPlan.EndDate", "ChildProtectionVisit.VisitDate", "ChildProtectionVisit.ChildSeen"];

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period)
    {
        var date = period.End;
        foreach (var plan in Populations.PlansOpenAt(context, date))
        {
            var last = IndicatorContext.LastOnOrBefore(context.ChildProtectionSeenVisitDates(plan.Id), date);
            var from = last is { } seen && seen > plan.StartDate ? seen : plan.StartDate;
            var inTime = context.Clock.IsWithin(from, date, context.Settings.ChildProtectionVisitWorkingDays);
            yield return context.ChildCase(plan.ChildId, date, inTime ? 1 : null, 1);
        }
    }
}

/// <summary>Child protection reviews up to date.</summary>
public sealed class ChildProtectionReviewsInTimescale : Indicator
{
    public override string Id => "cp_reviews_in_timescale";

    public override string Name => "Child protection reviews in timescale";

    public override string Definition =>
        "Of child protection plans open at the period's last day, the percentage whose review conference is not overdue: the first review is due "
        + "within 3 months of the plan's start (the initial conference), later ones within 6 months of the last review.";

    public override string Numerator => "Open plans whose next review is not yet overdue at the date";

    public override string Denominator => "Plans open at the date";

    public override string Population => "Child protection plans open at the date";

    public override IndicatorUnit Unit => IndicatorUnit.Percentage;

    public override Polarity Polarity => Polarity.HigherIsBetter;

    public override IndicatorSource Source => IndicatorSource.Local;

    public override IndicatorBasis Basis => IndicatorBasis.AsAtPeriodEnd;

    public override IReadOnlyList<string> Fields => ["ChildProtectionPlan.StartDate", "ChildProtectionReview.ReviewDate"];

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period)
    {
        var date = period.End;
        foreach (var plan in Populations.PlansOpenAt(context, date))
        {
            var last = IndicatorContext.LastOnOrBefore(context.ChildProtectionReviewDates(plan.Id), date);
            var due = last is { } review && review >= plan.StartDate
                ? review.AddMonths(context.Settings.ChildProtectionReviewMonths)
                : plan.StartDate.AddMonths(context.Settings.ChildProtectionFirstReviewMonths);
            yield return context.ChildCase(plan.ChildId, date, date <= due ? 1 : null, 1);
        }
    }
}
