using System.Text;
using System.Xml;

namespace GoldenThread.Core.Returns.Ssda903;

/// <summary>
/// Writes a dataset as the XML form of SSDA903 (layout in docs/adr/0008-ssda903-xml-layout.md): the same rows as the CSV
/// writer, grouped per child. UTF-8 without a byte order mark, indented, the same bytes for the same dataset.
/// </summary>
public static class Ssda903XmlWriter
{
    public static void Write(ChildLevelDataset dataset, Stream output)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(output);
        var rows = Ssda903Rows.Of(dataset);
        var perChild = rows.Tables
            .Where(t => t.Key != Ssda903Tables.Header)
            .ToDictionary(t => t.Key, t => t.Value.ToLookup(r => r[0], StringComparer.Ordinal));
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var writer = XmlWriter.Create(output, settings);
        writer.WriteStartDocument();
        writer.WriteStartElement(Ssda903XmlLayout.Root);
        foreach (var header in rows.Tables[Ssda903Tables.Header])
        {
            var child = header[0];
            var uasc = perChild[Ssda903Tables.Uasc][child].FirstOrDefault();
            writer.WriteStartElement(Ssda903XmlLayout.Child);
            writer.WriteStartElement(Ssda903XmlLayout.Header);
            Field(writer, "CHILD", child);
            Field(writer, "UPN", header[Ssda903Tables.Header.IndexOf("UPN")]);
            Field(writer, "SEX", header[Ssda903Tables.Header.IndexOf("SEX")]);
            Field(writer, "DOB", header[Ssda903Tables.Header.IndexOf("DOB")]);
            Field(writer, "ETHNIC", header[Ssda903Tables.Header.IndexOf("ETHNIC")]);
            Field(writer, Ssda903XmlLayout.UascFlag, uasc is null ? string.Empty : "1");
            Field(writer, "DUC", uasc?[Ssda903Tables.Uasc.IndexOf("DUC")] ?? string.Empty);
            Field(writer, "MOTHER", header[Ssda903Tables.Header.IndexOf("MOTHER")]);
            Field(writer, "MC_DOB", header[Ssda903Tables.Header.IndexOf("MC_DOB")]);
            foreach (var (element, table) in Ssda903XmlLayout.HeaderGroups)
            {
                Groups(writer, element, table, perChild[table][child]);
            }

            writer.WriteEndElement();
            foreach (var (element, table) in Ssda903XmlLayout.ChildGroups)
            {
                Groups(writer, element, table, perChild[table][child]);
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private static void Groups(XmlWriter writer, string element, Ssda903Table table, IEnumerable<string[]> rows)
    {
        foreach (var row in rows)
        {
            writer.WriteStartElement(element);
            foreach (var column in Ssda903XmlLayout.GroupColumns(table))
            {
                Field(writer, column, row[table.IndexOf(column)]);
            }

            writer.WriteEndElement();
        }
    }

    private static void Field(XmlWriter writer, string column, string value) =>
        writer.WriteElementString(Ssda903XmlLayout.ElementName(column), value);
}
