namespace AnisotropicNoise.Landscapes;

/// <summary>An objective that multiplies its Hessian by a block of vectors at once, sharing the work that does not depend on the vector.</summary>
public interface IBlockHessianVectorProduct : IHessianVectorProduct
{
    /// <summary>Writes <c>∇²L(θ) v_b</c> into row <c>b</c> of <paramref name="products"/> for each row <c>v_b</c> of <paramref name="directions"/> (both row-major, <c>B × D</c>).</summary>
    void HessianVectorProducts(ReadOnlySpan<double> theta, ReadOnlySpan<double> directions, Span<double> products);
}
