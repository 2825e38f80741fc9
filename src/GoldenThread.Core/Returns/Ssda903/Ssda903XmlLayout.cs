namespace GoldenThread.Core.Returns.Ssda903;

/// <summary>
/// The XML form of SSDA903 that GoldenThread reads and writes (docs/adr/0008-ssda903-xml-layout.md): a root
/// <c>EXPSSDA903</c> with one <c>CHILD</c> per child; in it a <c>HEADER</c> holding the Header and UASC fields and the
/// child's groups (<c>AREVIEW</c>, <c>OC2</c>, <c>OC3</c>, <c>AD1</c>, <c>AD_PLACED</c>, <c>PERMANENCE</c>,
/// <c>AMISSING</c>), then <c>EPISODE</c> and <c>SW_EPISODE</c> elements. Field elements carry the CSV column names, except
/// CHILDID for CHILD and PL for PLACE.
/// </summary>
internal static class Ssda903XmlLayout
{
    public const string Root = "EXPSSDA903";
    public const string Child = "CHILD";
    public const string Header = "HEADER";
    public const string UascFlag = "UASC";

    /// <summary>The fields HEADER holds before its groups, in the writer's order: the Header table's, with the UASC flag and DUC.</summary>
    public static IReadOnlyList<string> HeaderFields { get; } = ["CHILD", "UPN", "SEX", "DOB", "ETHNIC", UascFlag, "DUC", "MOTHER", "MC_DOB"];

    /// <summary>Groups inside HEADER, after its fields: element name and table, in the writer's order.</summary>
    public static IReadOnlyList<(string Element, Ssda903Table Table)> HeaderGroups { get; } =
    [
        ("AREVIEW", Ssda903Tables.Reviews),
        ("OC2", Ssda903Tables.Oc2),
        ("OC3", Ssda903Tables.Oc3),
        ("AD1", Ssda903Tables.Ad1),
        ("AD_PLACED", Ssda903Tables.PlacedAdoption),
        ("PERMANENCE", Ssda903Tables.PrevPerm),
        ("AMISSING", Ssda903Tables.Missing),
    ];

    /// <summary>Groups that are children of CHILD beside HEADER.</summary>
    public static IReadOnlyList<(string Element, Ssda903Table Table)> ChildGroups { get; } =
    [
        ("EPISODE", Ssda903Tables.Episodes),
        ("SW_EPISODE", Ssda903Tables.SocialWorkerEpisodes),
    ];

    /// <summary>The element that carries a column: the column name, except CHILDID for CHILD and PL for PLACE.</summary>
    public static string ElementName(string column) => column switch
    {
        "CHILD" => "CHILDID",
        "PLACE" => "PL",
        _ => column,
    };

    /// <summary>The columns of a group's table that its element holds (CHILD and DOB come from HEADER).</summary>
    public static IEnumerable<string> GroupColumns(Ssda903Table table) => table.Columns.Where(c => c is not "CHILD" and not "DOB");
}
