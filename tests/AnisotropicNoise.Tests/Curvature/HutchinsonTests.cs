using AnisotropicNoise.Curvature;
using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Curvature;

public class HutchinsonTests
{
    [Fact]
    public void DiagonalMatrixIsExactWithZeroError()
    {
        var d = Matrix<double>.Build.DenseOfDiagonalArray([1.5, -2, 7, 0.25]);
        var estimate = Hutchinson.Trace(new DenseOperator(d), 5, new RandomStream(3));
        Assert.Equal(6.75, estimate.Mean, 14);
        Assert.Equal(0, estimate.StandardError, 14);
    }

    [Fact]
    public void UnbiasedWithinThreeStandardErrorsAndTheVarianceOfTheory()
    {
        var a = TestMatrices.RandomSymmetric(30, new RandomStream(5));
        double offDiagonalSquares = 0;
        for (int i = 0; i < 30; i++)
            for (int j = 0; j < 30; j++)
                if (i != j) offDiagonalSquares += a[i, j] * a[i, j];
        const int probes = 4000;

        var estimate = Hutchinson.Trace(new DenseOperator(a), probes, new RandomStream(8));

        Assert.True(Math.Abs(estimate.Mean - a.Trace()) < 3 * estimate.StandardError, $"{estimate.Mean} vs {a.Trace()} ± {estimate.StandardError}");
        double theory = Math.Sqrt(2 * offDiagonalSquares / probes);
        Assert.InRange(estimate.StandardError / theory, 0.9, 1.1);
    }

    [Fact]
    public void ZeroProbesIsRejected() =>
        Assert.Equal("probes", Assert.Throws<ArgumentOutOfRangeException>(
            () => Hutchinson.Trace(new DenseOperator(Matrix<double>.Build.DenseIdentity(2)), 0, new RandomStream(1))).ParamName);
}
