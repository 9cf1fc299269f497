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
}
