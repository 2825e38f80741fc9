using GoldenThread.Core.Model;
using GoldenThread.Core.Published;

namespace GoldenThread.Data.Published;

/// <summary>
/// One neighbour of one authority in a statistical neighbour model (table <c>statistical_neighbours</c>): 10 rows per
/// authority, by rank. Only the rows of committed loads are visible.
/// </summary>
public sealed class StatisticalNeighbourRow
{
    public long Id { get; set; }

    public long LoadId { get; set; }

    public DataLoad? Load { get; set; }

    /// <summary>sn_2025 or sn_2021.</summary>
    public required string DatasetId { get; set; }

    public required string OldLaCode { get; set; }

    public required string LaName { get; set; }

    public string? RegionName { get; set; }

    public bool BeforeReorganisation { get; set; }

    public int Rank { get; set; }

    public required string NeighbourOldLaCode { get; set; }

    public Closeness? Closeness { get; set; }

    public static IEnumerable<StatisticalNeighbourRow> From(StatisticalNeighbours model, long firstId, long loadId)
    {
        ArgumentNullException.ThrowIfNull(model);
        var id = firstId;
        foreach (var group in model.Groups)
        {
            foreach (var neighbour in group.Neighbours)
            {
                yield return new StatisticalNeighbourRow
                {
                    Id = id++,
                    LoadId = loadId,
                    DatasetId = model.DatasetId,
                    OldLaCode = group.OldLaCode,
                    LaName = group.LaName,
                    RegionName = group.RegionName,
                    BeforeReorganisation = group.BeforeReorganisation,
                    Rank = neighbour.Rank,
                    NeighbourOldLaCode = neighbour.OldLaCode,
                    Closeness = neighbour.Closeness,
                };
            }
        }
    }

    /// <summary>The model the rows hold (rows of one dataset), authorities in code order.</summary>
    public static StatisticalNeighbours ToModel(string datasetId, IEnumerable<StatisticalNeighbourRow> rows) => new(
        datasetId,
        rows.GroupBy(r => r.OldLaCode)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var first = g.First();
                return new NeighbourGroup(
                    g.Key,
                    first.LaName,
                    first.RegionName,
                    first.BeforeReorganisation,
                    [.. g.OrderBy(r => r.Rank).Select(r => new StatisticalNeighbour(r.Rank, r.NeighbourOldLaCode, r.Closeness))]);
            }));
}
