using GoldenThread.Core.Model;

namespace GoldenThread.Core.Validation.CinCensus;

/// <summary>1103: an assessment cannot start before its referral.</summary>
public sealed class Rule1103AssessmentBeforeReferral : CinCensusRule
{
    public override string Code => "1103";

    public override string Message => "The assessment start date cannot be before the referral date";

    public override IReadOnlyList<string> Fields => [CinFields.AssessmentActualStartDate, CinFields.CinReferralDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var assessment in episode.Assessments)
            {
                if (assessment.StartDate != default && assessment.StartDate < episode.Referral.ReferralDate)
                {
                    yield return Flag(index, assessment, episode.LaChildId, CinFields.AssessmentActualStartDate, assessment.StartDate);
                }
            }
        }
    }
}

/// <summary>8608: an assessment cannot start after it was authorised.</summary>
public sealed class Rule8608AssessmentStartAfterEnd : CinCensusRule
{
    public override string Code => "8608";

    public override string Message => "Assessment Start Date cannot be later than its End Date";

    public override IReadOnlyList<string> Fields => [CinFields.AssessmentActualStartDate, CinFields.AssessmentAuthorisationDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var assessment in episode.Assessments)
            {
                if (assessment.AuthorisationDate is { } authorised && assessment.StartDate > authorised)
                {
                    yield return Flag(index, assessment, episode.LaChildId, CinFields.AssessmentActualStartDate, assessment.StartDate);
                }
            }
        }
    }
}

/// <summary>8614: factors identified at assessment belong to completed (authorised) assessments only.</summary>
public sealed class Rule8614FactorsOnIncompleteAssessment : CinCensusRule
{
    public override string Code => "8614";

    public override string Message => "Parental or child factors at assessment should only be present for a completed assessment.";

    public override IReadOnlyList<string> Fields => [CinFields.AssessmentAuthorisationDate, CinFields.AssessmentFactors];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var assessment in episode.Assessments)
            {
                if (assessment.AuthorisationDate is null && CinFactors.Of(assessment).Any())
                {
                    yield return Flag(index, assessment, episode.LaChildId, CinFields.AssessmentFactors, CinValues.Of(assessment.Factors));
                }
            }
        }
    }
}

/// <summary>
/// 8670Q: an assessment with no authorisation date should not have started before the reference date minus 45 working days
/// (England and Wales working days: weekends and bank holidays excluded).
/// </summary>
public sealed class Rule8670QAssessmentOver45WorkingDays : CinCensusRule
{
    public override string Code => "8670Q";

    public override string Message => "Please check and either amend data or provide a reason: Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date.";

    public override IReadOnlyList<string> Fields => [CinFields.AssessmentActualStartDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        var cutoff = index.WorkingDaysBeforeReferenceDate(45);
        foreach (var episode in index.Episodes)
        {
            foreach (var assessment in episode.Assessments)
            {
                if (assessment.AuthorisationDate is null && assessment.StartDate != default && assessment.StartDate < cutoff)
                {
                    yield return Flag(index, assessment, episode.LaChildId, CinFields.AssessmentActualStartDate, assessment.StartDate);
                }
            }
        }
    }
}

/// <summary>8696: an authorisation date, where present, falls within the census year.</summary>
public sealed class Rule8696AssessmentEndInCensusYear : CinCensusRule
{
    public override string Code => "8696";

    public override string Message => "Assessment end date must fall within the census year";

    public override IReadOnlyList<string> Fields => [CinFields.AssessmentAuthorisationDate, CinFields.ReferenceDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var assessment in episode.Assessments)
            {
                if (assessment.AuthorisationDate is { } authorised && !index.IsInPeriod(authorised))
                {
                    yield return Flag(index, assessment, episode.LaChildId, CinFields.AssessmentAuthorisationDate, authorised);
                }
            }
        }
    }
}

