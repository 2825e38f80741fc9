using System.IO.Compression;

namespace GoldenThread.Core.Indicators.Snapshots;

/// <summary>
/// The ids behind a frozen figure as a few bytes (docs/adr/0013-month-end-snapshots.md). Ids are distinct, ascending and not
/// negative; each is written as its difference from the one before (the first as itself) in unsigned LEB128: seven bits a byte,
/// lowest first, the high bit set on every byte but the last. An empty list is no bytes at all. Otherwise the first byte says how
/// the rest is written:
/// <list type="bullet">
/// <item><see cref="Plain"/> (1): the number of ids, then the differences, all as varints: [3, 5, 300] is 01 03 03 02 A7 02.</item>
/// <item><see cref="Deflated"/> (2): the number of ids as a varint, then the differences compressed with raw Deflate; chosen
/// when it is shorter, as it is for runs of close ids.</item>
/// </list>
/// </summary>
public static class SortedIdEncoding
{
    /// <summary>The format byte of the differences written as they are.</summary>
    public const byte Plain = 1;

    /// <summary>The format byte of the differences compressed with raw Deflate.</summary>
    public const byte Deflated = 2;

    /// <summary>Lists shorter than this are never compressed: Deflate's own overhead outweighs anything it could save.</summary>
    private const int CompressFrom = 16;

    /// <summary>The bytes for ids that are distinct, ascending and not negative; the shorter of the two formats.</summary>
    public static byte[] Encode(IReadOnlyList<long> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        using var differences = new MemoryStream(ids.Count * 2);
        long previous = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i];
            if (id < 0 || (i > 0 && id <= previous))
            {
                throw new ArgumentException($"Ids must be distinct, ascending and not negative; {id} at position {i} is not.", nameof(ids));
            }

            WriteVarint(differences, (ulong)(id - previous));
            previous = id;
        }

        using var output = new MemoryStream((int)differences.Length + 8);
        output.WriteByte(Plain);
        WriteVarint(output, (ulong)ids.Count);
        var plainLength = output.Length + differences.Length;
        if (ids.Count >= CompressFrom)
        {
            using var deflated = new MemoryStream();
            using (var deflate = new DeflateStream(deflated, CompressionLevel.Optimal, leaveOpen: true))
            {
                differences.Position = 0;
                differences.CopyTo(deflate);
            }

            if (output.Length + deflated.Length < plainLength)
            {
                output.Position = 0;
                output.WriteByte(Deflated);
                output.Position = output.Length;
                deflated.Position = 0;
                deflated.CopyTo(output);
                return output.ToArray();
            }
        }

        differences.Position = 0;
        differences.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>The ids the bytes hold, ascending. Throws <see cref="InvalidDataException"/> for bytes <see cref="Encode"/> did not write.</summary>
    public static long[] Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return [];
        }

        var format = bytes[0];
        if (format is not (Plain or Deflated))
        {
            throw new InvalidDataException($"Unknown id list format {format}.");
        }

        var position = 1;
        var count = ReadVarint(bytes, ref position);
        if (count is 0 or > int.MaxValue)
        {
            throw new InvalidDataException($"An id list cannot hold {count} ids.");
        }

        if (format == Plain)
        {
            // Every id takes at least a byte, so the count cannot exceed what is left.
            if (count > (ulong)(bytes.Length - position))
            {
                throw new InvalidDataException($"The id list says {count} ids but has {bytes.Length - position} bytes for them.");
            }

            var ids = new long[(int)count];
            long previous = 0;
            for (var i = 0; i < ids.Length; i++)
            {
                previous = Next(previous, ReadVarint(bytes, ref position), i);
                ids[i] = previous;
            }

            return position == bytes.Length ? ids : throw new InvalidDataException("The id list has bytes after its last id.");
        }

        using var deflate = new DeflateStream(new MemoryStream(bytes[position..].ToArray()), CompressionMode.Decompress);
        var list = new List<long>((int)Math.Min(count, 1 << 16));
        long last = 0;
        for (var i = 0; i < (int)count; i++)
        {
            last = Next(last, ReadVarint(deflate), i);
            list.Add(last);
        }

        return deflate.ReadByte() == -1 ? [.. list] : throw new InvalidDataException("The id list has bytes after its last id.");
    }

    private static long Next(long previous, ulong difference, int index)
    {
        if ((index > 0 && difference == 0) || difference > (ulong)(long.MaxValue - previous))
        {
            throw new InvalidDataException($"The id list's difference {difference} at position {index} is not allowed.");
        }

        return previous + (long)difference;
    }

    private static void WriteVarint(Stream stream, ulong value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        stream.WriteByte((byte)value);
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> bytes, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= bytes.Length)
            {
                throw new InvalidDataException("The id list ends inside a number.");
            }

            var b = bytes[position++];
            value |= Bits(b, shift);
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("A number in the id list is longer than ten bytes.");
    }

    private static ulong ReadVarint(Stream stream)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = stream.ReadByte();
            if (b < 0)
            {
                throw new InvalidDataException("The id list ends inside a number.");
            }

            value |= Bits((byte)b, shift);
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("A number in the id list is longer than ten bytes.");
    }

    /// <summary>A varint byte's seven bits in place; the tenth byte may carry only the 64th bit.</summary>
    private static ulong Bits(byte b, int shift) =>
        shift == 63 && (b & 0x7F) > 1 ? throw new InvalidDataException("A number in the id list is larger than 64 bits.") : (ulong)(b & 0x7F) << shift;
}
