namespace GoldenThread.Core.Returns.Ssda903;

/// <summary>
/// A read-only view of a stream that fails with a <see cref="ReturnFormatException"/> naming the file once more than a
/// limit of bytes has been read, so an oversized upload is refused without being read whole.
/// </summary>
internal sealed class ReturnFileLimit : Stream
{
    private readonly Stream _inner;
    private readonly string _fileName;
    private readonly long _limit;
    private long _read;

    public ReturnFileLimit(Stream inner, string fileName, long limit)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        _inner = inner;
        _fileName = fileName;
        _limit = limit;
        if (inner.CanSeek && inner.Length - inner.Position > limit)
        {
            throw TooLarge(fileName, limit);
        }
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    /// <summary>The exception for a file over the limit.</summary>
    public static ReturnFormatException TooLarge(string fileName, long limit) =>
        new(new SourceLocation(fileName, null, null, null), $"the file is larger than the limit of {limit} bytes");

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = _inner.Read(buffer);
        Count(read);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Count(read);
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

    private void Count(int read)
    {
        _read += read;
        if (_read > _limit)
        {
            throw TooLarge(_fileName, _limit);
        }
    }
}
