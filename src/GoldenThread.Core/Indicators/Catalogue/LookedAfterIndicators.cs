namespace GoldenThread.Core.Indicators.Catalogue;

/// <summary>Children looked after at the date.</summary>
public sealed class ChildrenLookedAfterAtDate : Indicator
{
    public override string Id => "cla_at_date";

    public override string Name => "Children looked after";

    public override string Definition =>
        "Children with an episode of care that started on or before the period's last day and had not ceased by it, excluding short breaks "
        + "(legal status V3 and V4). A child whose episode ceased on the day is not looked after on it.";

    public override string Numerator => "Children looked after at the date";

    public override string Denominator => string.Empty;

    public override string Population => "Children looked after at the date";

    public override IndicatorUnit Unit => IndicatorUnit.Count;

    public override Polarity Polarity => Polarity.Neutral;

    public override IndicatorSource Source => IndicatorSource.National;

    public override IndicatorBasis Basis => IndicatorBasis.AsAtPeriodEnd;

    public override IReadOnlyList<string> Fields => ["CareEpisode.StartDate", "CareEpisode.EndDate", "CareEpisode.LegalStatus"];

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period) =>
        Populations.LookedAfterAt(context, period.End).Select(c => context.ChildCase(c.Child.Id, period.End, 1, null));
}

/// <summary>Children looked after per 10,000 children.</summary>
public sealed class ChildrenLookedAfterRate : Indicator
{
    public override string Id => "cla_rate_10k";

    public override string Name => "Children looked after per 10,000";

    public override string Definition => "Children looked after at the period's last day (short breaks excluded) per 10,000 children aged 0 to 17.";

    public override string Numerator => "Children looked after at the date";

    public override string Denominator => "Population aged 0 to 17";

    public override string Population => "Children looked after at the date";

    public override IndicatorUnit Unit => IndicatorUnit.RatePer10000;

    public override Polarity Polarity => Polarity.Neutral;

    public override IndicatorSource Source => IndicatorSource.National;

    public override IndicatorBasis Basis => IndicatorBasis.AsAtPeriodEnd;

    public override IReadOnlyList<string> Fields => ["CareEpisode.StartDate", "CareEpisode.EndDate", "CareEpisode.LegalStatus"];

    public override string EnglandFigure => "England 31 March 2025: 67";

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period) =>
        Populations.LookedAfterAt(context, period.End).Select(c => context.ChildCase(c.Child.Id, period.End, 1, null));
}

/// <summary>Children who started to be looked after.</summary>
public sealed class ChildrenStartingCare : Indicator
{
    public override string Id => "cla_started";

    public override string Name => "Children starting to be looked after";

    public override string Definition =>
        "The number of children who started a period of care in the period (short breaks excluded). A child who starts twice in the period counts once.";

    public override string Numerator => "Children with a period of care starting in the period";

    public override string Denominator => string.Empty;

    public override string Population => "Children looked after";

    public override IndicatorUnit Unit => IndicatorUnit.Count;

    public override Polarity Polarity => Polarity.Neutral;

    public override IndicatorSource Source => IndicatorSource.National;

    public override IndicatorBasis Basis => IndicatorBasis.EventsInPeriod;

    public override IReadOnlyList<string> Fields => ["CareEpisode.StartDate", "CareEpisode.ReasonForNewEpisode", "CareEpisode.ReasonEpisodeCeased", "CareEpisode.LegalStatus"];

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period)
    {
        var seen = new HashSet<long>();
        foreach (var p in context.CarePeriodsByStart.Between(period))
        {
            if (seen.Add(p.ChildId))
            {
                yield return context.ChildCase(p.ChildId, p.Start, 1, null);
            }
        }
    }
}

/// <summary>Short-term placement stability: three or more placements in the year.</summary>
public sealed class ThreeOrMorePlacements : Indicator
{
    public override string Id => "cla_3plus_placements";

    public override string Name => "Children looked after with three or more placements in the year";

    public override string Definition =>
        "Of children looked after at the period's last day, the percentage with three or more placements in the twelve months ending on it "
        + "(the financial year, for a year's figure). Placements = the placement in progress on the first day, plus each episode starting after "
        + "it with reason S, P, B, T or U; L (a change of legal status only) is not a placement. Short breaks are excluded.";

    public override string Numerator => "Children looked after at the date with 3 or more placements in the 12 months to the date";

    public override string Denominator => "Children looked after at the date";

    public override string Population => "Children looked after at the date";

    public override IndicatorUnit Unit => IndicatorUnit.Percentage;

    public override Polarity Polarity => Polarity.LowerIsBetter;

    public override IndicatorSource Source => IndicatorSource.National;

    public override IndicatorBasis Basis => IndicatorBasis.AsAtPeriodEnd;

