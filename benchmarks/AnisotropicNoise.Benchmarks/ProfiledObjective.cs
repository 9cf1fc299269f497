using System.Diagnostics;
using AnisotropicNoise.Landscapes;

namespace AnisotropicNoise.Benchmarks;

/// <summary>A finite-sum objective with (block) Hessian-vector products passed through, each call timed into a <see cref="StepProfile"/>.</summary>
internal sealed class ProfiledObjective<T>(T inner, StepProfile profile) : IFiniteSumObjective, IBlockHessianVectorProduct
    where T : IFiniteSumObjective, IBlockHessianVectorProduct
{
    public int Dimension => inner.Dimension;

    public int Count => inner.Count;

    public double Loss(ReadOnlySpan<double> theta) => inner.Loss(theta);

    public double Gradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        long start = Stopwatch.GetTimestamp();
        double loss = inner.Gradient(theta, gradient);
        profile.AddGradient(Stopwatch.GetTimestamp() - start);
        return loss;
    }

    public double BatchGradient(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, Span<double> gradient)
    {
        long start = Stopwatch.GetTimestamp();
        double loss = inner.BatchGradient(theta, indices, gradient);
        profile.AddMinibatch(Stopwatch.GetTimestamp() - start);
        return loss;
    }

    public void BatchGradients(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, int batchSize, Span<double> gradients)
    {
        long start = Stopwatch.GetTimestamp();
        inner.BatchGradients(theta, indices, batchSize, gradients);
        profile.AddMinibatch(Stopwatch.GetTimestamp() - start);
    }

    public void ExampleGradients(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, Span<double> gradients)
    {
        long start = Stopwatch.GetTimestamp();
        inner.ExampleGradients(theta, indices, gradients);
        profile.AddMinibatch(Stopwatch.GetTimestamp() - start);
    }

    public void HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, Span<double> product)
    {
        long start = Stopwatch.GetTimestamp();
        inner.HessianVectorProduct(theta, v, product);
        profile.AddProducts(Stopwatch.GetTimestamp() - start, 1);
    }

    public void HessianVectorProducts(ReadOnlySpan<double> theta, ReadOnlySpan<double> directions, Span<double> products)
    {
        long start = Stopwatch.GetTimestamp();
        inner.HessianVectorProducts(theta, directions, products);
        profile.AddProducts(Stopwatch.GetTimestamp() - start, directions.Length / Dimension);
    }
}
