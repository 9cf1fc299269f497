using AnisotropicNoise.Curvature;
using AnisotropicNoise.Randomness;
using AnisotropicNoise.Tests.Support;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Curvature;

public class DenseEigenpairsTests
{
    [Theory]
    [InlineData(3.0, 1.0, 2.0)]
    [InlineData(110.0, 90.0, 110.0)]
    [InlineData(1.0, 0.0, 5.0)]
    [InlineData(2.0, 0.0, 2.0)]
    [InlineData(-1.0, 1e-9, -1.0)]
    [InlineData(0.0, -4.0, 1.0)]
    public void ClosedForm2x2AgreesWithSymmetricEigen(double a, double b, double d)
    {
        var pairs = DenseEigenpairs.Symmetric2x2(a, b, d);
        var matrix = Matrix<double>.Build.DenseOfArray(new[,] { { a, b }, { b, d } });
        var (values, vectors) = SymmetricEigen.Decompose(matrix, "m");
        Assert.Equal(values[0], pairs.Values[0], 1e-12);
        Assert.Equal(values[1], pairs.Values[1], 1e-12);
        for (int k = 0; k < 2; k++)
        {
            var u = Vector<double>.Build.DenseOfArray(pairs.Vector(k).ToArray());
            Assert.Equal(1, u.L2Norm(), 1e-12);
            var residual = matrix * u - pairs.Values[k] * u;
            Assert.True(residual.L2Norm() <= 1e-12 * Math.Max(1, Math.Abs(values[0])), $"residual {residual.L2Norm()}");
            // When the eigenvalues are distinct, the vectors agree with SymmetricEigen's up to sign.
            if (values[0] - values[1] > 1e-6) Assert.Equal(1, Math.Abs(u.DotProduct(vectors.Column(k))), 1e-12);
        }
    }

    [Fact]
    public void HessianSpectrumTopMatchesTheFullDecomposition()
    {
        var objective = new LeastSquares(30, 5, 3);
        double[] theta = [0.1, -0.2, 0.3, 0, 1];
        var top = HessianSpectrum.Top(objective, theta, 3, new RandomStream(1));
        var (values, vectors) = SymmetricEigen.Decompose(objective.Hessian(theta), "H");
        Assert.Equal(3, top.Count);
        for (int k = 0; k < 3; k++)
        {
            Assert.Equal(values[k], top.Values[k], 1e-10);
            Assert.Equal(1, Math.Abs(Vector<double>.Build.DenseOfArray(top.Vector(k).ToArray()).DotProduct(vectors.Column(k))), 1e-10);
        }
    }

    [Fact]
    public void HessianSpectrumRejectsBadInput()
    {
        var objective = new LeastSquares(30, 5, 3);
        var random = new RandomStream(1);
        var e = Assert.Throws<ArgumentException>(() => HessianSpectrum.Top(new GradientOnly(objective), new double[5], 1, random));
        Assert.Equal("objective", e.ParamName);
        Assert.Contains("IDenseHessian", e.Message);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => HessianSpectrum.Top(objective, new double[5], 6, random)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => HessianSpectrum.Top(objective, new double[5], 0, random)).ParamName);
        Assert.Equal("theta", Assert.Throws<ArgumentException>(() => HessianSpectrum.Top(objective, new double[4], 1, random)).ParamName);
    }

    [Fact]
    public void RoundOffFloor_separates_a_rank_three_matrix_from_its_computed_zeros()
    {
        // Three eigenvalues 1e3, 1, 1e-3 and 57 exact zeros: the computed zeros (round-off, of either sign)
        // all lie within the floor, the smallest true eigenvalue is far above it.
        var spectrum = new double[60];
        spectrum[0] = 1e3; spectrum[1] = 1; spectrum[2] = 1e-3;
        var (values, _) = SymmetricEigen.Decompose(TestMatrices.WithSpectrum(spectrum, new RandomStream(4)), "h");
        double floor = SymmetricEigen.RoundOffFloor(values);
        Assert.Equal(60 * Math.Pow(2, -52) * values[0], floor, 1e-12 * floor);
        Assert.All(values[3..], v => Assert.True(Math.Abs(v) <= floor, $"computed zero {v:G3} above the floor {floor:G3}"));
        Assert.True(values[2] > 1e6 * floor);
        Assert.Contains(values[3..], v => v != 0); // the zeros do come out as round-off, not exact zeros
        Assert.Throws<ArgumentException>(() => SymmetricEigen.RoundOffFloor([]));
        Assert.ThrowsAny<ArgumentException>(() => SymmetricEigen.RoundOffFloor([1, double.NaN]));
    }
}
