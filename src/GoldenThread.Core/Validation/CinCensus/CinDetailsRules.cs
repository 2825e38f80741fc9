namespace GoldenThread.Core.Validation.CinCensus;

/// <summary>
/// 2990: an episode closed RC8 or RC9 (closed after assessment) cannot have a Section47 module, a child protection plan,
/// a CINdetails DateOfInitialCPC or a CIN plan.
/// </summary>
public sealed class Rule2990ActivityAfterClosedAfterAssessment : CinCensusRule
{
    public override string Code => "2990";

    public override string Message => "Activity is recorded against a case marked as ‘Case closed after assessment, no further action’ or 'case closed after assessment, referred to early help'.";

    public override IReadOnlyList<string> Fields => [CinFields.ReasonForClosure];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            if (CinCodes.IsValid(CinCodes.ClosedAfterAssessment, episode.Referral.ClosureReason)
                && (episode.Enquiries.Count > 0 || episode.ProtectionPlans.Count > 0 || episode.CinPlans.Count > 0 || episode.CinDetailsConferences.Any()))
            {
                yield return Flag(index, episode.Referral, episode.LaChildId, CinFields.ReasonForClosure, episode.Referral.ClosureReason);
            }
        }
    }
}

/// <summary>2991Q: an episode with a Section47 module should have an assessment.</summary>
public sealed class Rule2991QSection47WithoutAssessment : CinCensusRule
{
    public override string Code => "2991Q";

    public override string Message => "Please check and either amend data or provide a reason: A Section 47 module is recorded and there is no assessment on the episode";

    public override IReadOnlyList<string> Fields => [CinFields.CinDetailsId, CinFields.CinReferralDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            if (episode.Enquiries.Count > 0 && episode.Assessments.Count == 0)
            {
                yield return Flag(index, episode.Referral, episode.LaChildId, CinFields.CinReferralDate, episode.Referral.ReferralDate);
            }
        }
    }
}

/// <summary>8555Q: a referral cannot be after the child's date of death.</summary>
public sealed class Rule8555QReferralAfterDeath : CinCensusRule
{
    public override string Code => "8555Q";

    public override string Message => "Child cannot be referred after its recorded date of death";

    public override IReadOnlyList<string> Fields => [CinFields.PersonDeathDate, CinFields.CinReferralDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            if (episode.Child.Child.DeathDate is { } death && episode.Referral.ReferralDate > death)
            {
                yield return Flag(index, episode.Referral, episode.LaChildId, CinFields.CinReferralDate, episode.Referral.ReferralDate);
            }
        }
    }
}

/// <summary>
/// 8569Q: a referral dated before the working day before the census year starts cannot be a referral with no further action.
/// </summary>
public sealed class Rule8569QOldReferralNoFurtherAction : CinCensusRule
{
    public override string Code => "8569Q";

    public override string Message => "A case with referral date before one working day prior to the collection start date must not be flagged as a no further action case";

    public override IReadOnlyList<string> Fields => [CinFields.ReferralNfa];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        var cutoff = CinWorkingDays.Before(index.Calendar, index.PeriodStart, 1);
        foreach (var episode in index.Episodes)
        {
            var referral = episode.Referral;
            if (referral.IsNoFurtherAction && referral.ReferralDate != default && referral.ReferralDate < cutoff)
            {
                yield return Flag(index, referral, episode.LaChildId, CinFields.ReferralNfa, CinValues.Of(referral.IsNoFurtherAction));
            }
        }
    }
}

/// <summary>8585Q: an episode closed RC2 (died) should go with a recorded date of death.</summary>
public sealed class Rule8585QClosedDiedWithoutDeathDate : CinCensusRule
{
    public override string Code => "8585Q";

    public override string Message => "Please check and either amend or provide a reason: CIN episode shows Died as the Closure Reason, however child has no recorded Date of Death";

