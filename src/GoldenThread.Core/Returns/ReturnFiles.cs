using System.Security.Cryptography;
using System.Text;

namespace GoldenThread.Core.Returns;

/// <summary>One file to read: its name, its size, and a way to open it as a stream (files are never read whole into memory).</summary>
public sealed class ReturnFile
{
    private readonly Func<Stream> _open;

    private ReturnFile(string fileName, long length, Func<Stream> open)
    {
        FileName = fileName;
        Length = length;
        _open = open;
    }

    public string FileName { get; }

    public long Length { get; }

    public static ReturnFile FromPath(string path)
    {
        var info = new FileInfo(path);
        return new ReturnFile(info.Name, info.Length, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));
    }

    public static ReturnFile FromBytes(string fileName, byte[] content) =>
        new(fileName, content.LongLength, () => new MemoryStream(content, writable: false));

    public Stream Open() => _open();

    /// <summary>The first bytes of the file, for recognising its format.</summary>
    public byte[] Head(int length = 4096)
    {
        using var stream = Open();
        var buffer = new byte[length];
        var read = 0;
        int n;
        while (read < length && (n = stream.Read(buffer, read, length - read)) > 0)
        {
            read += n;
        }

        return buffer[..read];
    }

    public string ComputeSha256()
    {
        using var stream = Open();
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

/// <summary>A set of files read as one return, and the format they were recognised as.</summary>
public sealed record ParsedReturn(string Format, ChildLevelDataset Data, IReadOnlyList<ReturnFile> Files)
{
    /// <summary>One hash for the whole set, so loading the same files again is recognised.</summary>
    public string ComputeSha256() => Files.Count == 1
        ? Files[0].ComputeSha256()
        : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', Files.Select(f => f.ComputeSha256()).Order(StringComparer.Ordinal)))));

    public string FileName => string.Join(", ", Files.Select(f => f.FileName));
}
