using System.Globalization;

namespace GoldenThread.Core.Validation.CinCensus;

/// <summary>2887Q (authority level): the return should use more than 7 different disability codes, not counting NONE.</summary>
public sealed class Rule2887QFewDisabilityCodes : CinCensusRule
{
    public override string Code => "2887Q";

    public override string Message => "Please check and either amend or provide a reason: Less than 8 disability codes have been used in your return";

    public override IReadOnlyList<string> Fields => [CinFields.Disability];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var child in index.Children)
        {
            foreach (var code in child.Child.Disabilities)
            {
                var trimmed = code?.Trim();
                if (trimmed is not null && trimmed != CinCodes.NoDisability && CinCodes.Disability.Contains(trimmed))
                {
                    used.Add(trimmed);
                }
            }
        }

        if (used.Count < 8)
        {
            yield return FlagAuthority(CinFields.Disability, used.Count.ToString(CultureInfo.InvariantCulture));
        }
    }
}

/// <summary>
/// 2888Q (authority level): among children recorded with a disability (other than NONE), at least one should have more than
/// one disability code.
/// </summary>
public sealed class Rule2888QOneDisabilityPerChild : CinCensusRule
{
    public override string Code => "2888Q";

    public override string Message => "Please check and either amend or provide a reason: Only one disability code is recorded per child and multiple disabilities should be recorded where possible.";

    public override IReadOnlyList<string> Fields => [CinFields.Disability];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        var withDisability = 0;
        foreach (var child in index.Children)
        {
            var count = child.Child.Disabilities
                .Select(c => c?.Trim())
                .Where(c => !string.IsNullOrEmpty(c) && c != CinCodes.NoDisability)
                .Distinct(StringComparer.Ordinal)
                .Count();
            if (count > 1)
            {
                yield break;
            }

            if (count == 1)
            {
                withDisability++;
            }
        }

        if (withDisability > 0)
        {
            yield return FlagAuthority(CinFields.Disability, withDisability.ToString(CultureInfo.InvariantCulture));
        }
    }
}

/// <summary>8790: NONE cannot be recorded with any other disability code.</summary>
public sealed class Rule8790DisabilityNoneWithOthers : CinCensusRule
{
    public override string Code => "8790";

    public override string Message => "Disability information includes both None and other values";

    public override IReadOnlyList<string> Fields => [CinFields.Disability];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            var codes = child.Child.Disabilities;
            if (codes.Any(c => c?.Trim() == CinCodes.NoDisability) && codes.Any(c => c?.Trim() != CinCodes.NoDisability))
            {
                yield return Flag(index, child.Child, child.LaChildId, CinFields.Disability, CinValues.Of(codes));
            }
        }
    }
}

/// <summary>8794: a child cannot have the same disability code twice.</summary>
public sealed class Rule8794DisabilityDuplicate : CinCensusRule
{
    public override string Code => "8794";

    public override string Message => "Child has two or more disabilities with the same code";

    public override IReadOnlyList<string> Fields => [CinFields.Disability];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            var codes = child.Child.Disabilities;
            if (codes.Count > 1 && codes.Select(c => c?.Trim()).Distinct(StringComparer.Ordinal).Count() < codes.Count)
            {
                yield return Flag(index, child.Child, child.LaChildId, CinFields.Disability, CinValues.Of(codes));
            }
        }
    }
}
