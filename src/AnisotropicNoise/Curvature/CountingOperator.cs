namespace AnisotropicNoise.Curvature;

/// <summary>Passes products through to another operator and counts them (for cost comparisons); a block of B counts B.</summary>
public sealed class CountingOperator(ILinearOperator inner) : ILinearOperator
{
    private readonly ILinearOperator _inner = inner ?? throw new ArgumentNullException(nameof(inner));
    private long _count;

    /// <summary>The number of products computed so far.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <inheritdoc />
    public int Dimension => _inner.Dimension;

    /// <inheritdoc />
    public void Apply(ReadOnlySpan<double> v, Span<double> result)
    {
        Interlocked.Increment(ref _count);
        _inner.Apply(v, result);
    }

    /// <inheritdoc />
    public void ApplyBlock(ReadOnlySpan<double> vectors, Span<double> results)
    {
        Interlocked.Add(ref _count, ProductBlock.Rows(vectors.Length, results.Length, Dimension));
        _inner.ApplyBlock(vectors, results);
    }
}