/// <summary>8736: an assessment not yet authorised must have started within the census year.</summary>
public sealed class Rule8736OpenAssessmentStartInCensusYear : CinCensusRule
{
    public override string Code => "8736";

    public override string Message => "For an Assessment that has not been completed, the start date must fall within the census year";

    public override IReadOnlyList<string> Fields => [CinFields.AssessmentAuthorisationDate, CinFields.AssessmentActualStartDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var assessment in episode.Assessments)
            {
                if (assessment.AuthorisationDate is null && !index.IsInPeriod(assessment.StartDate))
                {
                    yield return Flag(index, assessment, episode.LaChildId, CinFields.AssessmentActualStartDate, assessment.StartDate);
                }
            }
        }
    }
}

/// <summary>
/// 8863Q: within an episode, an assessment should not start on or between another assessment's start and authorisation date,
/// or, where the other is not authorised, its start and the reference date.
/// </summary>
public sealed class Rule8863QAssessmentOverlap : CinCensusRule
{
    public override string Code => "8863Q";

    public override string Message => "An Assessment is shown as starting when there is another Assessment ongoing.";

    public override IReadOnlyList<string> Fields => [CinFields.AssessmentActualStartDate, CinFields.AssessmentAuthorisationDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            if (episode.Assessments.Count < 2)
            {
                continue;
            }

            foreach (var assessment in episode.Assessments)
            {
                var start = assessment.StartDate;
                if (start != default && episode.Assessments.Any(other => other != assessment && Ongoing(other, start, index.ReferenceDate)))
                {
                    yield return Flag(index, assessment, episode.LaChildId, CinFields.AssessmentActualStartDate, start);
                }
            }
        }
    }

    private static bool Ongoing(Assessment other, DateOnly date, DateOnly referenceDate) =>
        other.StartDate != default && date >= other.StartDate && date <= (other.AuthorisationDate ?? referenceDate);
}

/// <summary>8869: factor 21 (no factors identified) cannot be recorded with any other factor.</summary>
public sealed class Rule8869Factor21WithOthers : CinCensusRule
{
    public override string Code => "8869";

    public override string Message => "The assessment factors code “21” cannot be used in conjunction with any other assessment factors.";

    public override IReadOnlyList<string> Fields => [CinFields.AssessmentFactors];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var assessment in episode.Assessments)
            {
                var factors = CinFactors.Of(assessment).ToList();
                if (factors.Contains(CinCodes.NoFactorsIdentified) && factors.Any(f => f != CinCodes.NoFactorsIdentified))
                {
                    yield return Flag(index, assessment, episode.LaChildId, CinFields.AssessmentFactors, CinValues.Of(assessment.Factors));
                }
            }
        }
    }
}

/// <summary>
/// 8873Q: where an episode's only assessment is completed with factor 21 (no factors identified), the reason for closure
/// should be RC8 or RC9.
/// </summary>
public sealed class Rule8873QFactor21ReasonForClosure : CinCensusRule
{
    public override string Code => "8873Q";

    public override string Message => "Please check and either amend data or provide a reason: When there is only one assessment on the episode and the factors code “21 No factors identified” has been used for the completed assessment, the reason for closure ‘RC8’ or 'RC9' should be used.";

    public override IReadOnlyList<string> Fields => [CinFields.ReasonForClosure, CinFields.AssessmentFactors];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            if (episode.Assessments.Count != 1)
            {
                continue;
            }

            var assessment = episode.Assessments[0];
            if (assessment.AuthorisationDate is not null
                && CinFactors.Of(assessment).Contains(CinCodes.NoFactorsIdentified)
                && !CinCodes.IsValid(CinCodes.ClosedAfterAssessment, episode.Referral.ClosureReason))
            {
                yield return Flag(index, episode.Referral, episode.LaChildId, CinFields.ReasonForClosure, episode.Referral.ClosureReason);
            }
        }
    }
}

