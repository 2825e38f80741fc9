using System.Globalization;

namespace GoldenThread.Core.Returns;

/// <summary>
/// The limits every return reader applies, so a hostile or broken file is refused with a clear message instead of
/// exhausting memory or time: no statutory return comes near any of them.
/// </summary>
public static class ReturnLimits
{
    /// <summary>The longest value (element text, attribute or CSV field) read: the longest real field is under 100 characters.</summary>
    public const int MaxValueCharacters = 10_000;

    /// <summary>The deepest element nesting read: a CIN census goes 8 deep, an SSDA903 XML file 4.</summary>
    public const int MaxElementDepth = 32;

    /// <summary>The longest child or worker identifier held (the database column's length).</summary>
    public const int MaxIdentifierLength = 100;

    /// <summary>The earliest year of any date a return can hold.</summary>
    public const int EarliestYear = 1900;

    /// <summary>The latest year of any date a return can hold.</summary>
    public const int LatestYear = 2099;

    /// <summary>The most parts (zip entries) an Annex A workbook may have; a real one has under 100.</summary>
    public const int MaxWorkbookParts = 10_000;

    /// <summary>The most bytes an Annex A workbook may unpack to (1 GiB), so a zip bomb is refused before it is opened.</summary>
    public const long MaxWorkbookUncompressedBytes = 1L << 30;

    private static string IdentifierField(string collection) => collection switch
    {
        ReturnCollections.CinCensus => "LAchildID",
        ReturnCollections.Ssda903 => "CHILD",
        _ => "the child's identifier",
    };

    /// <summary>Whether a date is inside the years a return can hold.</summary>
    public static bool IsPlausible(DateOnly date) => date.Year is >= EarliestYear and <= LatestYear;

    /// <summary>The problem text for a date outside <see cref="EarliestYear"/>–<see cref="LatestYear"/>.</summary>
    public static string ImplausibleDate(string text) =>
        string.Create(CultureInfo.InvariantCulture, $"'{text}' is outside the years a return can hold ({EarliestYear} to {LatestYear})");

    /// <summary>The problem text for a value over <see cref="MaxValueCharacters"/>.</summary>
    public static string ValueTooLong(long length) =>
        string.Create(CultureInfo.InvariantCulture, $"the value is {length:N0} characters long, over the limit of {MaxValueCharacters:N0}");

    /// <summary>
    /// Refuses a child or worker identifier longer than <see cref="MaxIdentifierLength"/>, naming where it was read.
    /// </summary>
    /// <exception cref="ReturnFormatException">An identifier is too long.</exception>
    public static void CheckIdentifiers(ChildLevelDataset data, string fileName)
    {
        ArgumentNullException.ThrowIfNull(data);
        foreach (var child in data.Children)
        {
            if (child.LaChildId.Length > MaxIdentifierLength)
            {
                throw new ReturnFormatException(
                    data.LocationOf(child) ?? new SourceLocation(fileName, null, null, null),
                    string.Create(CultureInfo.InvariantCulture, $"{IdentifierField(data.Collection)} is {child.LaChildId.Length:N0} characters long; at most {MaxIdentifierLength} can be held"));
            }
        }

        foreach (var worker in data.Workers)
        {
            if (worker.StaffId.Length > MaxIdentifierLength)
            {
                throw new ReturnFormatException(
                    data.LocationOf(worker) ?? new SourceLocation(fileName, null, null, null),
                    string.Create(CultureInfo.InvariantCulture, $"the worker's identifier is {worker.StaffId.Length:N0} characters long; at most {MaxIdentifierLength} can be held"));
            }
        }
    }
}
