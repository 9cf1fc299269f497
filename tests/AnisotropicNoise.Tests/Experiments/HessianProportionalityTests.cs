using AnisotropicNoise.Curvature;
using AnisotropicNoise.Experiments.Conditions;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Experiments;

public class HessianProportionalityTests
{
    private const int D = 12, K = 4;

    private static (Matrix<double> Basis, Eigenpairs Top) Space(int seed)
    {
        var basis = TestMatrices.Rotation(D, new RandomStream(seed));
        double[] values = [9, 5, 3, 2];
        return (basis, new Eigenpairs(values, basis.SubMatrix(0, D, 0, K), 0, 0));
    }

    [Fact]
    public void NoiseThatIsCHOverMInTheTopSpaceGivesCBackWithNoResidual()
    {
        // Σ = (c/m) Σ_i λ_i u_i u_iᵀ: factor columns √(c λ_i / m) u_i.
        var (basis, top) = Space(1);
        const double c = 0.7, m = 20;
        var factor = Matrix<double>.Build.Dense(D, K, (r, j) => Math.Sqrt(c * top.Values[j] / m) * basis[r, j]);
        var result = HessianProportionality.Of(new CovarianceFactor(factor), top, m);
        Assert.Equal(1, result.TopShare, 12);
        Assert.Equal(c, result.Constant, 12);
        Assert.Equal(0, result.Residual, 6);
    }

    [Fact]
    public void ShareConstantAndResidualAreTheClosedFormsOfAProjectedCovariance()
    {
        var random = new RandomStream(2);
        var (basis, top) = Space(3);
        var factor = Matrix<double>.Build.Dense(D, 7, (_, _) => random.NextGaussian());
        var sigma = factor * factor.Transpose();
        var v = top.Vectors;
        var s = v.Transpose() * sigma * v;
        var lambda = Matrix<double>.Build.DenseOfDiagonalArray(top.Values);
        double fit = (s * lambda).Trace() / (lambda * lambda).Trace();
        var result = HessianProportionality.Of(new CovarianceFactor(factor), top, 5);
        Assert.Equal(s.Trace() / sigma.Trace(), result.TopShare, 12);
        Assert.Equal(5 * fit, result.Constant, 10);
        Assert.Equal((s - fit * lambda).FrobeniusNorm() / s.FrobeniusNorm(), result.Residual, 10);
    }

    [Fact]
    public void NoiseOutsideTheTopSpaceHasNoShareThereAndNoConstant()
    {
        var (basis, top) = Space(4);
        var result = HessianProportionality.Of(new CovarianceFactor(Matrix<double>.Build.DenseOfColumnVectors(basis.Column(5))), top, 1);
        Assert.Equal(0, result.TopShare, 12);
        Assert.Equal(0, result.Constant, 12);
    }
}
