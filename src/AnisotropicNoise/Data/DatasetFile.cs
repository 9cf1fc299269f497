namespace AnisotropicNoise.Data;

/// <summary>
/// A file of a published dataset with its checksums (lower-case hexadecimal): a download counts only if every one given
/// matches. <paramref name="Sha256"/> is null where none is on record; then the MD5 and <paramref name="Size"/> decide.
/// </summary>
/// <param name="Name">The file name, as served.</param>
/// <param name="Sha256">Its SHA-256, or null.</param>
/// <param name="Md5">Its MD5.</param>
/// <param name="Size">Its length in bytes, or null.</param>
public sealed record DatasetFile(string Name, string? Sha256, string Md5, long? Size = null);
