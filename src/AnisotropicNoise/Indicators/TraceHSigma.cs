using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Indicators;

/// <summary>The escaping indicator <c>Tr(H Σ)</c>: how much of the noise lies along curved directions (dense, small D).</summary>
public static class TraceHSigma
{
    /// <summary><c>Tr(H Σ) = Σ_ij H_ij Σ_ij</c> for symmetric <paramref name="hessian"/> and <paramref name="covariance"/> of the same dimension.</summary>
    public static double Of(Matrix<double> hessian, Matrix<double> covariance)
    {
        MatrixChecks.Symmetric(hessian, nameof(hessian));
        MatrixChecks.Symmetric(covariance, nameof(covariance));
        MatrixChecks.SameDimension(hessian, covariance, nameof(hessian), nameof(covariance));
        return VectorKernels.DotOneAccumulator(hessian.AsColumnMajorArray(), covariance.AsColumnMajorArray());
    }
}
