using GoldenThread.Core.Model;

namespace GoldenThread.Core.Indicators.Catalogue;

/// <summary>Adoption scorecard A1: entering care to moving in with the adoptive family.</summary>
public sealed class AdoptionA1Days : Indicator
{
    public override string Id => "adoption_a1_days";

    public override string Name => "A1: days from entering care to moving in with the adoptive family";

    public override string Definition =>
        "For children adopted in the period (adoption order date in it), the average number of calendar days from the start of the period of "
        + "care they were adopted from to the date they were placed with their adoptive family (DATE_PLACED). Children without a placement date "
        + "or a period of care are left out.";

    public override string Numerator => "Total days from entering care to placement for adoption";

    public override string Denominator => "Children adopted in the period with both dates";

    public override string Population => "Children adopted from care";

    public override IndicatorUnit Unit => IndicatorUnit.Days;

    public override Polarity Polarity => Polarity.LowerIsBetter;

    public override IndicatorSource Source => IndicatorSource.National;

    public override IndicatorBasis Basis => IndicatorBasis.EventsInPeriod;

    public override IReadOnlyList<string> Fields => ["AdoptionRecord.AdoptionOrderDate", "AdoptionRecord.PlacedDate", "CareEpisode.StartDate"];

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period)
    {
        foreach (var a in context.AdoptionsByOrderDate.Between(period))
        {
            if (a.PlacedDate is not { } placed || context.Child(a.ChildId) is not { } child)
            {
                continue;
            }

            var care = child.CarePeriods.LastOrDefault(p => p.Start <= placed);
            if (care is not null)
            {
                yield return context.ChildCase(a.ChildId, a.AdoptionOrderDate!.Value, placed.DayNumber - care.Start.DayNumber, 1);
            }
        }
    }
}

/// <summary>Adoption scorecard A2: placement order to match.</summary>
public sealed class AdoptionA2Days : Indicator
{
    public override string Id => "adoption_a2_days";

    public override string Name => "A2: days from placement order to match";

    public override string Definition =>
        "For children adopted in the period (adoption order date in it), the average number of calendar days from the court's placement order "
        + "to the decision to match the child with prospective adopters (DATE_MATCH). Children without both dates are left out.";

    public override string Numerator => "Total days from placement order to match";

    public override string Denominator => "Children adopted in the period with both dates";

    public override string Population => "Children adopted from care";

    public override IndicatorUnit Unit => IndicatorUnit.Days;

    public override Polarity Polarity => Polarity.LowerIsBetter;

    public override IndicatorSource Source => IndicatorSource.National;

    public override IndicatorBasis Basis => IndicatorBasis.EventsInPeriod;

    public override IReadOnlyList<string> Fields => ["AdoptionRecord.AdoptionOrderDate", "AdoptionRecord.PlacementOrderDate", "AdoptionRecord.MatchDate"];

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period)
    {
        foreach (AdoptionRecord a in context.AdoptionsByOrderDate.Between(period))
        {
            if (a is { PlacementOrderDate: { } order, MatchDate: { } match })
            {
                yield return context.ChildCase(a.ChildId, a.AdoptionOrderDate!.Value, match.DayNumber - order.DayNumber, 1);
            }
        }
    }
}