    public override IReadOnlyList<string> Fields => ["CareEpisode.StartDate", "CareEpisode.EndDate", "CareEpisode.ReasonForNewEpisode", "CareEpisode.LegalStatus"];

    public override string EnglandFigure => "England 2024-25: 10%";

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period)
    {
        var date = period.End;
        var yearStart = date.AddYears(-1).AddDays(1);
        foreach (var (child, _) in Populations.LookedAfterAt(context, date))
        {
            var placements = child.PlacementsBetween(yearStart, date);
            yield return context.ChildCase(child.Id, date, placements >= 3 ? 1 : null, 1);
        }
    }
}

/// <summary>Long-term placement stability.</summary>
public sealed class LongTermPlacementStability : Indicator
{
    public override string Id => "cla_long_term_stability";

    public override string Name => "Long-term placement stability";

    public override string Definition =>
        "Of children aged under 16 at the period's last day who had been looked after continuously for two and a half years or more, the "
        + "percentage who had lived in the same placement for two years or more, or who are placed for adoption (A3 to A6) and whose adoptive "
        + "placement together with the placement before it have lasted two years or more. A change of legal status alone (L) is the same placement.";

    public override string Numerator => "Those in the same placement (or adoptive plus previous placement) for 2 years or more";

    public override string Denominator => "Children under 16 looked after at the date, continuously for 2.5 years or more";

    public override string Population => "Children looked after at the date";

    public override IndicatorUnit Unit => IndicatorUnit.Percentage;

    public override Polarity Polarity => Polarity.HigherIsBetter;

    public override IndicatorSource Source => IndicatorSource.National;

    public override IndicatorBasis Basis => IndicatorBasis.AsAtPeriodEnd;

    public override IReadOnlyList<string> Fields => ["Child.BirthDate", "CareEpisode.StartDate", "CareEpisode.EndDate", "CareEpisode.ReasonForNewEpisode", "CareEpisode.PlacementType"];

    public override string EnglandFigure => "England 2024-25: 69%";

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period)
    {
        var date = period.End;
        foreach (var (child, care) in Populations.LookedAfterAt(context, date))
        {
            if (child.Child.AgeAt(date) is not < 16 || care.Start > date.AddMonths(-30))
            {
                continue;
            }

            var placedSince = care.PlacementStartAt(date, countPlacementBeforeAdoption: true);
            yield return context.ChildCase(child.Id, date, placedSince <= date.AddYears(-2) ? 1 : null, 1);
        }
    }
}

/// <summary>Children looked after who went missing.</summary>
public sealed class LookedAfterChildrenMissing : Indicator
{
    public override string Id => "cla_missing";

    public override string Name => "Children looked after who went missing";

    public override string Definition =>
        "Of children looked after at any time in the period (short breaks excluded), the percentage with at least one missing episode (M, not "
        + "'away without authorisation') starting in the period.";

    public override string Numerator => "Children looked after in the period with a missing episode starting in it";

    public override string Denominator => "Children looked after at any time in the period";

    public override string Population => "Children looked after during the period";

    public override IndicatorUnit Unit => IndicatorUnit.Percentage;

    public override Polarity Polarity => Polarity.LowerIsBetter;

    public override IndicatorSource Source => IndicatorSource.National;

    public override IndicatorBasis Basis => IndicatorBasis.EventsInPeriod;

    public override IReadOnlyList<string> Fields => ["CareEpisode.StartDate", "CareEpisode.EndDate", "CareEpisode.LegalStatus", "MissingEpisode.Kind", "MissingEpisode.StartDate"];

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period)
    {
        foreach (var child in context.ChildrenInCare)
        {
            DateOnly? lastDay = null;
            foreach (var care in child.CarePeriods)
            {
                if (care.Overlaps(period.Start, period.End))
                {
                    var last = care.End is { } end && end <= period.End ? end.AddDays(-1) : period.End;
                    lastDay = lastDay is { } l && l > last ? l : last;
                }
            }

            if (lastDay is { } attributed)
            {
                var missing = IndicatorContext.CountBetween(child.MissingStarts, period.Start, period.End) > 0;
                yield return context.ChildCase(child.Id, attributed, missing ? 1 : null, 1);
            }
        }
    }
}

/// <summary>Looked-after children's visits up to date.</summary>
public sealed class CareVisitsInTimescale : Indicator
{
    public override string Id => "cla_visits_in_timescale";

    public override string Name => "Children looked after visited in timescale";

    public override string Definition =>
        "Of children looked after at the period's last day, the percentage whose statutory visit is not overdue (Care Planning Regulations 2010, "
        + "reg 28, local settings): the first visit within 7 days of the current placement starting, then at least every 6 weeks during the "
        + "placement's first year and every 3 months after it. Only visits at which the child was seen count.";

