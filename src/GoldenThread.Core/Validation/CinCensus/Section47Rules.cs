namespace GoldenThread.Core.Validation.CinCensus;

/// <summary>1104: an initial child protection conference (at either level) cannot be before the referral date.</summary>
public sealed class Rule1104ConferenceBeforeReferral : CinCensusRule
{
    public override string Code => "1104";

    public override string Message => "The date of the initial child protection conference cannot be before the referral date";

    public override IReadOnlyList<string> Fields => [CinFields.CinReferralDate, CinFields.Section47DateOfInitialCpc, CinFields.CinDetailsDateOfInitialCpc];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var conference in episode.Conferences)
            {
                if (conference.ConferenceDate < episode.Referral.ReferralDate)
                {
                    yield return Flag(index, conference, episode.LaChildId, CinFields.DateOfInitialCpc(conference), conference.ConferenceDate);
                }
            }
        }
    }
}

/// <summary>
/// 2884: the same initial conference recorded at both levels: a child's CINdetails DateOfInitialCPC equal to a Section47
/// DateOfInitialCPC. Both records are flagged.
/// </summary>
public sealed class Rule2884ConferenceAtBothLevels : CinCensusRule
{
    public override string Code => "2884";

    public override string Message => "An initial child protection conference is recorded at both the S47 and CIN Details level and it should only be recorded in one";

    public override IReadOnlyList<string> Fields => [CinFields.Section47DateOfInitialCpc, CinFields.CinDetailsDateOfInitialCpc];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var child in index.Children)
        {
            var conferences = child.Episodes.SelectMany(e => e.Conferences).ToList();
            if (conferences.Count < 2)
            {
                continue;
            }

            var cinDetailsDates = conferences.Where(c => c.Section47EnquiryId is null).Select(c => c.ConferenceDate).ToHashSet();
            var section47Dates = conferences.Where(c => c.Section47EnquiryId is not null).Select(c => c.ConferenceDate).ToHashSet();
            foreach (var conference in conferences)
            {
                var otherLevel = conference.Section47EnquiryId is null ? section47Dates : cinDetailsDates;
                if (otherLevel.Contains(conference.ConferenceDate))
                {
                    yield return Flag(index, conference, child.LaChildId, CinFields.DateOfInitialCpc(conference), conference.ConferenceDate);
                }
            }
        }
    }
}

/// <summary>2889: a section 47 enquiry cannot start before the referral date.</summary>
public sealed class Rule2889Section47BeforeReferral : CinCensusRule
{
    public override string Code => "2889";

    public override string Message => "The S47 start date cannot be before the referral date.";

    public override IReadOnlyList<string> Fields => [CinFields.S47ActualStartDate, CinFields.CinReferralDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var enquiry in episode.Enquiries)
            {
                if (enquiry.StartDate != default && enquiry.StartDate < episode.Referral.ReferralDate)
                {
                    yield return Flag(index, enquiry, episode.LaChildId, CinFields.S47ActualStartDate, enquiry.StartDate);
                }
            }
        }
    }
}

/// <summary>8615: where a Section47 module has a conference date, its start date must be present and on or before it.</summary>
public sealed class Rule8615Section47StartAfterConference : CinCensusRule
{
    public override string Code => "8615";

    public override string Message => "Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference";

    public override IReadOnlyList<string> Fields => [CinFields.S47ActualStartDate, CinFields.Section47DateOfInitialCpc];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var enquiry in episode.Enquiries)
            {
                if (index.ConferenceOf(enquiry) is { } conference
                    && (enquiry.StartDate == default || enquiry.StartDate > conference.ConferenceDate))
                {
                    yield return Flag(index, enquiry, episode.LaChildId, CinFields.S47ActualStartDate, enquiry.StartDate == default ? null : enquiry.StartDate);
                }
            }
        }
    }
}

/// <summary>
/// 8675Q: an enquiry with no conference date and not marked ICPC not required should not have started before the reference
/// date minus 15 working days (England and Wales working days).
/// </summary>
public sealed class Rule8675QSection47Over15WorkingDays : CinCensusRule
{
    public override string Code => "8675Q";

    public override string Message => "Please check and either amend data or provide a reason: S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference.";

