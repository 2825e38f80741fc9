using System.Globalization;
using System.Xml;

namespace GoldenThread.Core.Returns.Ssda903;

/// <summary>
/// An <see cref="XmlReader"/> that refuses an element nested deeper than <see cref="ReturnLimits.MaxElementDepth"/>, so a
/// hostile file of many thousands of nested elements is refused as soon as it goes too deep instead of being built into a
/// tree. Everything else is passed through, line numbers included.
/// </summary>
internal sealed class DepthLimitedXmlReader(XmlReader inner, string fileName) : XmlReader, IXmlLineInfo
{
    public override int AttributeCount => inner.AttributeCount;

    public override string BaseURI => inner.BaseURI;

    public override int Depth => inner.Depth;

    public override bool EOF => inner.EOF;

    public override bool IsEmptyElement => inner.IsEmptyElement;

    public override string LocalName => inner.LocalName;

    public override string NamespaceURI => inner.NamespaceURI;

    public override XmlNameTable NameTable => inner.NameTable;

    public override XmlNodeType NodeType => inner.NodeType;

    public override string Prefix => inner.Prefix;

    public override ReadState ReadState => inner.ReadState;

    public override string Value => inner.Value;

    public int LineNumber => inner is IXmlLineInfo info ? info.LineNumber : 0;

    public int LinePosition => inner is IXmlLineInfo info ? info.LinePosition : 0;

    public bool HasLineInfo() => inner is IXmlLineInfo info && info.HasLineInfo();

    public override bool Read()
    {
        var read = inner.Read();
        if (read && inner.NodeType == XmlNodeType.Element && inner.Depth >= ReturnLimits.MaxElementDepth)
        {
            throw new ReturnFormatException(
                new SourceLocation(fileName, LineNumber > 0 ? LineNumber : null, null, $"element {inner.LocalName}"),
                string.Create(CultureInfo.InvariantCulture, $"elements are nested more than {ReturnLimits.MaxElementDepth} deep; an SSDA903 file goes 4 deep"));
        }

        return read;
    }

    public override string GetAttribute(int i) => inner.GetAttribute(i);

    public override string? GetAttribute(string name) => inner.GetAttribute(name);

    public override string? GetAttribute(string name, string? namespaceURI) => inner.GetAttribute(name, namespaceURI);

    public override string? LookupNamespace(string prefix) => inner.LookupNamespace(prefix);

    public override bool MoveToAttribute(string name) => inner.MoveToAttribute(name);

    public override bool MoveToAttribute(string name, string? ns) => inner.MoveToAttribute(name, ns);

    public override bool MoveToElement() => inner.MoveToElement();

    public override bool MoveToFirstAttribute() => inner.MoveToFirstAttribute();

    public override bool MoveToNextAttribute() => inner.MoveToNextAttribute();

    public override bool ReadAttributeValue() => inner.ReadAttributeValue();

    public override void ResolveEntity() => inner.ResolveEntity();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