/// <summary>8896: an episode can have only one assessment without an authorisation date.</summary>
public sealed class Rule8896MoreThanOneOpenAssessment : CinCensusRule
{
    public override string Code => "8896";

    public override string Message => "Within one CINDetails group there are 2 or more open Assessments groups";

    public override IReadOnlyList<string> Fields => [CinFields.AssessmentAuthorisationDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            if (episode.Assessments.Count(a => a.AuthorisationDate is null) < 2)
            {
                continue;
            }

            foreach (var assessment in episode.Assessments.Where(a => a.AuthorisationDate is null))
            {
                yield return Flag(index, assessment, episode.LaChildId, CinFields.AssessmentAuthorisationDate, (string?)null);
            }
        }
    }
}

/// <summary>8897Q: a completed assessment should record its factors.</summary>
public sealed class Rule8897QCompletedAssessmentWithoutFactors : CinCensusRule
{
    public override string Code => "8897Q";

    public override string Message => "Parental or child factors at assessment information is missing from a completed assessment";

    public override IReadOnlyList<string> Fields => [CinFields.AssessmentAuthorisationDate, CinFields.AssessmentFactors];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var assessment in episode.Assessments)
            {
                if (assessment.AuthorisationDate is not null && !CinFactors.Of(assessment).Any())
                {
                    yield return Flag(index, assessment, episode.LaChildId, CinFields.AssessmentFactors, (string?)null);
                }
            }
        }
    }
}

/// <summary>8898: an assessment cannot record the same factor twice.</summary>
public sealed class Rule8898FactorDuplicate : CinCensusRule
{
    public override string Code => "8898";

    public override string Message => "The assessment has more than one parental or child factors with the same code";

    public override IReadOnlyList<string> Fields => [CinFields.AssessmentFactors];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var assessment in episode.Assessments)
            {
                var factors = CinFactors.Of(assessment).ToList();
                if (factors.Distinct(StringComparer.Ordinal).Count() < factors.Count)
                {
                    yield return Flag(index, assessment, episode.LaChildId, CinFields.AssessmentFactors, CinValues.Of(assessment.Factors));
                }
            }
        }
    }
}

/// <summary>8945Q: factor 18A is retired; 18B or 18C should be used.</summary>
public sealed class Rule8945QFactor18A : CinCensusRule
{
    public override string Code => "8945Q";

    public override string Message => "Please check and either amend data or provide a reason: the assessment factors code '18A' should not be used ('18B' or '18C' should be used instead)";

    public override IReadOnlyList<string> Fields => [CinFields.AssessmentFactors];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index) => CinFactors.Flagging(index, "18A", Flag);
}

/// <summary>8950Q: factor 19A is retired; 19B or 19C should be used.</summary>
public sealed class Rule8950QFactor19A : CinCensusRule
{
    public override string Code => "8950Q";

    public override string Message => "Please check and either amend data or provide a reason: the assessment factors code '19A' should not be used ('19B' or '19C' should be used instead)";

    public override IReadOnlyList<string> Fields => [CinFields.AssessmentFactors];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index) => CinFactors.Flagging(index, "19A", Flag);
}

/// <summary>Factors identified at assessment, trimmed and upper-cased, blanks dropped.</summary>
public static class CinFactors
{
    public static IEnumerable<string> Of(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return assessment.Factors.Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f.Trim().ToUpperInvariant());
    }

    /// <summary>A finding for every assessment that records <paramref name="factor"/>.</summary>
    internal static IEnumerable<RuleFinding> Flagging(
        CinValidationIndex index,
        string factor,
        Func<CinValidationIndex, object, string, string, string?, RuleFinding> flag)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var assessment in episode.Assessments)
            {
                if (Of(assessment).Contains(factor))
                {
                    yield return flag(index, assessment, episode.LaChildId, CinFields.AssessmentFactors, CinValues.Of(assessment.Factors));
                }
            }
        }
    }
}
