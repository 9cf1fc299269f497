using AnisotropicNoise.Curvature;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Tests.Curvature;

public class PowerIterationTests
{
    [Fact]
    public void ThirtyIterationsFindAWellSeparatedTopPair()
    {
        // Error after 30 products shrinks like (λ₂/λ₁)^60 = 2^-60.
        double[] spectrum = [10, 5, 3, 1, 0.5, 0.1];
        var h = TestMatrices.WithSpectrum(spectrum, new RandomStream(4));
        var counter = new CountingOperator(new DenseOperator(h));

        var top = PowerIteration.Top(counter, new RandomStream(2));

        Assert.Equal(PowerIteration.PaperIterations, top.Products);
        Assert.Equal(30, counter.Count);
        Assert.True(TestMatrices.RelativeError(top.Values[0], 10) < 1e-12);
        var u1 = SymmetricEigen.Decompose(h, "h").Vectors.Column(0);
        Assert.True(Math.Abs(top.Vectors.Column(0).DotProduct(u1)) > 1 - 1e-12);
        Assert.True(top.Residual < 1e-6);
    }

    [Fact]
    public void ToleranceStopsEarlyWithAResidualBelowIt()
    {
        var h = TestMatrices.WithSpectrum([4, 1, 1, 0.5], new RandomStream(7));
        var top = PowerIteration.Top(new DenseOperator(h), new RandomStream(1), iterations: 1000, tolerance: 1e-9);
        Assert.True(top.Products < 100, $"{top.Products}");
        Assert.True(top.Residual <= 1e-9 * top.Values[0]);
        Assert.True(TestMatrices.RelativeError(top.Values[0], 4) < 1e-12);
    }

    [Fact]
    public void WarmStartFromANearbyMatrixAgreesWithColdInFewerProducts()
    {
        // A' = A + a small symmetric change; its top eigenvector is close to A's, the warm start.
        var a = TestMatrices.WithSpectrum([10, 8, 3, 1, 0.5, 0.1, -2, 0.2], new RandomStream(4));
        var changed = a + 0.05 * TestMatrices.RandomSymmetric(8, new RandomStream(5));
        var start = SymmetricEigen.Decompose(a, "a").Vectors.Column(0).ToArray();

        var cold = PowerIteration.Top(new DenseOperator(changed), new RandomStream(2), iterations: 1000, tolerance: 1e-8);
        var warm = PowerIteration.Top(new DenseOperator(changed), start, iterations: 1000, tolerance: 1e-8);

        Assert.True(TestMatrices.RelativeError(warm.Values[0], cold.Values[0]) < 1e-12, $"{warm.Values[0]} vs {cold.Values[0]}");
        Assert.True(Math.Abs(warm.Vectors.Column(0).DotProduct(cold.Vectors.Column(0))) > 1 - 1e-12);
        Assert.True(warm.Residual <= 1e-8 * Math.Abs(warm.Values[0]));
        Assert.True(warm.Products < cold.Products, $"warm {warm.Products}, cold {cold.Products}");
    }

    [Fact]
    public void AnExactEigenvectorAsStartCostsOneProduct()
    {
        var a = TestMatrices.WithSpectrum([3, -5, 1], new RandomStream(6));
        var u = SymmetricEigen.Decompose(a, "a").Vectors.Column(2).ToArray(); // λ = −5, the largest |λ|
        var top = PowerIteration.Top(new DenseOperator(a), u, iterations: 30, tolerance: 1e-10);
        Assert.Equal(1, top.Products);
        Assert.True(TestMatrices.RelativeError(top.Values[0], -5) < 1e-12);
    }

    [Fact]
    public void BadArgumentsAreNamed()
    {
        var op = new DenseOperator(MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseIdentity(3));
        Assert.Equal("iterations", Assert.Throws<ArgumentOutOfRangeException>(() => PowerIteration.Top(op, new RandomStream(1), 0)).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => PowerIteration.Top(op, new RandomStream(1), 5, -1)).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => PowerIteration.Top(op, new double[3], 5, 0)).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => PowerIteration.Top(op, new double[2], 5, 0)).ParamName);
    }
}
