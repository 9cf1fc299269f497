namespace AnisotropicNoise.Networks;

/// <summary>
/// A span's address and length, for handing a span that the caller keeps pinned (<c>fixed</c>) to
/// the lambdas of a parallel loop, which cannot capture spans. Valid only inside that <c>fixed</c> block.
/// </summary>
internal readonly unsafe struct Pinned<T>(T* address, int length) where T : unmanaged
{
    public Span<T> Span => new(address, length);
}