    public override IReadOnlyList<string> Fields => [CinFields.ReasonForClosure, CinFields.PersonDeathDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            if (episode.Referral.ClosureReason?.Trim() == CinCodes.ClosedDied && episode.Child.Child.DeathDate is null)
            {
                yield return Flag(index, episode.Referral, episode.LaChildId, CinFields.ReasonForClosure, episode.Referral.ClosureReason);
            }
        }
    }
}

/// <summary>8600: the referral date must be present and on or before the reference date.</summary>
public sealed class Rule8600ReferralDate : CinCensusRule
{
    public override string Code => "8600";

    public override string Message => "Child referral date missing or after data collection period";

    public override IReadOnlyList<string> Fields => [CinFields.CinReferralDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            var date = episode.Referral.ReferralDate;
            if (date == default || date > index.ReferenceDate)
            {
                yield return Flag(index, episode.Referral, episode.LaChildId, CinFields.CinReferralDate, date == default ? null : date);
            }
        }
    }
}

/// <summary>8606: a referral cannot be more than 280 days (40 weeks) before the date of birth or expected date of birth.</summary>
public sealed class Rule8606ReferralLongBeforeBirth : CinCensusRule
{
    public override string Code => "8606";

    public override string Message => "Child referral date is more than 40 weeks before DOB or expected DOB";

    public override IReadOnlyList<string> Fields => [CinFields.CinReferralDate, CinFields.PersonBirthDate, CinFields.ExpectedPersonBirthDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            var child = episode.Child.Child;
            var date = episode.Referral.ReferralDate;
            if (date == default)
            {
                continue;
            }

            if ((child.BirthDate is { } birth && date < birth.AddDays(-280))
                || (child.ExpectedBirthDate is { } expected && date < expected.AddDays(-280)))
            {
                yield return Flag(index, episode.Referral, episode.LaChildId, CinFields.CinReferralDate, date);
            }
        }
    }
}

/// <summary>8610: a referral going on to further action must have a primary need code.</summary>
public sealed class Rule8610PrimaryNeedMissing : CinCensusRule
{
    public override string Code => "8610";

    public override string Message => "Primary Need code is missing for a referral which led to further action.";

    public override IReadOnlyList<string> Fields => [CinFields.ReferralNfa, CinFields.PrimaryNeedCode];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            if (!episode.Referral.IsNoFurtherAction && string.IsNullOrWhiteSpace(episode.Referral.PrimaryNeedCode))
            {
                yield return Flag(index, episode.Referral, episode.LaChildId, CinFields.PrimaryNeedCode, episode.Referral.PrimaryNeedCode);
            }
        }
    }
}

/// <summary>8620: a closure date, where present, falls within the census year.</summary>
public sealed class Rule8620ClosureInCensusYear : CinCensusRule
{
    public override string Code => "8620";

    public override string Message => "CIN Closure Date present and does not fall within the Census year";

    public override IReadOnlyList<string> Fields => [CinFields.CinClosureDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            if (episode.Referral.ClosureDate is { } closed && !index.IsInPeriod(closed))
            {
                yield return Flag(index, episode.Referral, episode.LaChildId, CinFields.CinClosureDate, closed);
            }
        }
    }
}

/// <summary>8630: the closure date cannot be before the referral date.</summary>
public sealed class Rule8630ClosureBeforeReferral : CinCensusRule
{
    public override string Code => "8630";

    public override string Message => "CIN Closure Date is before CIN Referral Date for the same CIN episode";

    public override IReadOnlyList<string> Fields => [CinFields.CinReferralDate, CinFields.CinClosureDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            if (episode.Referral.ClosureDate is { } closed && closed < episode.Referral.ReferralDate)
            {
                yield return Flag(index, episode.Referral, episode.LaChildId, CinFields.CinClosureDate, closed);
            }
        }
    }
}

/// <summary>8640: a reason for closure, where present, is RC1 to RC9.</summary>
public sealed class Rule8640ReasonForClosureCode : CinCensusRule
{
    public override string Code => "8640";

    public override string Message => "CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)";

