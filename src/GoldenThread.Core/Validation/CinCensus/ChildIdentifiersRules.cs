using System.Globalization;

namespace GoldenThread.Core.Validation.CinCensus;

/// <summary>1510: a UPN's first character must be the check letter computed from characters 2-13.</summary>
public sealed class Rule1510UpnCheckLetter : CinCensusRule
{
    public override string Code => "1510";

    public override string Message => "UPN invalid (wrong check letter at character 1)";

    public override IReadOnlyList<string> Fields => [CinFields.Upn];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            var upn = child.Child.Upn?.Trim();
            if (string.IsNullOrEmpty(upn) || UniquePupilNumber.CheckLetter(upn) is not { } check)
            {
                continue;
            }

            if (char.ToUpperInvariant(upn[0]) != check)
            {
                yield return Flag(index, child.Child, child.LaChildId, CinFields.Upn, upn);
            }
        }
    }
}

/// <summary>1520: no two children may share a UPN.</summary>
public sealed class Rule1520UpnDuplicate : CinCensusRule
{
    public override string Code => "1520";

    public override string Message => "More than one record with the same UPN.";

    public override IReadOnlyList<string> Fields => [CinFields.Upn];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var child in index.Children)
        {
            if (child.Child.Upn?.Trim() is { Length: > 0 } upn)
            {
                counts[upn] = counts.GetValueOrDefault(upn) + 1;
            }
        }

        foreach (var child in index.Children)
        {
            if (child.Child.Upn?.Trim() is { Length: > 0 } upn && counts[upn] > 1)
            {
                yield return Flag(index, child.Child, child.LaChildId, CinFields.Upn, upn);
            }
        }
    }
}

/// <summary>1530: characters 2-4 of a 13-character UPN must be a recognised LA number.</summary>
public sealed class Rule1530UpnLaCode : CinCensusRule
{
    public override string Code => "1530";

    public override string Message => "UPN invalid (characters 2-4 not a recognised LA code)";

    public override IReadOnlyList<string> Fields => [CinFields.Upn];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            if (child.Child.Upn?.Trim() is { Length: 13 } upn && !UniquePupilNumber.LaCodes.Contains(upn[1..4]))
            {
                yield return Flag(index, child.Child, child.LaChildId, CinFields.Upn, upn);
            }
        }
    }
}

/// <summary>1540: characters 5-12 of a UPN must all be digits.</summary>
public sealed class Rule1540UpnNumeric : CinCensusRule
{
    public override string Code => "1540";

    public override string Message => "UPN invalid (characters 5-12 not all numeric)";

    public override IReadOnlyList<string> Fields => [CinFields.Upn];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            if (child.Child.Upn?.Trim() is { Length: > 0 } upn && (upn.Length < 12 || !upn[4..12].All(char.IsAsciiDigit)))
            {
                yield return Flag(index, child.Child, child.LaChildId, CinFields.Upn, upn);
            }
        }
    }
}

/// <summary>1550: character 13 of a UPN must be a digit or a letter A-Z other than I, O and S.</summary>
public sealed class Rule1550UpnLastCharacter : CinCensusRule
{
    public override string Code => "1550";

    public override string Message => "UPN invalid (character 13 not a recognised value)";

    public override IReadOnlyList<string> Fields => [CinFields.Upn];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            if (child.Child.Upn?.Trim() is { Length: 13 } upn && !UniquePupilNumber.IsValidLastCharacter(upn[12]))
            {
                yield return Flag(index, child.Child, child.LaChildId, CinFields.Upn, upn);
            }
        }
    }
}

/// <summary>1560Q: a former UPN, where present, must have the UPN format (letter, 11 digits, digit or letter).</summary>
public sealed class Rule1560QFormerUpnFormat : CinCensusRule
{
    public override string Code => "1560Q";

    public override string Message => "Please check and either amend or provide a reason: Former UPN wrongly formatted";

    public override IReadOnlyList<string> Fields => [CinFields.FormerUpn];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            if (child.Child.FormerUpn?.Trim() is { Length: > 0 } former && !UniquePupilNumber.HasValidFormat(former))
            {
                yield return Flag(index, child.Child, child.LaChildId, CinFields.FormerUpn, former);
            }
        }
    }
}

/// <summary>1570: LAchildID is at most 20 characters.</summary>
public sealed class Rule1570LaChildIdLength : CinCensusRule
{
    public override string Code => "1570";

