namespace GoldenThread.Core.Returns.Ssda903;

/// <summary>One SSDA903 table: its name, the file name GoldenThread writes it to, and its DfE columns in order.</summary>
public sealed class Ssda903Table
{
    private readonly Dictionary<string, int> _indexes;

    internal Ssda903Table(string name, string fileStem, params string[] columns)
    {
        Name = name;
        FileStem = fileStem;
        Columns = columns;
        _indexes = columns.Select((column, index) => (column, index)).ToDictionary(p => p.column, p => p.index, StringComparer.Ordinal);
    }

    /// <summary>The table's name as DfE and the community validator use it: Header, Episodes, Reviews …</summary>
    public string Name { get; }

    /// <summary>The stem of the CSV file name the writer uses, e.g. <c>episodes</c>.</summary>
    public string FileStem { get; }

    /// <summary>The DfE column headers, in the order the writer puts them.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The position of a column in <see cref="Columns"/>.</summary>
    public int IndexOf(string column) => _indexes.TryGetValue(column, out var index)
        ? index
        : throw new ArgumentException($"{Name} has no column {column}.", nameof(column));

    public bool Has(string column) => _indexes.ContainsKey(column);

    public override string ToString() => Name;
}

/// <summary>
/// The SSDA903 (children looked after) tables and their columns, as DfE publishes them for the CSV form of the return
/// (the same column sets as the Data to Insight validator's configuration). Tables are recognised by their column set,
/// never by file name.
/// </summary>
public static class Ssda903Tables
{
    public static Ssda903Table Header { get; } = new("Header", "header", "CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB");

    public static Ssda903Table Episodes { get; } = new(
        "Episodes",
        "episodes",
        "CHILD",
        "DECOM",
        "RNE",
        "LS",
        "CIN",
        "PLACE",
        "PLACE_PROVIDER",
        "DEC",
        "REC",
        "REASON_PLACE_CHANGE",
        "HOME_POST",
        "PL_POST",
        "URN");

    public static Ssda903Table Reviews { get; } = new("Reviews", "reviews", "CHILD", "DOB", "REVIEW", "REVIEW_CODE");

    public static Ssda903Table Uasc { get; } = new("UASC", "uasc", "CHILD", "SEX", "DOB", "DUC");

    public static Ssda903Table Oc2 { get; } = new(
        "OC2",
        "oc2",
        "CHILD",
        "DOB",
        "SDQ_SCORE",
        "SDQ_REASON",
        "CONVICTED",
        "HEALTH_CHECK",
        "IMMUNISATIONS",
        "TEETH_CHECK",
        "HEALTH_ASSESSMENT",
        "SUBSTANCE_MISUSE",
        "INTERVENTION_RECEIVED",
        "INTERVENTION_OFFERED");

    public static Ssda903Table Oc3 { get; } = new("OC3", "oc3", "CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM");

    public static Ssda903Table Ad1 { get; } = new(
        "AD1", "ad1", "CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR");

    public static Ssda903Table PlacedAdoption { get; } = new(
        "PlacedAdoption", "placed_adoption", "CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED");

    public static Ssda903Table PrevPerm { get; } = new("PrevPerm", "prev_perm", "CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM");

    public static Ssda903Table Missing { get; } = new("Missing", "missing", "CHILD", "DOB", "MISSING", "MIS_START", "MIS_END");

    /// <summary>Social worker episodes, collected from 2023-24.</summary>
    public static Ssda903Table SocialWorkerEpisodes { get; } = new(
        "SWEpisodes", "sw_episodes", "CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON");

    /// <summary>Every table, in the order the reader builds records and the writers write them.</summary>
    public static IReadOnlyList<Ssda903Table> All { get; } =
        [Header, Episodes, Reviews, Uasc, Oc2, Oc3, Ad1, PlacedAdoption, PrevPerm, Missing, SocialWorkerEpisodes];

    /// <summary>
    /// The table a header row belongs to. An exact column set (in any order) is that table. Otherwise the table sharing
    /// the most columns with the header, if only one does and the header has a column no other table has, is taken as
    /// meant, so the caller can say which of its columns is missing or which header column is unknown. Null when the
    /// columns look like no table.
    /// </summary>
    public static Ssda903Table? Recognise(IReadOnlyCollection<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var set = new HashSet<string>(columns, StringComparer.Ordinal);
        foreach (var table in All)
        {
            if (set.SetEquals(table.Columns))
            {
                return table;
            }
        }

        var scored = All.Select(t => (Table: t, Shared: t.Columns.Count(set.Contains))).OrderByDescending(s => s.Shared).ToList();
        if (scored[0].Shared == 0 || (scored.Count > 1 && scored[1].Shared == scored[0].Shared))
        {
            return null;
        }

        var best = scored[0].Table;
        var ownColumns = best.Columns.Where(c => !All.Any(t => t != best && t.Has(c)));
        return ownColumns.Any(set.Contains) ? best : null;
    }
}