    public override IReadOnlyList<string> Fields => [CinFields.ReasonForClosure];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            var reason = episode.Referral.ClosureReason;
            if (!string.IsNullOrWhiteSpace(reason) && !CinCodes.IsValid(CinCodes.ReasonForClosure, reason))
            {
                yield return Flag(index, episode.Referral, episode.LaChildId, CinFields.ReasonForClosure, reason);
            }
        }
    }
}

/// <summary>8650: a primary need code, where present, is N0 to N9.</summary>
public sealed class Rule8650PrimaryNeedCode : CinCensusRule
{
    public override string Code => "8650";

    public override string Message => "Primary Need Code invalid (see Primary Need table in CIN census code set)";

    public override IReadOnlyList<string> Fields => [CinFields.PrimaryNeedCode];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            var need = episode.Referral.PrimaryNeedCode;
            if (!string.IsNullOrWhiteSpace(need) && !CinCodes.IsValid(CinCodes.PrimaryNeed, need))
            {
                yield return Flag(index, episode.Referral, episode.LaChildId, CinFields.PrimaryNeedCode, need);
            }
        }
    }
}

/// <summary>8805: a closure date needs a reason for closure.</summary>
public sealed class Rule8805ClosureWithoutReason : CinCensusRule
{
    public override string Code => "8805";

    public override string Message => "A CIN case cannot have a CIN closure date without a Reason for Closure";

    public override IReadOnlyList<string> Fields => [CinFields.CinClosureDate, CinFields.ReasonForClosure];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            if (episode.Referral.ClosureDate is { } closed && string.IsNullOrWhiteSpace(episode.Referral.ClosureReason))
            {
                yield return Flag(index, episode.Referral, episode.LaChildId, CinFields.CinClosureDate, closed);
            }
        }
    }
}

/// <summary>8810: a reason for closure needs a closure date.</summary>
public sealed class Rule8810ReasonWithoutClosure : CinCensusRule
{
    public override string Code => "8810";

    public override string Message => "A CIN case cannot have a Reason for Closure without a CIN Closure Date";

    public override IReadOnlyList<string> Fields => [CinFields.ReasonForClosure, CinFields.CinClosureDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            if (episode.Referral.ClosureDate is null && !string.IsNullOrWhiteSpace(episode.Referral.ClosureReason))
            {
                yield return Flag(index, episode.Referral, episode.LaChildId, CinFields.ReasonForClosure, episode.Referral.ClosureReason);
            }
        }
    }
}

/// <summary>8815: a child can have only one open episode (no closure date) that is not a referral with no further action.</summary>
public sealed class Rule8815MoreThanOneOpenEpisode : CinCensusRule
{
    public override string Code => "8815";

    public override string Message => "More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child and case is not a referral with no further action.";

    public override IReadOnlyList<string> Fields => [CinFields.ReferralNfa, CinFields.CinClosureDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            if (child.Episodes.Count(IsOpenFurtherAction) < 2)
            {
                continue;
            }

            foreach (var episode in child.Episodes.Where(IsOpenFurtherAction))
            {
                yield return Flag(index, episode.Referral, child.LaChildId, CinFields.CinClosureDate, (string?)null);
            }
        }
    }

    private static bool IsOpenFurtherAction(CinEpisode episode) => episode.IsOpen && !episode.Referral.IsNoFurtherAction;
}

/// <summary>8816: an open episode that is not a referral with no further action must be the child's latest referral.</summary>
public sealed class Rule8816OpenEpisodeNotLatest : CinCensusRule
{
    public override string Code => "8816";

    public override string Message => "An open CIN episode is shown and case is not a referral with no further action, but it is not the latest episode.";

    public override IReadOnlyList<string> Fields => [CinFields.CinReferralDate, CinFields.ReferralNfa];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            if (child.Episodes.Count < 2)
            {
                continue;
            }

            var latest = child.Episodes.Max(e => e.Referral.ReferralDate);
            foreach (var episode in child.Episodes)
            {
                if (episode.IsOpen && !episode.Referral.IsNoFurtherAction && episode.Referral.ReferralDate != latest)
                {
                    yield return Flag(index, episode.Referral, child.LaChildId, CinFields.CinReferralDate, episode.Referral.ReferralDate);
                }
            }
        }
    }
}

