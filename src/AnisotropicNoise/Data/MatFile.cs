using System.Buffers.Binary;
using System.IO.Compression;

namespace AnisotropicNoise.Data;

/// <summary>
/// The numeric arrays of a MATLAB level-5 MAT-file (little-endian; elements plain or zlib-compressed), as SVHN ships its
/// images: each array's name, dimensions (column-major, as MATLAB stores it) and values. Only what SVHN needs: real
/// numeric arrays; any other element is skipped.
/// </summary>
public static class MatFile
{
    private const int MiInt8 = 1, MiUInt8 = 2, MiInt16 = 3, MiUInt16 = 4, MiInt32 = 5, MiUInt32 = 6, MiSingle = 7, MiDouble = 9,
        MiInt64 = 12, MiUInt64 = 13, MiMatrix = 14, MiCompressed = 15;

    /// <summary>One array: its name, its dimensions, its values in MATLAB's column-major order (as bytes when stored as unsigned bytes).</summary>
    /// <param name="Name">The variable's name.</param>
    /// <param name="Dimensions">The dimensions, first fastest.</param>
    /// <param name="Bytes">The values when stored as unsigned bytes, else null.</param>
    /// <param name="Values">The values as numbers when stored in any other type, else null.</param>
    public sealed record MatArray(string Name, IReadOnlyList<int> Dimensions, byte[]? Bytes, double[]? Values)
    {
        /// <summary>Element <paramref name="index"/> as a number.</summary>
        public double this[long index] => Bytes is not null ? Bytes[index] : Values![index];

        /// <summary>The number of elements.</summary>
        public long Count => Bytes?.LongLength ?? Values!.LongLength;
    }

    /// <summary>The numeric arrays of the MAT-file <paramref name="bytes"/>, by name.</summary>
    /// <exception cref="InvalidDataException">Not a little-endian level-5 MAT-file, or an element runs past the end (truncated).</exception>
    public static IReadOnlyDictionary<string, MatArray> Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length < 128 || bytes[126] != (byte)'I' || bytes[127] != (byte)'M' || BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(124)) != 0x0100)
            throw new InvalidDataException("not a little-endian level-5 MAT-file (header).");
        var arrays = new Dictionary<string, MatArray>();
        int position = 128;
        while (position + 8 <= bytes.Length)
        {
            var (type, data, next) = Element(bytes, position);
            if (type == MiCompressed)
            {
                using var inflated = new MemoryStream();
                using (var zlib = new ZLibStream(new MemoryStream(bytes, data.Offset, data.Count), CompressionMode.Decompress)) zlib.CopyTo(inflated);
                var inner = inflated.ToArray();
                var (innerType, innerData, _) = Element(inner, 0);
                if (innerType == MiMatrix && Matrix(innerData) is { } array) arrays[array.Name] = array;
            }
            else if (type == MiMatrix && Matrix(data) is { } array) arrays[array.Name] = array;
            position = next;
        }
        return arrays;
    }

    /// <summary>The element at <paramref name="at"/>: its type, its data and where the next one starts (8-byte aligned).</summary>
    private static (int Type, ArraySegment<byte> Data, int Next) Element(byte[] bytes, int at)
    {
        if (at + 8 > bytes.Length) throw new InvalidDataException($"an element tag at byte {at} runs past the end: the file is truncated.");
        uint first = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at));
        if (first >> 16 != 0) // small data element: type and size in one word, up to 4 bytes of data in the next
            return ((int)(first & 0xFFFF), new ArraySegment<byte>(bytes, at + 4, (int)(first >> 16)), at + 8);
        long size = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 4));
        if (at + 8 + size > bytes.Length) throw new InvalidDataException($"an element of {size} bytes at byte {at} runs past the end: the file is truncated.");
        int type = (int)first;
        long next = at + 8 + size;
        if (type != MiCompressed) next = (next + 7) / 8 * 8;
        return (type, new ArraySegment<byte>(bytes, at + 8, (int)size), (int)Math.Min(next, bytes.Length));
    }

    private static MatArray? Matrix(ArraySegment<byte> matrix)
    {
        var bytes = matrix.Array!;
        int position = matrix.Offset, end = matrix.Offset + matrix.Count;
        (int Type, ArraySegment<byte> Data) Next()
        {
            if (position >= end) throw new InvalidDataException("a matrix element ends before its parts: the file is truncated.");
            var (type, data, next) = Element(bytes, position);
            position = next;
            return (type, data);
        }
        var flags = Next();
        int arrayClass = flags.Data[0];
        if (arrayClass is < 6 or > 15) return null; // cells, structs, objects, chars, sparse: not numeric
        var dimensions = Next();
        var shape = new int[dimensions.Data.Count / 4];
        for (int i = 0; i < shape.Length; i++) shape[i] = BinaryPrimitives.ReadInt32LittleEndian(dimensions.Data.AsSpan(4 * i));
        string name = System.Text.Encoding.ASCII.GetString(Next().Data);
        var (type, data) = Next();
        if (type == MiUInt8) return new MatArray(name, shape, data.ToArray(), null);
        int width = type switch { MiInt8 => 1, MiInt16 or MiUInt16 => 2, MiInt32 or MiUInt32 or MiSingle => 4, MiDouble or MiInt64 or MiUInt64 => 8, _ => 0 };
        if (width == 0) throw new InvalidDataException($"array '{name}' is stored as MAT type {type}, which this reader does not know.");
        var values = new double[data.Count / width];
        var span = data.AsSpan();
        for (int i = 0; i < values.Length; i++)
        {
            var v = span.Slice(i * width, width);
            values[i] = type switch
            {
                MiInt8 => (sbyte)v[0],
                MiInt16 => BinaryPrimitives.ReadInt16LittleEndian(v),
                MiUInt16 => BinaryPrimitives.ReadUInt16LittleEndian(v),
                MiInt32 => BinaryPrimitives.ReadInt32LittleEndian(v),
                MiUInt32 => BinaryPrimitives.ReadUInt32LittleEndian(v),
                MiSingle => BinaryPrimitives.ReadSingleLittleEndian(v),
                MiDouble => BinaryPrimitives.ReadDoubleLittleEndian(v),
                MiInt64 => BinaryPrimitives.ReadInt64LittleEndian(v),
                _ => BinaryPrimitives.ReadUInt64LittleEndian(v),
            };
        }
        return new MatArray(name, shape, null, values);
    }
}
