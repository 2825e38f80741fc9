namespace GoldenThread.Core.Published;

/// <summary>How close a neighbour is, as DfE's statistical neighbour tool labels it.</summary>
public enum Closeness
{
    ExtremelyClose = 1,
    VeryClose = 2,
    Close = 3,
    SomewhatClose = 4,
    NotClose = 5,
}

public static class ClosenessLabels
{
    /// <summary>The label in the 2025 model's wording: Extremely close, Very close, Close, Somewhat close, Not close.</summary>
    public static string Label(this Closeness closeness) => closeness switch
    {
        Closeness.ExtremelyClose => "Extremely close",
        Closeness.VeryClose => "Very close",
        Closeness.Close => "Close",
        Closeness.SomewhatClose => "Somewhat close",
        Closeness.NotClose => "Not close",
        _ => throw new ArgumentOutOfRangeException(nameof(closeness), closeness, null),
    };

    /// <summary>Reads a label as either model writes it (the 2025 file has <c>Close </c> with a trailing space, the 2021 file capitals).</summary>
    public static bool TryParse(string text, out Closeness closeness)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        foreach (var candidate in Enum.GetValues<Closeness>())
        {
            if (string.Equals(candidate.Label(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                closeness = candidate;
                return true;
            }
        }

        closeness = default;
        return false;
    }
}

/// <summary>One neighbour of an authority: its rank (1 = closest), its old LA code and how close it is.</summary>
public sealed record StatisticalNeighbour(int Rank, string OldLaCode, Closeness? Closeness);

/// <summary>An authority and its neighbours in rank order.</summary>
/// <param name="BeforeReorganisation">True for the authorities the 2021 file lists under "Old SNs" (before local government reorganisation).</param>
public sealed record NeighbourGroup(string OldLaCode, string LaName, string? RegionName, bool BeforeReorganisation, IReadOnlyList<StatisticalNeighbour> Neighbours);

/// <summary>A statistical neighbour model: for each local authority (old LA code), its 10 neighbours in order, with closeness.</summary>
public sealed class StatisticalNeighbours
{
    private readonly Dictionary<string, NeighbourGroup> _byAuthority;

    public StatisticalNeighbours(string datasetId, IEnumerable<NeighbourGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        DatasetId = datasetId;
        Groups = [.. groups];
        _byAuthority = Groups.ToDictionary(g => g.OldLaCode, StringComparer.Ordinal);
    }

    /// <summary>An empty model, for when no neighbour file is loaded: every authority then has no neighbours.</summary>
    public static StatisticalNeighbours None { get; } = new(string.Empty, []);

    /// <summary><see cref="PublishedDatasets.NeighboursModel2025"/> or <see cref="PublishedDatasets.NeighboursGroupings2021"/>.</summary>
    public string DatasetId { get; }

    public IReadOnlyList<NeighbourGroup> Groups { get; }

    /// <summary>The authority's group, or null when the model does not have it.</summary>
    public NeighbourGroup? Of(string oldLaCode) => _byAuthority.GetValueOrDefault(oldLaCode);

    /// <summary>The authority's neighbours in rank order; empty when the model does not have it.</summary>
    public IReadOnlyList<StatisticalNeighbour> NeighboursOf(string oldLaCode) => Of(oldLaCode)?.Neighbours ?? [];
}
