using System.Security.Cryptography;

namespace AnisotropicNoise;

/// <summary>
/// Files written whole or not at all with a SHA-256 of their body appended, so that a truncated or
/// corrupt file is recognised on reading instead of being used (checkpoints).
/// </summary>
public static class ChecksummedFile
{
    private const int HashBytes = 32;

    /// <summary>Writes <paramref name="body"/> and its SHA-256 to <paramref name="path"/> atomically, creating the folder if needed.</summary>
    public static void Write(string path, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        AtomicFile.WriteAllBytes(path, [.. body, .. SHA256.HashData(body)]);
    }

    /// <summary>The body of the file at <paramref name="path"/>, after checking its SHA-256.</summary>
    /// <exception cref="InvalidDataException">The file is shorter than a checksum or its checksum does not match.</exception>
    public static byte[] Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < HashBytes)
            throw new InvalidDataException($"{path}: truncated ({bytes.Length} bytes).");
        var body = bytes.AsSpan(0, bytes.Length - HashBytes);
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - HashBytes)))
            throw new InvalidDataException($"{path}: checksum mismatch (truncated or corrupt).");
        return body.ToArray();
    }
}
