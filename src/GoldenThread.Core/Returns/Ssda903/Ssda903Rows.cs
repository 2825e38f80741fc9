using GoldenThread.Core.Model;
using static GoldenThread.Core.Returns.Ssda903.Ssda903Format;

namespace GoldenThread.Core.Returns.Ssda903;

/// <summary>
/// A dataset as the rows of the SSDA903 tables, as text in the DfE formats (dd/mm/yyyy, 0/1 flags, SEX 1/2), in a fixed
/// order: children by CHILD (ordinal), each child's records by date and then id. Both writers write these rows, so the
/// CSV and XML forms of a dataset always agree and the output is the same for the same data.
/// </summary>
internal sealed class Ssda903Rows
{
    private readonly Dictionary<long, Child> _children;
    private readonly Dictionary<long, int> _rank;

    private Ssda903Rows(ChildLevelDataset dataset)
    {
        _children = dataset.Children.ToDictionary(c => c.Id);
        var ordered = dataset.Children.OrderBy(c => c.LaChildId, StringComparer.Ordinal).ThenBy(c => c.Id).ToList();
        _rank = ordered.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i);
        Tables = Ssda903Tables.All.ToDictionary(t => t, _ => new List<string[]>());
        Tables[Ssda903Tables.Header].AddRange(ordered.Select(HeaderRow));
        Tables[Ssda903Tables.Uasc].AddRange(ordered
            .Where(c => c.UnaccompaniedAsylumSeekingDate is not null || c.UnaccompaniedAsylumSeekingCeasedDate is not null)
            .Select(c => new[] { c.LaChildId, SexToReturn(c.Sex) ?? string.Empty, Date(c.BirthDate), Date(c.UnaccompaniedAsylumSeekingCeasedDate) }));
        Add(Ssda903Tables.Episodes, dataset.CareEpisodes, e => e.StartDate, (c, e) =>
        [
            c.LaChildId, Date(e.StartDate), e.ReasonForNewEpisode, e.LegalStatus, e.CategoryOfNeed, e.PlacementType, e.PlacementProvider,
            Date(e.EndDate), e.ReasonEpisodeCeased, e.ReasonPlaceChange, e.HomePostcode, e.PlacementPostcode, e.Urn,
        ]);
        Add(Ssda903Tables.Reviews, dataset.CareReviews, r => r.ReviewDate, (c, r) =>
            [c.LaChildId, Date(c.BirthDate), Date(r.ReviewDate), r.ParticipationCode]);
        Add(Ssda903Tables.Oc2, dataset.HealthRecords, _ => default, (c, h) =>
        [
            c.LaChildId, Date(c.BirthDate), Number(h.SdqScore), h.SdqReason, Flag(h.Convicted), Flag(h.HealthCheck), Flag(h.Immunisations),
            Flag(h.TeethCheck), Flag(h.HealthAssessment), Flag(h.SubstanceMisuse), Flag(h.InterventionReceived), Flag(h.InterventionOffered),
        ]);
        Add(Ssda903Tables.Oc3, dataset.CareLeaverRecords, _ => default, (c, r) =>
            [c.LaChildId, Date(c.BirthDate), r.InTouch, r.Activity, r.Accommodation]);
        Add(Ssda903Tables.Ad1, dataset.AdoptionRecords.Where(HasAdoptionDetails), a => a.DecisionDate ?? default, (c, a) =>
        [
            c.LaChildId, Date(c.BirthDate), Date(a.DecisionDate), Date(a.MatchDate), Flag(a.FosterCare), a.NumberOfAdopters, a.SexOfAdopters,
            a.LegalStatusOfAdopters,
        ]);
        Add(Ssda903Tables.PlacedAdoption, dataset.AdoptionRecords.Where(IsPlacedForAdoption), a => a.DecisionDate ?? default, (c, a) =>
            [c.LaChildId, Date(c.BirthDate), Date(a.DecisionDate), Date(a.PlacedCeasedDate), a.ReasonPlacedCeased]);
        Add(Ssda903Tables.PrevPerm, dataset.PreviousPermanences, _ => default, (c, p) =>
            [c.LaChildId, Date(c.BirthDate), p.Option, p.AuthorityCode, p.OrderDate]);
        Add(Ssda903Tables.Missing, dataset.MissingEpisodes, m => m.StartDate, (c, m) =>
            [c.LaChildId, Date(c.BirthDate), m.Kind, Date(m.StartDate), Date(m.EndDate)]);
        Add(Ssda903Tables.SocialWorkerEpisodes, dataset.SocialWorkerEpisodes, s => s.StartDate, (c, s) =>
            [c.LaChildId, Date(c.BirthDate), s.SocialWorkerId, Date(s.StartDate), Date(s.EndDate), s.EndReason]);
    }

    /// <summary>The rows of each table, each row's values in the table's column order ("" for blank).</summary>
    public Dictionary<Ssda903Table, List<string[]>> Tables { get; }

    public static Ssda903Rows Of(ChildLevelDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new Ssda903Rows(dataset);
    }

    /// <summary>AD1 is written for a record with any adoption detail (match, former foster carer, adopters).</summary>
    public static bool HasAdoptionDetails(AdoptionRecord record) =>
        record.MatchDate is not null || record.FosterCare is not null || record.NumberOfAdopters is not null
        || record.SexOfAdopters is not null || record.LegalStatusOfAdopters is not null;

    /// <summary>PlacedAdoption is written for a decision that the child should (or should no longer) be placed for adoption.</summary>
    public static bool IsPlacedForAdoption(AdoptionRecord record) =>
        record.DecisionDate is not null || record.PlacedCeasedDate is not null || record.ReasonPlacedCeased is not null;

    private static string[] HeaderRow(Child c) =>
    [
        c.LaChildId, SexToReturn(c.Sex) ?? string.Empty, Date(c.BirthDate), c.Ethnicity ?? string.Empty, c.Upn ?? c.UpnUnknownReason ?? string.Empty,
        c.IsMother ?? string.Empty, Date(c.MothersChildBirthDate),
    ];

    private void Add<T>(Ssda903Table table, IEnumerable<T> records, Func<T, DateOnly> date, Func<Child, T, string?[]> row)
        where T : ChildRecord
    {
        var ordered = records
            .Select(r => (Record: r, Child: ChildOf(r)))
            .OrderBy(p => _rank[p.Child.Id])
            .ThenBy(p => date(p.Record))
            .ThenBy(p => p.Record.Id);
        Tables[table].AddRange(ordered.Select(p => row(p.Child, p.Record).Select(v => v ?? string.Empty).ToArray()));
    }

    private Child ChildOf(ChildRecord record) => _children.TryGetValue(record.ChildId, out var child)
        ? child
        : throw new InvalidOperationException($"{record.GetType().Name} {record.Id} belongs to child {record.ChildId}, which the dataset does not hold.");
}
