using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Indicators;

/// <summary>
/// The isotropic equivalence <c>Σ̄ = (Tr Σ / D) I</c> of a covariance: the same total noise spread
/// evenly; <c>Tr(H Σ̄) = Tr H · Tr Σ / D</c>, and the ratio <c>Tr(H Σ) / Tr(H Σ̄)</c>.
/// </summary>
public static class IsotropicEquivalence
{
    /// <summary>The matrix <c>Σ̄ = (Tr Σ / D) I</c>.</summary>
    public static Matrix<double> Of(Matrix<double> covariance)
    {
        MatrixChecks.Symmetric(covariance, nameof(covariance));
        int n = covariance.RowCount;
        return Matrix<double>.Build.DenseIdentity(n) * (covariance.Trace() / n);
    }

    /// <summary><c>Tr(H Σ̄) = Tr H · Tr Σ / D</c>.</summary>
    public static double TraceHSigmaBar(Matrix<double> hessian, Matrix<double> covariance)
    {
        MatrixChecks.Symmetric(hessian, nameof(hessian));
        MatrixChecks.Symmetric(covariance, nameof(covariance));
        MatrixChecks.SameDimension(hessian, covariance, nameof(hessian), nameof(covariance));
        return TraceHSigmaBar(hessian.Trace(), covariance.Trace(), hessian.RowCount);
    }

    /// <summary><c>Tr(H Σ̄) = Tr H · Tr Σ / D</c> from its pieces: the one place this formula is written.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A piece is not finite, or the dimension is not positive.</exception>
    public static double TraceHSigmaBar(double traceH, double traceSigma, int dimension)
    {
        Guard.Finite(traceH, nameof(traceH));
        Guard.Finite(traceSigma, nameof(traceSigma));
        Guard.Positive(dimension, nameof(dimension));
        return traceH * traceSigma / dimension;
    }

    /// <summary>The ratio <c>Tr(H Σ) / Tr(H Σ̄)</c> for dense matrices.</summary>
    public static double Ratio(Matrix<double> hessian, Matrix<double> covariance) =>
        Ratio(TraceHSigma.Of(hessian, covariance), hessian.Trace(), covariance.Trace(), hessian.RowCount);

    /// <summary>
    /// The ratio <c>Tr(H Σ) / Tr(H Σ̄)</c> from its pieces (for large D, where they come from
    /// products: <see cref="EscapeIndicators.Measure(Curvature.ILinearOperator, Noise.CovarianceFactor, Randomness.RandomStream, int, int?, double?, int)"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A piece is not finite, or <c>Tr H · Tr Σ</c> is not &gt; 0 (the ratio is then undefined).</exception>
    public static double Ratio(double traceHSigma, double traceH, double traceSigma, int dimension)
    {
        Guard.Finite(traceHSigma, nameof(traceHSigma));
        Guard.Positive(traceH, nameof(traceH));
        Guard.Positive(traceSigma, nameof(traceSigma));
        return traceHSigma / TraceHSigmaBar(traceH, traceSigma, dimension);
    }
}
