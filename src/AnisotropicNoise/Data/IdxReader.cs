using System.Buffers.Binary;
using System.IO.Compression;

namespace AnisotropicNoise.Data;

/// <summary>
/// Reads IDX files of unsigned bytes (MNIST's format: magic <c>00 00 08 n</c>, then <c>n</c>
/// big-endian 32-bit dimensions, then the data), raw or gzip-compressed, and checks them: a
/// wrong magic number, a truncated file or trailing bytes are errors that name the source.
/// </summary>
public static class IdxReader
{
    private const byte UnsignedByte = 0x08;

    /// <summary>Reads the IDX file at <paramref name="path"/> (gzip detected from its first bytes).</summary>
    public static IdxArray ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads an IDX array from <paramref name="stream"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="InvalidDataException">The content is not a well-formed IDX array of unsigned bytes.</exception>
    public static IdxArray Read(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = Decompressed(stream, source);
        if (bytes.Length < 4) throw new InvalidDataException($"{source}: truncated IDX file: {bytes.Length} bytes, fewer than the 4-byte magic number.");
        if (bytes[0] != 0 || bytes[1] != 0 || bytes[2] != UnsignedByte || bytes[3] == 0)
            throw new InvalidDataException($"{source}: magic number {Convert.ToHexString(bytes, 0, 4)} is not an IDX file of unsigned bytes (expected 000008 followed by the dimension count, 01–FF).");
        int rank = bytes[3], header = 4 + 4 * rank;
        if (bytes.Length < header)
            throw new InvalidDataException($"{source}: truncated IDX file: {bytes.Length} bytes, but the header of {rank} dimensions needs {header}.");
        var dimensions = new int[rank];
        long size = 1;
        for (int d = 0; d < rank; d++)
        {
            uint extent = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(4 + 4 * d));
            if (extent > int.MaxValue) throw new InvalidDataException($"{source}: dimension {d} is {extent}, beyond what this reader supports.");
            dimensions[d] = (int)extent;
            size *= extent;
            if (size > Array.MaxLength) throw new InvalidDataException($"{source}: the dimensions declare more than {Array.MaxLength} values.");
        }
        long actual = bytes.Length - header;
        if (actual < size) throw new InvalidDataException($"{source}: truncated IDX file: the header declares {size} values but only {actual} follow.");
        if (actual > size) throw new InvalidDataException($"{source}: {actual - size} unexpected bytes after the {size} values the header declares.");
        return new IdxArray(dimensions, bytes[header..]);
    }

    /// <summary>
    /// Reads an image file (3-D: count × rows × columns) and a label file (1-D: count) and pairs
    /// them; the counts must agree and every label must be in <c>[0, classCount)</c>.
    /// </summary>
    public static LabeledImages ReadLabeledImages(string imagesPath, string labelsPath, int classCount = 10)
    {
        var images = ReadFile(imagesPath);
        var labels = ReadFile(labelsPath);
        if (images.Dimensions.Length != 3)
            throw new InvalidDataException($"{imagesPath}: an image file has 3 dimensions (count, rows, columns), not {images.Dimensions.Length}.");
        if (labels.Dimensions.Length != 1)
            throw new InvalidDataException($"{labelsPath}: a label file has 1 dimension, not {labels.Dimensions.Length}.");
        if (images.Dimensions[0] != labels.Dimensions[0])
            throw new InvalidDataException($"count mismatch: {imagesPath} holds {images.Dimensions[0]} images but {labelsPath} holds {labels.Dimensions[0]} labels.");
        var values = new int[labels.Data.Length];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = labels.Data[i];
            if (values[i] >= classCount)
                throw new InvalidDataException($"{labelsPath}: label {i} is {values[i]}; labels must be in [0, {classCount - 1}].");
        }
        return new LabeledImages(images.Dimensions[1], images.Dimensions[2], images.Data, values, classCount);
    }

    private static byte[] Decompressed(Stream stream, string source)
    {
        using var raw = new MemoryStream();
        stream.CopyTo(raw);
        var bytes = raw.ToArray();
        if (bytes.Length < 2 || bytes[0] != 0x1F || bytes[1] != 0x8B) return bytes;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var plain = new MemoryStream();
            gzip.CopyTo(plain);
            return plain.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{source}: corrupt gzip stream ({e.Message}).", e);
        }
    }
}
