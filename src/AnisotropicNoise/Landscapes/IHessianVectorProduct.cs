namespace AnisotropicNoise.Landscapes;

/// <summary>An objective that can multiply its Hessian by a vector without forming the Hessian.</summary>
public interface IHessianVectorProduct : IObjective
{
    /// <summary>Writes <c>∇²L(θ) v</c> into <paramref name="product"/>.</summary>
    void HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, Span<double> product);
}
