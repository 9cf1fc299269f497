namespace AnisotropicNoise.Curvature;

/// <summary>
/// A symmetric linear map <c>v ↦ A v</c> on <c>R^D</c>, known only through products: a dense
/// matrix, or a Hessian at a point through Hessian-vector products. <see cref="Apply"/> must be
/// safe to call from several threads.
/// </summary>
public interface ILinearOperator
{
    /// <summary>The dimension <c>D</c>.</summary>
    int Dimension { get; }

    /// <summary>Writes <c>A v</c> into <paramref name="result"/> (both of length <c>D</c>, not overlapping).</summary>
    void Apply(ReadOnlySpan<double> v, Span<double> result);

    /// <summary>
    /// Writes <c>A v_b</c> into row <c>b</c> of <paramref name="results"/> for each row <c>v_b</c> of
    /// <paramref name="vectors"/> (both row-major <c>B × D</c>, not overlapping). One product per row
    /// unless the operator shares work across a block (a network's Hessian: one forward and backward
    /// pass per example for the whole block); equal to <see cref="Apply"/> up to rounding.
    /// </summary>
    /// <exception cref="ArgumentException">The lengths are not the same whole number of rows of length <c>D</c>.</exception>
    void ApplyBlock(ReadOnlySpan<double> vectors, Span<double> results)
    {
        int rows = ProductBlock.Rows(vectors.Length, results.Length, Dimension);
        for (int b = 0; b < rows; b++)
            Apply(vectors.Slice(b * Dimension, Dimension), results.Slice(b * Dimension, Dimension));
    }
}
