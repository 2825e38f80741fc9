namespace GoldenThread.Core.Returns.CinCensus;

/// <summary>
/// A read-only pass-through stream that counts the bytes read and keeps a copy of the first few kilobytes, so that a
/// refused or empty file can be described precisely (the DTD's line, an empty file) without reading anything twice.
/// </summary>
internal sealed class HeadRecordingStream(Stream inner) : Stream
{
    private const int _headLength = 64 * 1024;

    private readonly byte[] _head = new byte[_headLength];
    private int _headCount;

    public long BytesRead { get; private set; }

    /// <summary>The first bytes of the file, up to 64 KB.</summary>
    public ReadOnlySpan<byte> Head => _head.AsSpan(0, _headCount);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Record(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Record(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void Record(ReadOnlySpan<byte> bytes)
    {
        if (_headCount < _headLength)
        {
            var take = Math.Min(bytes.Length, _headLength - _headCount);
            bytes[..take].CopyTo(_head.AsSpan(_headCount));
            _headCount += take;
        }

        BytesRead += bytes.Length;
    }
}