/// <summary>
/// 8820: a referral date cannot fall on or after another episode's referral date and before its closure date, or, for
/// another open episode that is not a referral with no further action, on or before the reference date.
/// One episode may close on the day the next is referred.
/// </summary>
public sealed class Rule8820EpisodesOverlap : CinCensusRule
{
    public override string Code => "8820";

    public override string Message => "The dates on the CIN episodes for this child overlap";

    public override IReadOnlyList<string> Fields => [CinFields.CinReferralDate, CinFields.CinClosureDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            if (child.Episodes.Count < 2)
            {
                continue;
            }

            foreach (var episode in child.Episodes)
            {
                var date = episode.Referral.ReferralDate;
                if (date != default && child.Episodes.Any(other => other != episode && Inside(date, other.Referral, index.ReferenceDate)))
                {
                    yield return Flag(index, episode.Referral, child.LaChildId, CinFields.CinReferralDate, date);
                }
            }
        }
    }

    private static bool Inside(DateOnly date, Model.Referral other, DateOnly referenceDate)
    {
        if (other.ReferralDate == default || date < other.ReferralDate)
        {
            return false;
        }

        return other.ClosureDate is { } closed ? date < closed : !other.IsNoFurtherAction && date <= referenceDate;
    }
}

/// <summary>8825Q: an episode closed RC8 or RC9 (closed after assessment) should have an assessment.</summary>
public sealed class Rule8825QClosedAfterAssessmentWithoutAssessment : CinCensusRule
{
    public override string Code => "8825Q";

    public override string Message => "Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed after assessment) or RC9 (case closed after assessment, referred to early help) has been returned but there is no assessment present for the episode.";

    public override IReadOnlyList<string> Fields => [CinFields.ReasonForClosure];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            if (CinCodes.IsValid(CinCodes.ClosedAfterAssessment, episode.Referral.ClosureReason) && episode.Assessments.Count == 0)
            {
                yield return Flag(index, episode.Referral, episode.LaChildId, CinFields.ReasonForClosure, episode.Referral.ClosureReason);
            }
        }
    }
}

/// <summary>8831: a referral with no further action cannot have assessments, section 47 enquiries or initial conferences.</summary>
public sealed class Rule8831ActivityOnNoFurtherAction : CinCensusRule
{
    public override string Code => "8831";

    public override string Message => "Activity is recorded against a case marked as a referral with no further action";

    public override IReadOnlyList<string> Fields =>
        [CinFields.AssessmentActualStartDate, CinFields.AssessmentAuthorisationDate, CinFields.S47ActualStartDate, CinFields.Section47DateOfInitialCpc, CinFields.CinDetailsDateOfInitialCpc];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            if (!episode.Referral.IsNoFurtherAction)
            {
                continue;
            }

            foreach (var assessment in episode.Assessments)
            {
                yield return Flag(index, assessment, episode.LaChildId, CinFields.AssessmentActualStartDate, assessment.StartDate);
            }

            foreach (var enquiry in episode.Enquiries)
            {
                yield return Flag(index, enquiry, episode.LaChildId, CinFields.S47ActualStartDate, enquiry.StartDate);
            }

            foreach (var conference in episode.CinDetailsConferences)
            {
                yield return Flag(index, conference, episode.LaChildId, CinFields.CinDetailsDateOfInitialCpc, conference.ConferenceDate);
            }
        }
    }
}

/// <summary>8866: the referral source must be present and a code of the referral source table.</summary>
public sealed class Rule8866ReferralSource : CinCensusRule
{
    public override string Code => "8866";

    public override string Message => "Source of Referral is missing or an invalid code";

    public override IReadOnlyList<string> Fields => [CinFields.CinReferralDate, CinFields.ReferralSource];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            if (!CinCodes.IsValid(CinCodes.ReferralSource, episode.Referral.Source))
            {
                yield return Flag(index, episode.Referral, episode.LaChildId, CinFields.ReferralSource, episode.Referral.Source);
            }
        }
    }
}

