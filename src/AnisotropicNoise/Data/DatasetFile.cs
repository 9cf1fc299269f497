namespace AnisotropicNoise.Data;

/// <summary>A file of a published dataset with its checksums (lower-case hexadecimal): a download counts only if both match.</summary>
public sealed record DatasetFile(string Name, string Sha256, string Md5);
