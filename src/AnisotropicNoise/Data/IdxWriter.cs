using System.Buffers.Binary;
using System.IO.Compression;

namespace AnisotropicNoise.Data;

/// <summary>Writes IDX files of unsigned bytes, raw or gzip-compressed; files are written whole or not at all.</summary>
public static class IdxWriter
{
    /// <summary>Writes <paramref name="array"/> to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, IdxArray array, bool gzip = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(array);
        using var target = gzip ? new GZipStream(stream, CompressionLevel.Optimal, leaveOpen: true) : null;
        Stream output = target ?? stream;
        Span<byte> word = stackalloc byte[4];
        output.Write([0, 0, 0x08, (byte)array.Dimensions.Length]);
        foreach (int extent in array.Dimensions)
        {
            BinaryPrimitives.WriteInt32BigEndian(word, extent);
            output.Write(word);
        }
        output.Write(array.Data);
    }

    /// <summary>Writes <paramref name="array"/> to <paramref name="path"/> through a temporary file renamed into place.</summary>
    public static void WriteFile(string path, IdxArray array, bool gzip = false)
    {
        string temporary = path + $".{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = File.Create(temporary)) Write(stream, array, gzip);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
