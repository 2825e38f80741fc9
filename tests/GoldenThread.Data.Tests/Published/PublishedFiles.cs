using System.Globalization;
using System.Text;
using GoldenThread.Core.Published;

namespace GoldenThread.Data.Tests.Published;

/// <summary>Shipped file bytes, variants of them, and a text form of benchmarks for comparing two calculations.</summary>
internal static class PublishedFiles
{
    public static byte[] Bytes(PublishedDataset dataset)
    {
        using var stream = ShippedPublishedFiles.Open(dataset.ShippedFileName);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The shipped file with some text replaced and lines added at the end: a "newer" file of the same dataset.</summary>
    public static byte[] Variant(PublishedDataset dataset, (string Old, string New)? replace, params string[] extraLines)
    {
        var text = Encoding.UTF8.GetString(Bytes(dataset));
        if (replace is { } r)
        {
            Assert.Contains(r.Old, text, StringComparison.Ordinal);
            text = text.Replace(r.Old, r.New, StringComparison.Ordinal);
        }

        foreach (var line in extraLines)
        {
            text += line + "\n";
        }

        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>Every figure of a benchmark as text, numbers without trailing zeros (SQLite and PostgreSQL give 24.5, 24.5000).</summary>
    public static string Describe(Benchmark? b)
    {
        if (b is null)
        {
            return "none";
        }

        var neighbours = string.Join("; ", b.Neighbours.Select(n => $"{n.Rank} {n.OldLaCode} {n.LaName} {n.Closeness} {V(n.Value)}"));
        var quartiles = b.Quartiles is { } q ? $"{D(q.Minimum)}/{D(q.LowerQuartile)}/{D(q.Median)}/{D(q.UpperQuartile)}/{D(q.Maximum)}" : "none";
        return $"{b.MeasureCode} {b.Year} {b.AuthorityCode} {b.AuthorityName} {V(b.Authority)} | median {D(b.NeighbourMedian)} of {b.NeighboursWithValue} [{neighbours}] "
            + $"| region {b.RegionCode} {b.RegionName} {V(b.Region)} | England {V(b.England)} | {b.Polarity} quartiles {quartiles} of {b.AuthoritiesWithValue} band {b.Band} rank {b.Rank}";
    }

    private static string V(PublishedValue value) => value.Number is { } n ? D(n) : value.Symbol ?? "not published";

    private static string D(decimal? value) => value?.ToString("0.############", CultureInfo.InvariantCulture) ?? "none";
}

/// <summary>A stream that can only be read forward, as an upload can be.</summary>
internal sealed class ForwardOnlyStream(byte[] bytes) : Stream
{
    private readonly MemoryStream _inner = new(bytes);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
