using GoldenThread.Core.Model;

namespace GoldenThread.Data.Loads;

/// <summary>
/// A child's identity and characteristics as one value, so a load can tell whether it changed them and a rollback can put
/// them back. Disabilities are held as a comma-separated list so two snapshots compare by value.
/// </summary>
public sealed record ChildCharacteristics(
    string? Upn,
    string? FormerUpn,
    string? UpnUnknownReason,
    string? GivenName,
    string? FamilyName,
    string? Sex,
    string? GenderCurrent,
    DateOnly? BirthDate,
    DateOnly? ExpectedBirthDate,
    DateOnly? DeathDate,
    string? Ethnicity,
    string Disabilities,
    DateOnly? UnaccompaniedAsylumSeekingDate,
    DateOnly? UnaccompaniedAsylumSeekingCeasedDate,
    string? IsMother,
    DateOnly? MothersChildBirthDate)
{
    public static ChildCharacteristics Of(Child child)
    {
        ArgumentNullException.ThrowIfNull(child);
        return new(
            child.Upn, child.FormerUpn, child.UpnUnknownReason, child.GivenName, child.FamilyName, child.Sex, child.GenderCurrent,
            child.BirthDate, child.ExpectedBirthDate, child.DeathDate, child.Ethnicity, string.Join(',', child.Disabilities),
            child.UnaccompaniedAsylumSeekingDate, child.UnaccompaniedAsylumSeekingCeasedDate, child.IsMother, child.MothersChildBirthDate);
    }

    /// <summary>The newer load wins where it holds a value; a blank in the newer file never erases what is known.</summary>
    public static void ApplyNewer(Child current, Child incoming)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(incoming);
        current.Upn = incoming.Upn ?? current.Upn;
        current.FormerUpn = incoming.FormerUpn ?? current.FormerUpn;
        current.UpnUnknownReason = incoming.UpnUnknownReason ?? current.UpnUnknownReason;
        current.GivenName = incoming.GivenName ?? current.GivenName;
        current.FamilyName = incoming.FamilyName ?? current.FamilyName;
        current.Sex = incoming.Sex ?? current.Sex;
        current.GenderCurrent = incoming.GenderCurrent ?? current.GenderCurrent;
        current.BirthDate = incoming.BirthDate ?? current.BirthDate;
        current.ExpectedBirthDate = incoming.ExpectedBirthDate ?? current.ExpectedBirthDate;
        current.DeathDate = incoming.DeathDate ?? current.DeathDate;
        current.Ethnicity = incoming.Ethnicity ?? current.Ethnicity;
        current.Disabilities = incoming.Disabilities.Count > 0 ? [.. incoming.Disabilities] : current.Disabilities;
        current.UnaccompaniedAsylumSeekingDate = incoming.UnaccompaniedAsylumSeekingDate ?? current.UnaccompaniedAsylumSeekingDate;
        current.UnaccompaniedAsylumSeekingCeasedDate = incoming.UnaccompaniedAsylumSeekingCeasedDate ?? current.UnaccompaniedAsylumSeekingCeasedDate;
        current.IsMother = incoming.IsMother ?? current.IsMother;
        current.MothersChildBirthDate = incoming.MothersChildBirthDate ?? current.MothersChildBirthDate;
    }

    public void RestoreTo(Child child)
    {
        ArgumentNullException.ThrowIfNull(child);
        child.Upn = Upn;
        child.FormerUpn = FormerUpn;
        child.UpnUnknownReason = UpnUnknownReason;
        child.GivenName = GivenName;
        child.FamilyName = FamilyName;
        child.Sex = Sex;
        child.GenderCurrent = GenderCurrent;
        child.BirthDate = BirthDate;
        child.ExpectedBirthDate = ExpectedBirthDate;
        child.DeathDate = DeathDate;
        child.Ethnicity = Ethnicity;
        child.Disabilities = Disabilities.Length == 0 ? [] : [.. Disabilities.Split(',')];
        child.UnaccompaniedAsylumSeekingDate = UnaccompaniedAsylumSeekingDate;
        child.UnaccompaniedAsylumSeekingCeasedDate = UnaccompaniedAsylumSeekingCeasedDate;
        child.IsMother = IsMother;
        child.MothersChildBirthDate = MothersChildBirthDate;
    }
}
