using System.Xml;
using System.Xml.Linq;

namespace GoldenThread.Core.Returns.Ssda903;

/// <summary>
/// Reads the XML form of an SSDA903 return (layout in docs/adr/0008-ssda903-xml-layout.md), one CHILD at a time, with DTDs
/// prohibited and no resolver. Element values follow the CSV rules (dd/mm/yyyy dates, 0/1 flags, SEX 1/2); an absent
/// field element is a blank value.
/// </summary>
public static class Ssda903XmlReader
{
    /// <summary>Reads the return; the collection year follows the CSV reader's rule (parameter, file name, latest event date).</summary>
    /// <exception cref="ReturnFormatException">
    /// The file is empty, over <paramref name="maxFileBytes"/>, not well-formed XML, has a DTD, another root element, an
    /// unknown element, a CHILD without HEADER or CHILDID, or a value that cannot be held (an impossible date …).
    /// </exception>
    public static ChildLevelDataset Read(Stream content, string fileName, string? collectionYear = null, long maxFileBytes = Ssda903CsvReader.DefaultMaxFileBytes)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        var rows = new List<Ssda903Row>();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        };
        using var limited = new ReturnFileLimit(content, fileName, maxFileBytes);
        using var reader = new DepthLimitedXmlReader(XmlReader.Create(limited, settings), fileName);
        var lineInfo = reader as IXmlLineInfo;
        try
        {
            if (!reader.Read() || (reader.NodeType == XmlNodeType.XmlDeclaration && !reader.Read()))
            {
                throw Empty(fileName);
            }

            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element)
            {
                throw Empty(fileName);
            }

            if (reader.LocalName != Ssda903XmlLayout.Root)
            {
                throw new ReturnFormatException(At(fileName, reader, reader.LocalName), $"the root element should be {Ssda903XmlLayout.Root}");
            }

            if (!reader.IsEmptyElement)
            {
                reader.Read();
                while (reader.NodeType != XmlNodeType.EndElement)
                {
                    if (reader.NodeType != XmlNodeType.Element)
                    {
                        reader.Read();
                        continue;
                    }

                    if (reader.LocalName != Ssda903XmlLayout.Child)
                    {
                        throw Unknown(fileName, reader, reader.LocalName, Ssda903XmlLayout.Root);
                    }

                    XElement child;
                    using (var subtree = reader.ReadSubtree())
                    {
                        child = XElement.Load(subtree, LoadOptions.SetLineInfo);
                    }

                    reader.Read();
                    ReadChild(fileName, child, rows);
                }
            }

            while (reader.Read())
            {
            }
        }
        catch (XmlException exception)
        {
            if (exception.LineNumber == 0 && limited.Position == 0)
            {
                throw Empty(fileName);
            }

            var line = exception.LineNumber > 0 ? exception.LineNumber : lineInfo?.LineNumber;
            var location = new SourceLocation(fileName, line > 0 ? line : null, null, null);
            throw exception.Message.Contains("DTD", StringComparison.Ordinal)
                ? new ReturnFormatException(location, "a DTD is not allowed in an SSDA903 file")
                : new ReturnFormatException(location, $"the file is not well-formed XML ({exception.Message})");
        }

        return Ssda903DatasetBuilder.Build(rows, [fileName], collectionYear);
    }

    private static void ReadChild(string fileName, XElement child, List<Ssda903Row> rows)
    {
        var headers = child.Elements(Ssda903XmlLayout.Header).ToList();
        if (headers.Count != 1)
        {
            throw new ReturnFormatException(
                At(fileName, headers.Count == 0 ? child : headers[1], Ssda903XmlLayout.Header),
                headers.Count == 0 ? "CHILD has no HEADER element" : "CHILD has more than one HEADER element");
        }

        var header = headers[0];
        var fields = new Dictionary<string, XElement>(StringComparer.Ordinal);
        var groups = Ssda903XmlLayout.HeaderGroups.ToDictionary(g => g.Element, g => g.Table, StringComparer.Ordinal);
        var fieldNames = Ssda903XmlLayout.HeaderFields.Select(Ssda903XmlLayout.ElementName).ToHashSet(StringComparer.Ordinal);
        foreach (var element in header.Elements())
        {
            var name = element.Name.LocalName;
            if (fieldNames.Contains(name))
            {
                if (!fields.TryAdd(name, Leaf(fileName, element)))
                {
                    throw new ReturnFormatException(At(fileName, element, name), "the element appears more than once in HEADER");
                }
            }
            else if (!groups.ContainsKey(name))
            {
                throw Unknown(fileName, element, name, Ssda903XmlLayout.Header);
            }
        }

        if (!fields.TryGetValue("CHILDID", out var childId) || string.IsNullOrWhiteSpace(childId.Value))
        {
            throw new ReturnFormatException(At(fileName, header, "CHILDID"), "HEADER has no CHILDID");
        }

        var headerLine = LineOf(header);
        rows.Add(Row(fileName, Ssda903Tables.Header, headerLine, fields));
        var uascFlag = fields.GetValueOrDefault(Ssda903XmlLayout.UascFlag)?.Value.Trim();
        var ceased = fields.GetValueOrDefault("DUC")?.Value.Trim();
        if (uascFlag is not (null or "" or "0" or "1"))
        {
            throw new ReturnFormatException(At(fileName, fields[Ssda903XmlLayout.UascFlag], Ssda903XmlLayout.UascFlag), $"'{uascFlag}' is not 0 or 1");
        }

        if (uascFlag == "1" || !string.IsNullOrEmpty(ceased))
        {
            rows.Add(Row(fileName, Ssda903Tables.Uasc, LineOf(fields.GetValueOrDefault(Ssda903XmlLayout.UascFlag) ?? header), fields));
        }

        foreach (var group in header.Elements().Where(e => groups.ContainsKey(e.Name.LocalName)))
        {
            rows.Add(GroupRow(fileName, group, groups[group.Name.LocalName], fields));
        }

        var childGroups = Ssda903XmlLayout.ChildGroups.ToDictionary(g => g.Element, g => g.Table, StringComparer.Ordinal);
        foreach (var element in child.Elements())
        {
            var name = element.Name.LocalName;
            if (name == Ssda903XmlLayout.Header)
            {
                continue;
            }

            if (!childGroups.TryGetValue(name, out var table))
            {
                throw Unknown(fileName, element, name, Ssda903XmlLayout.Child);
            }

            rows.Add(GroupRow(fileName, element, table, fields));
        }
    }

    /// <summary>A group's row: its own fields, with CHILD and DOB taken from HEADER.</summary>
    private static Ssda903Row GroupRow(string fileName, XElement group, Ssda903Table table, Dictionary<string, XElement> headerFields)
    {
        var allowed = Ssda903XmlLayout.GroupColumns(table).Select(Ssda903XmlLayout.ElementName).ToHashSet(StringComparer.Ordinal);
        var fields = new Dictionary<string, XElement>(StringComparer.Ordinal)
        {
            ["CHILDID"] = headerFields["CHILDID"],
        };
        if (headerFields.TryGetValue("DOB", out var birth))
        {
            fields["DOB"] = birth;
        }

        foreach (var element in group.Elements())
        {
            var name = element.Name.LocalName;
            if (!allowed.Contains(name))
            {
                throw Unknown(fileName, element, name, group.Name.LocalName);
            }

            if (!fields.TryAdd(name, Leaf(fileName, element)))
            {
                throw new ReturnFormatException(At(fileName, element, name), $"the element appears more than once in {group.Name.LocalName}");
            }
        }

        return Row(fileName, table, LineOf(group), fields);
    }

    private static Ssda903Row Row(string fileName, Ssda903Table table, int line, Dictionary<string, XElement> fields)
    {
        var values = new string?[table.Columns.Count];
        var lines = new int[table.Columns.Count];
        for (var i = 0; i < table.Columns.Count; i++)
        {
            if (fields.TryGetValue(Ssda903XmlLayout.ElementName(table.Columns[i]), out var element))
            {
                values[i] = element.Value;
                lines[i] = LineOf(element);
            }
        }

        return new Ssda903Row(table, values, fileName, line, lines);
    }

    private static XElement Leaf(string fileName, XElement element) => element.HasElements
        ? throw new ReturnFormatException(At(fileName, element, element.Name.LocalName), "the element should hold a value, not other elements")
        : element.Value.Length > ReturnLimits.MaxValueCharacters
            ? throw new ReturnFormatException(At(fileName, element, element.Name.LocalName), ReturnLimits.ValueTooLong(element.Value.Length))
            : element;

    private static int LineOf(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    private static SourceLocation At(string fileName, XObject node, string element) =>
        new(fileName, LineOf(node) is > 0 and var line ? line : null, null, $"element {element}");

    private static SourceLocation At(string fileName, XmlReader reader, string element) =>
        new(fileName, reader is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null, null, $"element {element}");

    private static ReturnFormatException Unknown(string fileName, XObject node, string name, string parent) =>
        new(At(fileName, node, name), $"not an element of {parent}");

    private static ReturnFormatException Unknown(string fileName, XmlReader reader, string name, string parent) =>
        new(At(fileName, reader, name), $"not an element of {parent}");

    private static ReturnFormatException Empty(string fileName) =>
        new(new SourceLocation(fileName, null, null, null), "the file is empty (expected an EXPSSDA903 document)");
}
