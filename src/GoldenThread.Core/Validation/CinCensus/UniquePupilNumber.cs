namespace GoldenThread.Core.Validation.CinCensus;

/// <summary>
/// The DfE's Unique Pupil Number format: 13 characters, a check letter, the 3-digit LA number, 8 digits (school number,
/// year of issue, serial) and a 13th character that is a digit, or a letter for a temporary UPN.
/// </summary>
public static class UniquePupilNumber
{
    /// <summary>The check letters: the remainder mod 23 indexes this string (no I, O or S).</summary>
    public const string CheckLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    /// <summary>
    /// LA numbers recognised in characters 2-4 (rule 1530): post-April-1998 LA codes and the pseudo-LA codes 001-005,
    /// as listed in the DfE rule.
    /// </summary>
    public static IReadOnlySet<string> LaCodes { get; } = BuildLaCodes();

    /// <summary>
    /// The check letter for a UPN's characters 2-13: each character's value times its position (2 to 13), summed,
    /// mod 23, as a letter of <see cref="CheckLetters"/>. A letter at position 13 (temporary UPN) counts as its index in
    /// <see cref="CheckLetters"/>. Null when characters 2-12 are not all digits or character 13 is not a digit or check letter.
    /// </summary>
    public static char? CheckLetter(string upn)
    {
        ArgumentNullException.ThrowIfNull(upn);
        if (upn.Length != 13)
        {
            return null;
        }

        var sum = 0;
        for (var position = 2; position <= 13; position++)
        {
            var c = char.ToUpperInvariant(upn[position - 1]);
            int value;
            if (char.IsAsciiDigit(c))
            {
                value = c - '0';
            }
            else if (position == 13 && CheckLetters.Contains(c, StringComparison.Ordinal))
            {
                value = CheckLetters.IndexOf(c, StringComparison.Ordinal);
            }
            else
            {
                return null;
            }

            sum += value * position;
        }

        return CheckLetters[sum % 23];
    }

    /// <summary>Character 13 is a digit or a letter of <see cref="CheckLetters"/> (A-Z without I, O and S).</summary>
    public static bool IsValidLastCharacter(char c) =>
        char.IsAsciiDigit(c) || CheckLetters.Contains(char.ToUpperInvariant(c), StringComparison.Ordinal);

    /// <summary>A letter followed by 11 digits and a digit or check letter: the format of UPN and FormerUPN.</summary>
    public static bool HasValidFormat(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length != 13 || !char.IsAsciiLetter(value[0]) || !IsValidLastCharacter(value[12]))
        {
            return false;
        }

        for (var i = 1; i < 12; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static HashSet<string> BuildLaCodes()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        void Range(int from, int to)
        {
            for (var code = from; code <= to; code++)
            {
                codes.Add(code.ToString("000", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        Range(1, 5);
        Range(201, 213);
        Range(301, 320);
        Range(330, 336);
        Range(340, 344);
        Range(350, 359);
        Range(370, 373);
        Range(380, 384);
        Range(390, 394);
        Range(420, 420);
        Range(660, 681);
        Range(701, 708);
        Range(800, 803);
        Range(805, 808);
        Range(810, 813);
        Range(815, 816);
        Range(820, 823);
        Range(825, 826);
        Range(830, 831);
        Range(835, 841);
        Range(845, 846);
        Range(850, 852);
        Range(855, 857);
        Range(860, 861);
        Range(865, 896);
        foreach (var code in new[] { 908, 909, 916, 919, 921, 925, 926, 928, 929, 931, 933 })
        {
            Range(code, code);
        }

        Range(935, 938);
        Range(940, 941);
        return codes;
    }
}
