using AnisotropicNoise.Landscapes;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests;

/// <summary><c>L(θ) = ¼ Σ θ_i⁴ + ½ (aᵀθ)²</c>: not quadratic, with exact Hessian <c>diag(3θ²) + a aᵀ</c>.</summary>
internal sealed class QuarticObjective(double[] a) : IHessianVectorProduct, IDenseHessian
{
    public int Dimension => a.Length;

    public double Loss(ReadOnlySpan<double> theta)
    {
        double quartic = 0, projection = 0;
        for (int i = 0; i < a.Length; i++)
        {
            quartic += Math.Pow(theta[i], 4) / 4;
            projection += a[i] * theta[i];
        }
        return quartic + projection * projection / 2;
    }

    public double Gradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        double projection = 0;
        for (int i = 0; i < a.Length; i++) projection += a[i] * theta[i];
        for (int i = 0; i < a.Length; i++) gradient[i] = Math.Pow(theta[i], 3) + projection * a[i];
        return Loss(theta);
    }

    public Matrix<double> Hessian(ReadOnlySpan<double> theta)
    {
        var t = theta.ToArray();
        return Matrix<double>.Build.Dense(a.Length, a.Length, (i, j) => (i == j ? 3 * t[i] * t[i] : 0) + a[i] * a[j]);
    }

    public void HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, Span<double> product)
    {
        double projection = 0;
        for (int i = 0; i < a.Length; i++) projection += a[i] * v[i];
        for (int i = 0; i < a.Length; i++) product[i] = 3 * theta[i] * theta[i] * v[i] + projection * a[i];
    }
}
