using AnisotropicNoise.Curvature;
using AnisotropicNoise.Noise;

namespace AnisotropicNoise.Indicators;

/// <summary>
/// <c>Tr(H Σ̂)</c> for the sample covariance <c>Σ̂ = (1/(B−1)) Σ_b (g_b − ḡ)(g_b − ḡ)ᵀ</c> of
/// <c>B</c> minibatch gradients, as <c>(1/(B−1)) Σ_b (g_b − ḡ)ᵀ H (g_b − ḡ)</c>: <c>B</c>
/// Hessian-vector products and no <c>D × D</c> matrix.
/// </summary>
public static class MatrixFreeTraceHSigma
{
    /// <summary>Computes <c>Tr(H Σ̂)</c> from the <paramref name="count"/> gradients stored as the rows of <paramref name="gradients"/> (row-major, <c>B × D</c>, B ≥ 2).</summary>
    public static double Compute(ILinearOperator hessian, ReadOnlySpan<double> gradients, int count) =>
        SampleCovariance(hessian, gradients, count).TraceWith(hessian);

    /// <summary>Checks the gradients against the operator and returns their sample covariance.</summary>
    internal static CovarianceFactor SampleCovariance(ILinearOperator hessian, ReadOnlySpan<double> gradients, int count)
    {
        ArgumentNullException.ThrowIfNull(hessian);
        Guard.InRange(count, 2, int.MaxValue, nameof(count));
        Guard.Length(gradients.Length, checked(count * hessian.Dimension), nameof(gradients));
        Guard.AllFinite(gradients, nameof(gradients));
        return CovarianceFactor.FromRows(gradients.ToArray(), hessian.Dimension, 1 / Math.Sqrt(count - 1));
    }
}