    public override IReadOnlyList<string> Fields => [CinFields.Section47DateOfInitialCpc, CinFields.S47ActualStartDate, CinFields.IcpcNotRequired];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        var cutoff = index.WorkingDaysBeforeReferenceDate(15);
        foreach (var episode in index.Episodes)
        {
            foreach (var enquiry in episode.Enquiries)
            {
                if (!enquiry.ConferenceNotRequired && enquiry.StartDate != default && enquiry.StartDate < cutoff && index.ConferenceOf(enquiry) is null)
                {
                    yield return Flag(index, enquiry, episode.LaChildId, CinFields.S47ActualStartDate, enquiry.StartDate);
                }
            }
        }
    }
}

/// <summary>8715: an initial conference date (at either level) falls within the census year.</summary>
public sealed class Rule8715ConferenceInCensusYear : CinCensusRule
{
    public override string Code => "8715";

    public override string Message => "Date of Initial Child Protection Conference must fall within the census year";

    public override IReadOnlyList<string> Fields => [CinFields.Section47DateOfInitialCpc, CinFields.CinDetailsDateOfInitialCpc, CinFields.ReferenceDate];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var conference in episode.Conferences)
            {
                if (!index.IsInPeriod(conference.ConferenceDate))
                {
                    yield return Flag(index, conference, episode.LaChildId, CinFields.DateOfInitialCpc(conference), conference.ConferenceDate);
                }
            }
        }
    }
}

/// <summary>
/// 8740: an enquiry with no conference date and not marked ICPC not required (still open at the year end) must have started
/// within the census year.
/// </summary>
public sealed class Rule8740OpenSection47StartInCensusYear : CinCensusRule
{
    public override string Code => "8740";

    public override string Message => "For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, the start date must fall within the census year";

    public override IReadOnlyList<string> Fields => [CinFields.S47ActualStartDate, CinFields.Section47DateOfInitialCpc, CinFields.IcpcNotRequired];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var enquiry in episode.Enquiries)
            {
                if (!enquiry.ConferenceNotRequired && !index.IsInPeriod(enquiry.StartDate) && index.ConferenceOf(enquiry) is null)
                {
                    yield return Flag(index, enquiry, episode.LaChildId, CinFields.S47ActualStartDate, enquiry.StartDate == default ? null : enquiry.StartDate);
                }
            }
        }
    }
}

/// <summary>8839: an episode can have only one open enquiry (no conference date and ICPC not required not set).</summary>
public sealed class Rule8839MoreThanOneOpenSection47 : CinCensusRule
{
    public override string Code => "8839";

    public override string Message => "Within one CINDetails group there are 2 or more open S47 Assessments";

    public override IReadOnlyList<string> Fields => [CinFields.Section47DateOfInitialCpc];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            if (episode.Enquiries.Count < 2)
            {
                continue;
            }

            var open = episode.Enquiries.Where(e => !e.ConferenceNotRequired && index.ConferenceOf(e) is null).ToList();
            if (open.Count < 2)
            {
                continue;
            }

            foreach (var enquiry in open)
            {
                yield return Flag(index, enquiry, episode.LaChildId, CinFields.Section47DateOfInitialCpc, (string?)null);
            }
        }
    }
}

/// <summary>8870Q: the initial conference target date should not be a Saturday or Sunday.</summary>
public sealed class Rule8870QConferenceTargetOnWeekend : CinCensusRule
{
    public override string Code => "8870Q";

    public override string Message => "Please check and either amend or provide a reason: The Target Date for Initial Child Protection Conference should not be a weekend";

    public override IReadOnlyList<string> Fields => [CinFields.InitialCpcTarget];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var enquiry in episode.Enquiries)
            {
                if (enquiry.InitialConferenceTargetDate is { } target && CinWorkingDays.IsWeekend(target))
                {
                    yield return Flag(index, enquiry, episode.LaChildId, CinFields.InitialCpcTarget, target);
                }
            }
        }
    }
}

/// <summary>8875: an initial conference (at either level) cannot be held on a Saturday or Sunday.</summary>
public sealed class Rule8875ConferenceOnWeekend : CinCensusRule
{
    public override string Code => "8875";

    public override string Message => "The Date of Initial Child Protection Conference cannot be a weekend";

    public override IReadOnlyList<string> Fields => [CinFields.Section47DateOfInitialCpc, CinFields.CinDetailsDateOfInitialCpc];

    protected override IEnumerable<RuleFinding> Check(CinValidationIndex index)
    {
        foreach (var episode in index.Episodes)
        {
            foreach (var conference in episode.Conferences)
            {
                if (CinWorkingDays.IsWeekend(conference.ConferenceDate))
                {
                    yield return Flag(index, conference, episode.LaChildId, CinFields.DateOfInitialCpc(conference), conference.ConferenceDate);
                }
            }
        }
    }
}