    public override string Numerator => "Children looked after whose next visit is not yet overdue at the date";

    public override string Denominator => "Children looked after at the date";

    public override string Population => "Children looked after at the date";

    public override IndicatorUnit Unit => IndicatorUnit.Percentage;

    public override Polarity Polarity => Polarity.HigherIsBetter;

    public override IndicatorSource Source => IndicatorSource.Local;

    public override IndicatorBasis Basis => IndicatorBasis.AsAtPeriodEnd;

    public override IReadOnlyList<string> Fields => ["CareEpisode.StartDate", "CareEpisode.ReasonForNewEpisode", "CareVisit.VisitDate", "CareVisit.ChildSeen"];

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period)
    {
        var date = period.End;
        var settings = context.Settings;
        foreach (var (child, care) in Populations.LookedAfterAt(context, date))
        {
            var placed = care.PlacementStartAt(date);
            var last = IndicatorContext.LastOnOrBefore(child.CareVisitSeenDates, date);
            DateOnly due;
            if (last is { } visit && visit >= placed)
            {
                due = visit < placed.AddYears(1) ? visit.AddDays(settings.CareVisitFirstYearIntervalDays) : visit.AddMonths(settings.CareVisitLaterIntervalMonths);
            }
            else
            {
                due = placed.AddDays(settings.CareVisitFirstDays);
            }

            yield return context.ChildCase(child.Id, date, date <= due ? 1 : null, 1);
        }
    }
}

/// <summary>Looked-after reviews up to date.</summary>
public sealed class CareReviewsInTimescale : Indicator
{
    public override string Id => "cla_reviews_in_timescale";

    public override string Name => "Looked-after reviews in timescale";

    public override string Definition =>
        "Of children looked after at the period's last day, the percentage whose review is not overdue (reg 33, local settings): the first review "
        + "within 20 working days of entering care (day 0 is the day care started, as for assessments), the second within 3 months of the first, later ones within "
        + "6 months of the last.";

    public override string Numerator => "Children looked after whose next review is not yet overdue at the date";

    public override string Denominator => "Children looked after at the date";

    public override string Population => "Children looked after at the date";

    public override IndicatorUnit Unit => IndicatorUnit.Percentage;

    public override Polarity Polarity => Polarity.HigherIsBetter;

    public override IndicatorSource Source => IndicatorSource.Local;

    public override IndicatorBasis Basis => IndicatorBasis.AsAtPeriodEnd;

    public override IReadOnlyList<string> Fields => ["CareEpisode.StartDate", "CareReview.ReviewDate"];

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period)
    {
        var date = period.End;
        var settings = context.Settings;
        foreach (var (child, care) in Populations.LookedAfterAt(context, date))
        {
            var held = IndicatorContext.CountBetween(child.CareReviewDates, care.Start, date);
            var last = IndicatorContext.LastOnOrBefore(child.CareReviewDates, date);
            var inTime = held switch
            {
                0 => context.Clock.IsWithin(care.Start, date, settings.CareFirstReviewWorkingDays),
                1 => date <= last!.Value.AddMonths(settings.CareSecondReviewMonths),
                _ => date <= last!.Value.AddMonths(settings.CareLaterReviewMonths),
            };
            yield return context.ChildCase(child.Id, date, inTime ? 1 : null, 1);
        }
    }
}

/// <summary>Children's participation in their looked-after reviews.</summary>
public sealed class ChildParticipationInReviews : Indicator
{
    public override string Id => "child_participation_reviews";

    public override string Name => "Children participating in their reviews";

    public override string Definition =>
        "Of looked-after reviews held in the period for children aged 4 or over (participation code other than PN0), the percentage where the "
        + "child participated (PN1 to PN6). PN7 (did not attend, views not conveyed) and a missing code count as not participating.";

    public override string Numerator => "Reviews in the period coded PN1 to PN6";

    public override string Denominator => "Reviews held in the period, other than PN0";

    public override string Population => "Looked-after reviews";

    public override IndicatorUnit Unit => IndicatorUnit.Percentage;

    public override Polarity Polarity => Polarity.HigherIsBetter;

    public override IndicatorSource Source => IndicatorSource.Local;

    public override IndicatorBasis Basis => IndicatorBasis.EventsInPeriod;

    public override IReadOnlyList<string> Fields => ["CareReview.ReviewDate", "CareReview.ParticipationCode"];

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period)
    {
        foreach (var review in context.CareReviewsByDate.Between(period))
        {
            if (review.ParticipationCode == "PN0")
            {
                continue;
            }

            var participated = review.ParticipationCode is "PN1" or "PN2" or "PN3" or "PN4" or "PN5" or "PN6";
            yield return context.ChildCase(review.ChildId, review.ReviewDate, participated ? 1 : null, 1);
        }
    }
}