    public override string Message => "LA Child ID must not be longer than 20 characters";

    public override IReadOnlyList<string> Fields => [CinFields.LaChildId];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            if (child.LaChildId.Length > 20)
            {
                yield return Flag(index, child.Child, child.LaChildId, CinFields.LaChildId, child.LaChildId);
            }
        }
    }
}

/// <summary>1580: LAchildID holds letters and digits only.</summary>
public sealed class Rule1580LaChildIdAlphanumeric : CinCensusRule
{
    public override string Code => "1580";

    public override string Message => "LA Child ID must not contain any non-alphanumeric characters";

    public override IReadOnlyList<string> Fields => [CinFields.LaChildId];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            if (child.LaChildId.Length > 0 && !child.LaChildId.All(char.IsAsciiLetterOrDigit))
            {
                yield return Flag(index, child.Child, child.LaChildId, CinFields.LaChildId, child.LaChildId);
            }
        }
    }
}

/// <summary>
/// 2886Q (authority level): children with no sex recorded (Sex missing or U, or GenderCurrent missing, 0 or 9) and no
/// expected date of birth, divided by all child records, must not exceed 2%.
/// </summary>
public sealed class Rule2886QSexNotRecordedShare : CinCensusRule
{
    public override string Code => "2886Q";

    public override string Message => "Please check and either amend or provide a reason: Percentage of children with no sex recorded is more than 2% (excluding unborns)";

    public override IReadOnlyList<string> Fields => [CinFields.ExpectedPersonBirthDate, CinFields.Sex];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        var total = index.Children.Count;
        if (total == 0)
        {
            yield break;
        }

        var notRecorded = index.Children.Count(c => c.Child.ExpectedBirthDate is null && CinCodes.SexOf(c.Child) is null or "U");
        if (notRecorded * 50 > total)
        {
            var share = string.Create(CultureInfo.InvariantCulture, $"{notRecorded} of {total} ({100.0 * notRecorded / total:0.0}%)");
            yield return FlagAuthority(CinFields.Sex, share);
        }
    }
}

/// <summary>4008: a CIN plan cannot start after the child's date of death.</summary>
public sealed class Rule4008CinPlanStartAfterDeath : CinCensusRule
{
    public override string Code => "4008";

    public override string Message => "CIN Plan shown as starting after the child’s Date of Death.";

    public override IReadOnlyList<string> Fields => [CinFields.PersonDeathDate, CinFields.CinPlanStartDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            if (child.Child.DeathDate is not { } death)
            {
                continue;
            }

            foreach (var plan in child.CinPlans)
            {
                if (plan.StartDate > death)
                {
                    yield return Flag(index, plan, child.LaChildId, CinFields.CinPlanStartDate, plan.StartDate);
                }
            }
        }
    }
}

/// <summary>4009Q: a CIN plan should not end after the child's date of death.</summary>
public sealed class Rule4009QCinPlanEndAfterDeath : CinCensusRule
{
    public override string Code => "4009Q";

    public override string Message => "CIN Plan cannot end after the child’s Date of Death";

    public override IReadOnlyList<string> Fields => [CinFields.PersonDeathDate, CinFields.CinPlanEndDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            if (child.Child.DeathDate is not { } death)
            {
                continue;
            }

            foreach (var plan in child.CinPlans)
            {
                if (plan.EndDate is { } end && end > death)
                {
                    yield return Flag(index, plan, child.LaChildId, CinFields.CinPlanEndDate, end);
                }
            }
        }
    }
}

/// <summary>4180: Sex must be present and M, F or U.</summary>
public sealed class Rule4180Sex : CinCensusRule
{
    public override string Code => "4180";

    public override string Message => "Sex must be provided and equal M, F, or U";

    public override IReadOnlyList<string> Fields => [CinFields.Sex];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            if (!CinCodes.IsValid(CinCodes.Sex, child.Child.Sex))
            {
                yield return Flag(index, child.Child, child.LaChildId, CinFields.Sex, child.Child.Sex);
            }
        }
    }
}

/// <summary>8500: LAchildID must be present.</summary>
public sealed class Rule8500LaChildIdMissing : CinCensusRule
{
    public override string Code => "8500";

    public override string Message => "LA Child ID missing";

