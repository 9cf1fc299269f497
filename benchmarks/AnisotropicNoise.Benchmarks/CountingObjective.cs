using AnisotropicNoise.Landscapes;

namespace AnisotropicNoise.Benchmarks;

/// <summary>A finite-sum objective with Hessian-vector products passed through, counting the products.</summary>
internal sealed class CountingObjective<T>(T inner) : IFiniteSumObjective, IHessianVectorProduct
    where T : IFiniteSumObjective, IHessianVectorProduct
{
    private long _products;

    /// <summary>Hessian-vector products so far.</summary>
    public long Products => Interlocked.Read(ref _products);

    public int Dimension => inner.Dimension;

    public int Count => inner.Count;

    public double Loss(ReadOnlySpan<double> theta) => inner.Loss(theta);

    public double Gradient(ReadOnlySpan<double> theta, Span<double> gradient) => inner.Gradient(theta, gradient);

    public double BatchGradient(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, Span<double> gradient) =>
        inner.BatchGradient(theta, indices, gradient);

    public void ExampleGradients(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, Span<double> gradients) =>
        inner.ExampleGradients(theta, indices, gradients);

    public void HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, Span<double> product)
    {
        Interlocked.Increment(ref _products);
        inner.HessianVectorProduct(theta, v, product);
    }
}
