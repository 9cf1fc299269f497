using System.Security.Cryptography;

namespace AnisotropicNoise.Data;

/// <summary>
/// Subresource-integrity strings of the form npm records for every package (<c>sha512-</c> and the
/// base64 of the tarball's SHA-512): computing one and checking a file against one.
/// </summary>
internal static class SubresourceIntegrity
{
    private const string Prefix = "sha512-";

    /// <summary>Whether <paramref name="integrity"/> is a SHA-512 integrity string (the prefix and 64 bytes in base64).</summary>
    public static bool IsSha512(string integrity)
    {
        Span<byte> hash = stackalloc byte[SHA512.HashSizeInBytes + 3];
        return integrity.StartsWith(Prefix, StringComparison.Ordinal)
            && Convert.TryFromBase64String(integrity[Prefix.Length..], hash, out int written) && written == SHA512.HashSizeInBytes;
    }

    /// <summary>The SHA-512 integrity string of the file at <paramref name="path"/>.</summary>
    public static string OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Prefix + Convert.ToBase64String(SHA512.HashData(stream));
    }

    /// <summary>Throws unless the file at <paramref name="path"/> has the integrity string <paramref name="expected"/>.</summary>
    /// <exception cref="InvalidDataException">The integrity differs; the message gives both.</exception>
    public static void Verify(string path, string expected)
    {
        string actual = OfFile(path);
        if (actual != expected)
            throw new InvalidDataException($"{Path.GetFileName(path)}: integrity mismatch: expected {expected}, got {actual}.");
    }
}
