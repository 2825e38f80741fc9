using System.Globalization;

namespace GoldenThread.Core.Demo;

/// <summary>Identifiers for the demo authority that look like the real thing but are plainly synthetic.</summary>
internal static class SyntheticIdentifiers
{
    /// <summary>Check letters for UPNs (CIN rule 1510): the remainder mod 23 indexes this string.</summary>
    private const string _checkLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    /// <summary>Letters allowed in the inward part of a postcode.</summary>
    private const string _inwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

    /// <summary>
    /// A UPN: check letter, local authority number 999 (no real authority has it), a 4-digit school number, the
    /// 2-digit year of issue and a 3-digit serial. School and serial come from the child's id, so UPNs never repeat.
    /// </summary>
    public static string Upn(long childId, int yearIssued, bool wrongCheckLetter)
    {
        var school = 2000 + (childId / 1000 % 8000);
        var digits = string.Create(CultureInfo.InvariantCulture, $"999{school:0000}{yearIssued % 100:00}{childId % 1000:000}");
        var check = CheckLetter(digits);
        if (wrongCheckLetter)
        {
            check = _checkLetters[(_checkLetters.IndexOf(check, StringComparison.Ordinal) + 7) % _checkLetters.Length];
        }

        return check + digits;
    }

    /// <summary>The check letter for the 12 characters after it: digit × position (2 to 13), summed, mod 23.</summary>
    public static char CheckLetter(string twelveDigits)
    {
        var sum = 0;
        for (var i = 0; i < twelveDigits.Length; i++)
        {
            sum += (twelveDigits[i] - '0') * (i + 2);
        }

        return _checkLetters[sum % 23];
    }

    /// <summary>A postcode in the ZZ99 pseudo-area, which no address has.</summary>
    public static string Postcode(DemoRandom random) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"ZZ99 {random.Between(1, 9)}{_inwardLetters[random.Index(_inwardLetters.Length)]}{_inwardLetters[random.Index(_inwardLetters.Length)]}");

    /// <summary>An Ofsted-style URN in a range (SC9…) that no registered provider uses.</summary>
    public static string Urn(DemoRandom random) =>
        string.Create(CultureInfo.InvariantCulture, $"SC9{random.Between(0, 99999):00000}");

    public static string StaffId(long workerId) => string.Create(CultureInfo.InvariantCulture, $"SW{workerId:00000}");

    public static string LaChildId(long childId) => string.Create(CultureInfo.InvariantCulture, $"DEMO{childId:000000}");

    /// <summary>The collection year ("2024-25") that a date falls in: 1 April to 31 March.</summary>
    public static string CollectionYear(DateOnly date)
    {
        var startYear = date.Month >= 4 ? date.Year : date.Year - 1;
        return string.Create(CultureInfo.InvariantCulture, $"{startYear}-{(startYear + 1) % 100:00}");
    }
}