    public override IReadOnlyList<string> Fields => [CinFields.LaChildId];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            if (string.IsNullOrWhiteSpace(child.LaChildId))
            {
                yield return Flag(index, child.Child, child.LaChildId, CinFields.LaChildId, child.LaChildId);
            }
        }
    }
}

/// <summary>8510: no two child records may share an LAchildID.</summary>
public sealed class Rule8510LaChildIdDuplicate : CinCensusRule
{
    public override string Code => "8510";

    public override string Message => "More than one child record with the same LA Child ID";

    public override IReadOnlyList<string> Fields => [CinFields.LaChildId];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var child in index.Children)
        {
            if (!string.IsNullOrWhiteSpace(child.LaChildId))
            {
                counts[child.LaChildId] = counts.GetValueOrDefault(child.LaChildId) + 1;
            }
        }

        foreach (var child in index.Children)
        {
            if (!string.IsNullOrWhiteSpace(child.LaChildId) && counts[child.LaChildId] > 1)
            {
                yield return Flag(index, child.Child, child.LaChildId, CinFields.LaChildId, child.LaChildId);
            }
        }
    }
}

/// <summary>8520: the date of birth must be on or before the reference date.</summary>
public sealed class Rule8520BirthAfterReferenceDate : CinCensusRule
{
    public override string Code => "8520";

    public override string Message => "Date of Birth is after data collection period (must be on or before the end of the census period)";

    public override IReadOnlyList<string> Fields => [CinFields.PersonBirthDate, CinFields.ReferenceDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            if (child.Child.BirthDate is { } birth && birth > index.ReferenceDate)
            {
                yield return Flag(index, child.Child, child.LaChildId, CinFields.PersonBirthDate, birth);
            }
        }
    }
}

/// <summary>8525Q: exactly one of date of birth and expected date of birth.</summary>
public sealed class Rule8525QBirthOrExpectedBirth : CinCensusRule
{
    public override string Code => "8525Q";

    public override string Message => "Either Date of Birth or Expected Date of Birth must be provided (but not both)";

    public override IReadOnlyList<string> Fields => [CinFields.PersonBirthDate, CinFields.ExpectedPersonBirthDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            if (child.Child.BirthDate is null == child.Child.ExpectedBirthDate is null)
            {
                yield return Flag(index, child.Child, child.LaChildId, CinFields.PersonBirthDate, child.Child.BirthDate);
            }
        }
    }
}

/// <summary>8530Q: an expected date of birth should fall between the reference date minus 30 days and the reference date plus 9 months.</summary>
public sealed class Rule8530QExpectedBirthRange : CinCensusRule
{
    public override string Code => "8530Q";

    public override string Message => "Please check and either amend data or provide a reason: Expected Date of Birth is outside the expected range for this census (March to December of the Census Year end)";

    public override IReadOnlyList<string> Fields => [CinFields.ExpectedPersonBirthDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        var earliest = index.ReferenceDate.AddDays(-30);
        var latest = index.ReferenceDate.AddMonths(9);
        foreach (var child in index.Children)
        {
            if (child.Child.ExpectedBirthDate is { } expected && (expected < earliest || expected > latest))
            {
                yield return Flag(index, child.Child, child.LaChildId, CinFields.ExpectedPersonBirthDate, expected);
            }
        }
    }
}

/// <summary>8535Q: the date of death should not be before the date of birth.</summary>
public sealed class Rule8535QDeathBeforeBirth : CinCensusRule
{
    public override string Code => "8535Q";

    public override string Message => "Please check and either amend data or provide a reason: Child’s date of death should not be prior to the date of birth";

    public override IReadOnlyList<string> Fields => [CinFields.PersonDeathDate, CinFields.PersonBirthDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            if (child.Child.DeathDate is { } death && child.Child.BirthDate is { } birth && death < birth)
            {
                yield return Flag(index, child.Child, child.LaChildId, CinFields.PersonDeathDate, death);
            }
        }
    }
}

/// <summary>8545Q: a date of death should fall within the census year.</summary>
public sealed class Rule8545QDeathInCensusYear : CinCensusRule
{
    public override string Code => "8545Q";

    public override string Message => "Please check and either amend data or provide a reason: Child's date of death should be within the census year";

    public override IReadOnlyList<string> Fields => [CinFields.PersonDeathDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            if (child.Child.DeathDate is { } death && !index.IsInPeriod(death))
            {
                yield return Flag(index, child.Child, child.LaChildId, CinFields.PersonDeathDate, death);
            }
        }
    }
}

