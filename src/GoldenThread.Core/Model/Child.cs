namespace GoldenThread.Core.Model;

/// <summary>A child known to children's social care, with the identifiers and characteristics the statutory returns carry.</summary>
public sealed class Child : SourcedRecord
{
    /// <summary>The authority's own identifier (CIN LAchildID, SSDA903 CHILD), up to 20 characters.</summary>
    public required string LaChildId { get; set; }

    /// <summary>Unique Pupil Number: a letter, 11 digits and a digit or letter; null where not known.</summary>
    public string? Upn { get; set; }

    public string? FormerUpn { get; set; }

    /// <summary>Reason the UPN is unknown, UN1 to UN7.</summary>
    public string? UpnUnknownReason { get; set; }

    /// <summary>Given name. Demo data uses obviously synthetic names; the statutory returns carry none.</summary>
    public string? GivenName { get; set; }

    public string? FamilyName { get; set; }

    /// <summary>Sex code M, F or U (the CIN census from 2024-25, SSDA903 1 and 2 mapped to M and F).</summary>
    public string? Sex { get; set; }

    public DateOnly? BirthDate { get; set; }

    /// <summary>Expected date of birth for an unborn child.</summary>
    public DateOnly? ExpectedBirthDate { get; set; }

    public DateOnly? DeathDate { get; set; }

    /// <summary>CIN census GenderCurrent (0, 1, 2 or 9) as recorded in returns before 2024-25; null otherwise.</summary>
    public string? GenderCurrent { get; set; }

    /// <summary>Ethnicity code, e.g. WBRI.</summary>
    public string? Ethnicity { get; set; }

    /// <summary>Disability codes, e.g. NONE, AUT, LD.</summary>
    public List<string> Disabilities { get; set; } = [];

    /// <summary>Date the child was recorded as an unaccompanied asylum-seeking child (SSDA903 UASC DUC).</summary>
    public DateOnly? UnaccompaniedAsylumSeekingDate { get; set; }

    /// <summary>SSDA903 UASC DUC: the date the child ceased to be an unaccompanied asylum-seeking child.</summary>
    public DateOnly? UnaccompaniedAsylumSeekingCeasedDate { get; set; }

    /// <summary>SSDA903 MOTHER: 1 if the child is a mother, 0 if not.</summary>
    public string? IsMother { get; set; }

    public DateOnly? MothersChildBirthDate { get; set; }

    public string DisplayName => GivenName is null && FamilyName is null ? LaChildId : $"{GivenName} {FamilyName}".Trim();

    /// <summary>Whole years of age at <paramref name="date"/>, or null when no birth date is known or the date is before birth.</summary>
    public int? AgeAt(DateOnly date)
    {
        if (BirthDate is not { } birth || date < birth)
        {
            return null;
        }

        var age = date.Year - birth.Year;
        if (date < Anniversary(birth, date.Year))
        {
            age--;
        }

        return age;
    }

    /// <summary>The birthday in a year; a 29 February birthday falls on 1 March in other years, as UK law reads it.</summary>
    private static DateOnly Anniversary(DateOnly birth, int year) =>
        birth is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year)
            ? new DateOnly(year, 3, 1)
            : new DateOnly(year, birth.Month, birth.Day);
}
