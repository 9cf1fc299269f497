using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Indicators;

/// <summary>
/// The alignment coefficient of a covariance with a Hessian: the largest <c>a</c> with
/// <c>u₁ᵀ Σ u₁ ≥ a λ₁ Tr Σ / Tr H</c>, i.e. <c>a = u₁ᵀ Σ u₁ · Tr H / (λ₁ Tr Σ)</c> (condition 2 of Proposition 2, docs/science.md).
/// </summary>
public static class Alignment
{
    /// <summary>The coefficient for a PSD <paramref name="hessian"/> with <c>λ₁ &gt; 0</c> and a PSD <paramref name="covariance"/> with <c>Tr Σ &gt; 0</c>.</summary>
    public static double Coefficient(Matrix<double> hessian, Matrix<double> covariance)
    {
        var (values, vectors) = MatrixChecks.PositiveSemidefinite(hessian, nameof(hessian));
        MatrixChecks.PositiveSemidefinite(covariance, nameof(covariance));
        MatrixChecks.SameDimension(hessian, covariance, nameof(hessian), nameof(covariance));
        var u1 = vectors.Column(0);
        return Coefficient(u1 * covariance * u1, values[0], values.Sum(), covariance.Trace());
    }

    /// <summary>The coefficient from its pieces <c>u₁ᵀΣu₁</c>, <c>λ₁</c>, <c>Tr H</c>, <c>Tr Σ</c> (each finite; the last three &gt; 0).</summary>
    public static double Coefficient(double curvatureNoise, double lambda1, double traceH, double traceSigma)
    {
        Guard.NonNegative(curvatureNoise, nameof(curvatureNoise));
        Guard.Positive(lambda1, nameof(lambda1));
        Guard.Positive(traceH, nameof(traceH));
        Guard.Positive(traceSigma, nameof(traceSigma));
        return curvatureNoise * traceH / (lambda1 * traceSigma);
    }
}
