namespace GoldenThread.Core.Validation.CinCensus;

/// <summary>4220: Ethnicity must be present and a code of the census ethnicity table.</summary>
public sealed class Rule4220Ethnicity : CinCensusRule
{
    public override string Code => "4220";

    public override string Message => "Ethnicity is missing or invalid (see Ethnicity table)";

    public override IReadOnlyList<string> Fields => [CinFields.Ethnicity];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            if (!CinCodes.IsValid(CinCodes.Ethnicity, child.Child.Ethnicity))
            {
                yield return Flag(index, child.Child, child.LaChildId, CinFields.Ethnicity, child.Child.Ethnicity);
            }
        }
    }
}

/// <summary>
/// 8540: a born child (date of birth present) with at least one referral going on to further action must have one or more
/// disability codes, all of them valid.
/// </summary>
public sealed class Rule8540Disability : CinCensusRule
{
    public override string Code => "8540";

    public override string Message => "Child’s disability is missing or invalid (see Disability table)";

    public override IReadOnlyList<string> Fields => [CinFields.Disability, CinFields.PersonBirthDate, CinFields.ReferralNfa];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            if (child.Child.BirthDate is null || !child.Episodes.Any(e => !e.Referral.IsNoFurtherAction))
            {
                continue;
            }

            var codes = child.Child.Disabilities;
            if (codes.Count == 0 || !codes.All(c => CinCodes.IsValid(CinCodes.Disability, c)))
            {
                yield return Flag(index, child.Child, child.LaChildId, CinFields.Disability, CinValues.Of(codes));
            }
        }
    }
}
