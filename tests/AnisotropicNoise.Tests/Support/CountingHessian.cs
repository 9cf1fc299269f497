using AnisotropicNoise.Landscapes;

namespace AnisotropicNoise.Tests.Support;

/// <summary>Passes an objective through and counts its Hessian-vector products.</summary>
internal sealed class CountingHessian(IHessianVectorProduct inner) : IHessianVectorProduct
{
    private long _products;

    public long Products => Interlocked.Read(ref _products);

    public int Dimension => inner.Dimension;

    public double Loss(ReadOnlySpan<double> theta) => inner.Loss(theta);

    public double Gradient(ReadOnlySpan<double> theta, Span<double> gradient) => inner.Gradient(theta, gradient);

    public void HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, Span<double> product)
    {
        Interlocked.Increment(ref _products);
        inner.HessianVectorProduct(theta, v, product);
    }
}