/// <summary>8867: in a closed episode every assessment must be completed (have an authorisation date).</summary>
public sealed class Rule8867ClosedWithOpenAssessment : CinCensusRule
{
    public override string Code => "8867";

    public override string Message => "CIN episode is shown as closed, however Assessment is not shown as completed";

    public override IReadOnlyList<string> Fields => [CinFields.CinClosureDate, CinFields.AssessmentAuthorisationDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            if (episode.IsOpen)
            {
                continue;
            }

            foreach (var assessment in episode.Assessments)
            {
                if (assessment.AuthorisationDate is null)
                {
                    yield return Flag(index, assessment, episode.LaChildId, CinFields.AssessmentAuthorisationDate, (string?)null);
                }
            }
        }
    }
}

/// <summary>8868: in a closed episode every section 47 enquiry must have a conference date or be marked ICPC not required.</summary>
public sealed class Rule8868ClosedWithOpenSection47 : CinCensusRule
{
    public override string Code => "8868";

    public override string Message => "CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not required flag";

    public override IReadOnlyList<string> Fields => [CinFields.IcpcNotRequired, CinFields.CinClosureDate, CinFields.Section47DateOfInitialCpc];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            if (episode.IsOpen)
            {
                continue;
            }

            foreach (var enquiry in episode.Enquiries)
            {
                if (!enquiry.ConferenceNotRequired && index.ConferenceOf(enquiry) is null)
                {
                    yield return Flag(index, enquiry, episode.LaChildId, CinFields.IcpcNotRequired, CinValues.Of(enquiry.ConferenceNotRequired));
                }
            }
        }
    }
}

/// <summary>
/// 8890: within an episode, a section 47 enquiry cannot start on or between another enquiry's start and its conference date,
/// or, where the other has no conference and is not marked ICPC not required, its start and the reference date.
/// </summary>
public sealed class Rule8890Section47Overlap : CinCensusRule
{
    public override string Code => "8890";

    public override string Message => "A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing";

    public override IReadOnlyList<string> Fields => [CinFields.S47ActualStartDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            if (episode.Enquiries.Count < 2)
            {
                continue;
            }

            foreach (var enquiry in episode.Enquiries)
            {
                var start = enquiry.StartDate;
                if (start != default && episode.Enquiries.Any(other => other != enquiry && Ongoing(index, other, start)))
                {
                    yield return Flag(index, enquiry, episode.LaChildId, CinFields.S47ActualStartDate, start);
                }
            }
        }
    }

    private static bool Ongoing(CinValidationIndex index, Model.Section47Enquiry other, DateOnly date)
    {
        if (other.StartDate == default || date < other.StartDate)
        {
            return false;
        }

        if (index.ConferenceOf(other) is { } conference)
        {
            return date <= conference.ConferenceDate;
        }

        return !other.ConferenceNotRequired && date <= index.ReferenceDate;
    }
}

/// <summary>
/// 8568: ReferralNFA must be present and valid. The reader refuses an invalid flag outright (the file cannot be read) and keeps an
/// episode whose flag is missing, recording the problem at the episode: this rule reports those episodes.
/// </summary>
public sealed class Rule8568ReferralNfaMissing : CinCensusRule
{
    public const string MissingProblem = "ReferralNFA is missing";

    public override string Code => "8568";

    public override string Message => "RNFA flag is missing or invalid";

    public override IReadOnlyList<string> Fields => [CinFields.ReferralNfa];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        var missing = index.Dataset.Problems
            .Where(p => p.Message.StartsWith(MissingProblem, StringComparison.Ordinal))
            .Select(p => (p.Location.File, p.Location.Line, p.Location.Column))
            .ToHashSet();
        if (missing.Count == 0)
        {
            yield break;
        }

        foreach (var episode in index.Episodes)
        {
            if (index.LocationOf(episode.Referral) is { } at && missing.Contains((at.File, at.Line, at.Column)))
            {
                yield return Flag(index, episode.Referral, episode.LaChildId, CinFields.ReferralNfa, (string?)null);
            }
        }
    }
}
