namespace GoldenThread.Core.Indicators.Catalogue;

/// <summary>
/// The population of the care-leaver indicators: OC3 returns about a 19th, 20th or 21st birthday falling in the period (the birthday the
/// return's collection year holds), excluding young people who have died.
/// </summary>
public abstract class CareLeaverIndicator : Indicator
{
    public override string Denominator => "Care leavers whose 19th, 20th or 21st birthday falls in the period (OC3 returns), excluding those who died";

    public override string Population => "Care leavers aged 19 to 21";

    public override IndicatorUnit Unit => IndicatorUnit.Percentage;

    public override Polarity Polarity => Polarity.HigherIsBetter;

    public override IndicatorSource Source => IndicatorSource.National;

    public override IndicatorBasis Basis => IndicatorBasis.EventsInPeriod;

    internal abstract bool Counts(GoldenThread.Core.Model.CareLeaverRecord record);

    internal override IEnumerable<IndicatorCase> Cases(IndicatorContext context, ReportingPeriod period)
    {
        foreach (var r in context.CareLeaverReturnsByBirthday.Between(period))
        {
            if (r.Age is >= 19 and <= 21 && r.Record.InTouch != "DIED")
            {
                yield return context.ChildCase(r.Record.ChildId, r.Birthday, Counts(r.Record) ? 1 : null, 1);
            }
        }
    }
}

public sealed class CareLeaversInEducationEmploymentOrTraining : CareLeaverIndicator
{
    public override string Id => "care_leavers_eet_19_21";

    public override string Name => "Care leavers aged 19 to 21 in education, employment or training";

    public override string Definition =>
        "Of care leavers whose 19th, 20th or 21st birthday falls in the period, the percentage in education, employment or training around that "
        + "birthday (OC3 ACTIV F1, P1, F2, P2, F4, P4, F5 or P5). Not in touch or not known counts as not in education, employment or training.";

    public override string Numerator => "Those with activity F1, P1, F2, P2, F4, P4, F5 or P5";

    public override IReadOnlyList<string> Fields => ["Child.BirthDate", "CareLeaverRecord.CollectionYear", "CareLeaverRecord.Activity", "CareLeaverRecord.InTouch"];

    public override string EnglandFigure => "England 2024-25: 54%";

    internal override bool Counts(GoldenThread.Core.Model.CareLeaverRecord record) =>
        record.Activity is "F1" or "P1" or "F2" or "P2" or "F4" or "P4" or "F5" or "P5";
}

public sealed class CareLeaversInSuitableAccommodation : CareLeaverIndicator
{
    public override string Id => "care_leavers_suitable_accom_19_21";

    public override string Name => "Care leavers aged 19 to 21 in suitable accommodation";

    public override string Definition =>
        "Of care leavers whose 19th, 20th or 21st birthday falls in the period, the percentage in accommodation recorded as suitable (OC3 ACCOM "
        + "ending in 1). Unsuitable (ending in 2), not known or not in touch counts as not suitable.";

    public override string Numerator => "Those with an accommodation code ending in 1 (suitable)";

    public override IReadOnlyList<string> Fields => ["Child.BirthDate", "CareLeaverRecord.CollectionYear", "CareLeaverRecord.Accommodation", "CareLeaverRecord.InTouch"];

    public override string EnglandFigure => "England 2024-25: 89%";

    internal override bool Counts(GoldenThread.Core.Model.CareLeaverRecord record) =>
        record.Accommodation is { Length: >= 2 } code && code[^1] == '1';
}

public sealed class CareLeaversInTouch : CareLeaverIndicator
{
    public override string Id => "care_leavers_in_touch_19_21";

    public override string Name => "Care leavers aged 19 to 21 in touch";

    public override string Definition =>
        "Of care leavers whose 19th, 20th or 21st birthday falls in the period, the percentage the authority was in touch with (OC3 IN_TOUCH YES).";

    public override string Numerator => "Those recorded as in touch (YES)";

    public override IReadOnlyList<string> Fields => ["Child.BirthDate", "CareLeaverRecord.CollectionYear", "CareLeaverRecord.InTouch"];

    internal override bool Counts(GoldenThread.Core.Model.CareLeaverRecord record) => record.InTouch == "YES";
}
