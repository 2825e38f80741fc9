using System.Globalization;
using System.Text.RegularExpressions;

namespace GoldenThread.Core.Returns.Ssda903;

/// <summary>Formats shared by the SSDA903 readers and writers: dates, flags, sex codes and the collection year in a file name.</summary>
internal static partial class Ssda903Format
{
    public const string DateFormat = "dd/MM/yyyy";

    private static readonly string[] _dateFormats = [DateFormat, "d/M/yyyy"];

    public static string Date(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Flag(bool? value) => value switch
    {
        true => "1",
        false => "0",
        null => string.Empty,
    };

    public static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>SSDA903 SEX 1 and 2 are male and female; GoldenThread holds M and F. Other values are kept as they were.</summary>
    public static string? SexFromReturn(string? code) => code switch
    {
        "1" => "M",
        "2" => "F",
        _ => code,
    };

    /// <summary>The inverse of <see cref="SexFromReturn"/>.</summary>
    public static string? SexToReturn(string? sex) => sex switch
    {
        "M" => "1",
        "F" => "2",
        _ => sex,
    };

    /// <summary>
    /// Parses a dd/mm/yyyy date (a single-digit day or month, as spreadsheets save them, is accepted). Returns false with
    /// the reason when the text is not one.
    /// </summary>
    public static bool TryParseDate(string text, out DateOnly date, out string problem)
    {
        if (DateOnly.TryParseExact(text, _dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            if (!ReturnLimits.IsPlausible(date))
            {
                problem = ReturnLimits.ImplausibleDate(text);
                return false;
            }

            problem = string.Empty;
            return true;
        }

        problem = DateShape().IsMatch(text)
            ? $"'{text}' is not a real date (expected dd/mm/yyyy)"
            : $"'{text}' is not a date in the form dd/mm/yyyy";
        return false;
    }

    /// <summary>
    /// A collection year written in a file name as 2024-25 or 2024_25 (the second part the year after the first), or null.
    /// </summary>
    public static string? YearInFileName(string fileName)
    {
        foreach (Match match in YearPattern().Matches(Path.GetFileName(fileName)))
        {
            var start = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var end = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            if ((start + 1) % 100 == end)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{start}-{end:00}");
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\d{1,2}/\d{1,2}/\d{4}$")]
    private static partial Regex DateShape();

    [GeneratedRegex(@"(?<!\d)(20\d\d)[-_](\d\d)(?!\d)")]
    private static partial Regex YearPattern();
}
