namespace GoldenThread.Core.Published;

/// <summary>The geographic levels GoldenThread reads from published statistics files (column <c>geographic_level</c>).</summary>
public enum GeographicLevel
{
    National = 1,
    Regional = 2,
    LocalAuthority = 3,
}

public static class GeographicLevels
{
    public const string NationalLabel = "National";
    public const string RegionalLabel = "Regional";
    public const string LocalAuthorityLabel = "Local authority";

    /// <summary>The level as the files write it: National, Regional, Local authority.</summary>
    public static string Label(this GeographicLevel level) => level switch
    {
        GeographicLevel.National => NationalLabel,
        GeographicLevel.Regional => RegionalLabel,
        GeographicLevel.LocalAuthority => LocalAuthorityLabel,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static bool TryParse(string text, out GeographicLevel level)
    {
        level = text switch
        {
            NationalLabel => GeographicLevel.National,
            RegionalLabel => GeographicLevel.Regional,
            LocalAuthorityLabel => GeographicLevel.LocalAuthority,
            _ => default,
        };
        return level != default;
    }
}