/// <summary>8590: every child in the census has at least one CINdetails module.</summary>
public sealed class Rule8590NoCinEpisode : CinCensusRule
{
    public override string Code => "8590";

    public override string Message => "Child does not have a recorded CIN episode.";

    public override IReadOnlyList<string> Fields => [CinFields.LaChildId];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            if (child.Episodes.Count == 0)
            {
                yield return Flag(index, child.Child, child.LaChildId, CinFields.LaChildId, child.LaChildId);
            }
        }
    }
}

/// <summary>8750: an unborn child (expected date of birth, no date of birth) must have sex U.</summary>
public sealed class Rule8750UnbornSex : CinCensusRule
{
    public override string Code => "8750";

    public override string Message => "Sex must equal U for an unborn child";

    public override IReadOnlyList<string> Fields => [CinFields.Sex, CinFields.PersonBirthDate, CinFields.ExpectedPersonBirthDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            var sex = CinCodes.SexOf(child.Child);
            if (child.IsUnborn && sex != "U")
            {
                yield return Flag(index, child.Child, child.LaChildId, CinFields.Sex, sex);
            }
        }
    }
}

/// <summary>
/// 8770Q: a child of school age (born on or before 31 August four years before the census year end) with a referral going on
/// to further action should have a UPN, or a UPNunknown reason other than UN1.
/// </summary>
public sealed class Rule8770QUpnMissingSchoolAge : CinCensusRule
{
    public override string Code => "8770Q";

    public override string Message => "Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or is UN1 for a child who is of school age.";

    public override IReadOnlyList<string> Fields => [CinFields.Upn, CinFields.UpnUnknown];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        var schoolAgeBornBy = index.ReferenceDate.AddMonths(4).AddDays(31).AddYears(-4);
        foreach (var child in index.Children)
        {
            if (child.Child.BirthDate is not { } birth || birth > schoolAgeBornBy
                || !string.IsNullOrWhiteSpace(child.Child.Upn)
                || !child.Episodes.Any(e => !e.Referral.IsNoFurtherAction))
            {
                continue;
            }

            if (!CinCodes.IsValid(CinCodes.UpnUnknownForSchoolAge, child.Child.UpnUnknownReason?.ToUpperInvariant()))
            {
                yield return Flag(index, child.Child, child.LaChildId, CinFields.UpnUnknown, child.Child.UpnUnknownReason);
            }
        }
    }
}

/// <summary>8772: UPNunknown UN7 (referral with no further action) is wrong when any referral went on to further action.</summary>
public sealed class Rule8772UpnUnknownNoFurtherAction : CinCensusRule
{
    public override string Code => "8772";

    public override string Message => "UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a referral going on to further action";

    public override IReadOnlyList<string> Fields => [CinFields.UpnUnknown, CinFields.ReferralNfa];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            if (string.Equals(child.Child.UpnUnknownReason?.Trim(), CinCodes.UpnUnknownNoFurtherAction, StringComparison.OrdinalIgnoreCase)
                && child.Episodes.Any(e => !e.Referral.IsNoFurtherAction))
            {
                yield return Flag(index, child.Child, child.LaChildId, CinFields.UpnUnknown, child.Child.UpnUnknownReason);
            }
        }
    }
}

/// <summary>
/// 8775Q: a child born more than 25 years before the reference date, with an episode still open or closed after their
/// 25th birthday.
/// </summary>
public sealed class Rule8775QOver25 : CinCensusRule
{
    public override string Code => "8775Q";

    public override string Message => "Please check and either amend data or provide a reason: Child is over 25 years old";

    public override IReadOnlyList<string> Fields => [CinFields.PersonBirthDate, CinFields.CinClosureDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        var bornBefore = index.ReferenceDate.AddYears(-25);
        foreach (var child in index.Children)
        {
            if (child.Child.BirthDate is not { } birth || birth >= bornBefore)
            {
                continue;
            }

            var twentyFifth = birth.AddYears(25);
            if (child.Episodes.Any(e => e.Referral.ClosureDate is not { } closed || closed > twentyFifth))
            {
                yield return Flag(index, child.Child, child.LaChildId, CinFields.PersonBirthDate, birth);
            }
        }
    }
}
