using AnisotropicNoise.Tests.Support;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Noise;

public class CovarianceFactorTests
{
    private static Matrix<double> RandomFactor(int rows, int columns, long seed)
    {
        var random = new RandomStream(seed);
        return Matrix<double>.Build.Dense(rows, columns, (i, j) => random.NextGaussian() * (i + 1));
    }

    [Theory]
    [InlineData(6, 3)] // D > r: eigenpairs from the 3×3 Gram matrix
    [InlineData(3, 6)] // D ≤ r: from the 3×3 covariance
    [InlineData(2, 5)] // D = 2: closed form
    public void AgreesWithTheDenseCovariance(int d, int r)
    {
        var f = RandomFactor(d, r, d * 10 + r);
        var sigma = new CovarianceFactor(f);
        var dense = f * f.Transpose();
        Assert.True((sigma.ToMatrix() - dense).FrobeniusNorm() < 1e-10 * dense.FrobeniusNorm());
        Assert.Equal(dense.Trace(), sigma.Trace, 1e-10);
        Assert.Equal(dense.Diagonal().ToArray(), sigma.Diagonal(), new Tolerance(1e-10, relativeAboveOne: true));

        int k = Math.Min(d, r);
        var top = sigma.Top(k);
        var (values, vectors) = SymmetricEigen.Decompose(dense, "Σ", requirePositiveSemidefinite: true);
        Assert.Equal(k, top.Count);
        for (int j = 0; j < k; j++)
        {
            Assert.Equal(values[j], top.Values[j], 1e-9 * values[0]);
            var u = Vector<double>.Build.DenseOfArray(top.Vector(j).ToArray());
            Assert.Equal(1, Math.Abs(u.DotProduct(vectors.Column(j))), 1e-9);
        }
    }

    [Fact]
    public void TopLeavesOutZeroEigenvalues()
    {
        // Rank 1 in three dimensions: every column is a multiple of (1, 2, 2).
        var f = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, -2, 0.5, 3 }, { 2, -4, 1, 6 }, { 2, -4, 1, 6 } });
        var top = new CovarianceFactor(f).Top(3);
        Assert.Single(top.Values);
        Assert.Equal((1 + 4 + 0.25 + 9) * 9, top.Values[0], 1e-9);
        var gram = new CovarianceFactor(f.SubMatrix(0, 3, 0, 2)).Top(3); // D = 3 > r = 2: Gram path
        Assert.Single(gram.Values);
        Assert.Equal(1.0 / 3, Math.Abs(gram.Vector(0)[0]), 1e-12);
    }

    [Fact]
    public void RejectsBadInput()
    {
        var sigma = new CovarianceFactor(RandomFactor(3, 2, 1));
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => sigma.Top(4)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => sigma.Top(0)).ParamName);
        Assert.Contains("trace 0", Assert.Throws<InvalidOperationException>(() => new CovarianceFactor(Matrix<double>.Build.Dense(3, 2)).Top(1)).Message);
        var bad = RandomFactor(3, 2, 1);
        bad[1, 1] = double.PositiveInfinity;
        Assert.Equal("factor", Assert.Throws<ArgumentException>(() => new CovarianceFactor(bad)).ParamName);
    }
}
