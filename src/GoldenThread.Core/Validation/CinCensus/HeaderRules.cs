using GoldenThread.Core.Returns;

namespace GoldenThread.Core.Validation.CinCensus;

/// <summary>100: ReferenceDate must be present and be 31 March at the end of the collection year.</summary>
public sealed class Rule100ReferenceDate : CinCensusRule
{
    public override string Code => "100";

    public override string Message => "Reference Date is incorrect";

    public override IReadOnlyList<string> Fields => [CinFields.ReferenceDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        var header = index.Dataset.ReferenceDate;
        if (header is not { } date)
        {
            yield return FlagAuthority(CinFields.ReferenceDate, null);
            yield break;
        }

        var expected = Expected(index.Dataset) ?? new DateOnly(date.Year, 3, 31);
        if (date != expected)
        {
            yield return FlagAuthority(CinFields.ReferenceDate, CinValues.Of(date));
        }
    }

    private static DateOnly? Expected(ChildLevelDataset dataset)
    {
        try
        {
            return dataset.CollectionYear is null ? null : CollectionYears.ReferenceDate(dataset.CollectionYear);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
