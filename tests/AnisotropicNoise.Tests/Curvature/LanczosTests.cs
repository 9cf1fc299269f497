using AnisotropicNoise.Curvature;
using AnisotropicNoise.Randomness;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Curvature;

public class LanczosTests
{
    [Fact]
    public void Top10AtD300MatchDenseEigenvaluesTo1e8()
    {
        var random = new RandomStream(11);
        var h = TestMatrices.RandomPsd(300, random); // Marchenko–Pastur bulk: no wide gaps at the top
        var (dense, denseVectors) = SymmetricEigen.Decompose(h, "h");
        var counter = new CountingOperator(new DenseOperator(h));

        var top = Lanczos.Top(counter, 10, new RandomStream(5));

        Assert.Equal(10, top.Count);
        for (int i = 0; i < 10; i++)
        {
            Assert.True(TestMatrices.RelativeError(top.Values[i], dense[i]) < 1e-8, $"λ{i}: {top.Values[i]} vs {dense[i]}");
            var v = top.Vectors.Column(i);
            Assert.True((h * v - top.Values[i] * v).L2Norm() < 1e-6 * dense[0], $"residual of pair {i}");
        }
        Assert.Equal(counter.Count, top.Products);
        Assert.True(Math.Abs(top.Vectors.Column(0).DotProduct(denseVectors.Column(0))) > 1 - 1e-8);
    }

    [Fact]
    public void DecayingSpectrumConvergesInFarFewerProductsThanD()
    {
        var spectrum = Enumerable.Range(1, 300).Select(i => Math.Pow(i, -1.5)).ToArray();
        var h = TestMatrices.WithSpectrum(spectrum, new RandomStream(3));

        var top = Lanczos.Top(new DenseOperator(h), 5, new RandomStream(4));

        for (int i = 0; i < 5; i++) Assert.True(TestMatrices.RelativeError(top.Values[i], spectrum[i]) < 1e-10);
        Assert.True(top.Products < 100, $"{top.Products} products");
        Assert.True(top.Residual <= 1e-10 * spectrum[0]);
    }

    [Fact]
    public void IndefiniteOperatorGivesTheLargestAlgebraicEigenvalues()
    {
        double[] spectrum = [3, 2, 1, 0.5, -1, -4, -10];
        var top = Lanczos.Top(new DenseOperator(TestMatrices.WithSpectrum(spectrum, new RandomStream(8))), 3, new RandomStream(1));
        Assert.Equal([3, 2, 1], top.Values.Select(v => Math.Round(v, 10)));
    }

    [Fact]
    public void LargestMagnitudeKeepsTheNegativeEigenvaluesOfLargestSize()
    {
        double[] spectrum = [3, 2, 1, 0.5, -1, -4, -10];
        var h = TestMatrices.WithSpectrum(spectrum, new RandomStream(8));
        var top = Lanczos.Top(new DenseOperator(h), 3, new RandomStream(1), selection: EigenSelection.LargestMagnitude);
        Assert.Equal([3, -4, -10], top.Values.Select(v => Math.Round(v, 10)));
        for (int i = 0; i < 3; i++)
        {
            var v = top.Vectors.Column(i);
            Assert.True((h * v - top.Values[i] * v).L2Norm() < 1e-8, $"residual of pair {i}");
        }
        var dense = HessianSpectrum.Top(new AnisotropicNoise.Landscapes.Quadratic(h), new double[7], 3, new RandomStream(1), selection: EigenSelection.LargestMagnitude);
        Assert.Equal([3, -4, -10], dense.Values.Select(v => Math.Round(v, 10)));
    }

    [Fact]
    public void AWarmStartFromANearbyMatrixAgreesWithTheColdSolve()
    {
        // A' = A + a small symmetric change; Lanczos from the sum of A's top eigenvectors against a random start.
        var spectrum = Enumerable.Range(1, 200).Select(i => i <= 5 ? 20.0 - i : Math.Pow(i, -1.0)).ToArray();
        var a = TestMatrices.WithSpectrum(spectrum, new RandomStream(3));
        var changed = a + 0.01 * TestMatrices.RandomSymmetric(200, new RandomStream(5));
        var start = SymmetricEigen.Decompose(a, "a").Vectors.SubMatrix(0, 200, 0, 5).RowSums().ToArray();

        var cold = Lanczos.Top(new DenseOperator(changed), 5, new RandomStream(4), tolerance: 1e-9);
        var warm = Lanczos.Top(new DenseOperator(changed), 5, new RandomStream(4), tolerance: 1e-9, start: start);

        for (int i = 0; i < 5; i++) Assert.True(TestMatrices.RelativeError(warm.Values[i], cold.Values[i]) < 1e-12, $"λ{i}: {warm.Values[i]} vs {cold.Values[i]}");
        Assert.True(warm.Residual <= 1e-9 * warm.Values[0]);
        Assert.True(warm.Products <= cold.Products, $"warm {warm.Products}, cold {cold.Products}");
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => Lanczos.Top(new DenseOperator(a), 2, new RandomStream(1), start: new double[200])).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => Lanczos.Top(new DenseOperator(a), 2, new RandomStream(1), start: new double[3])).ParamName);
        Assert.Equal("selection", Assert.Throws<ArgumentOutOfRangeException>(() => Lanczos.Top(new DenseOperator(a), 2, new RandomStream(1), selection: (EigenSelection)7)).ParamName);
    }

    [Fact]
    public void RepeatedEigenvalueIsFoundWithItsMultiplicity()
    {
        var spectrum = new double[20];
        for (int i = 0; i < 20; i++) spectrum[i] = i < 3 ? 5 : 1 + 0.1 * i;
        var top = Lanczos.Top(new DenseOperator(TestMatrices.WithSpectrum(spectrum, new RandomStream(2))), 4, new RandomStream(6));
        Assert.Equal([5, 5, 5, 2.9], top.Values.Select(v => Math.Round(v, 9)));
        var gram = top.Vectors.TransposeThisAndMultiply(top.Vectors);
        Assert.True((gram - Matrix<double>.Build.DenseIdentity(4)).InfinityNorm() < 1e-10);
    }

    [Fact]
    public void SameSeedGivesSameNumbers()
    {
        var op = new DenseOperator(TestMatrices.RandomPsd(40, new RandomStream(1)));
        var a = Lanczos.Top(op, 3, new RandomStream(9), maxIterations: 6);
        var b = Lanczos.Top(op, 3, new RandomStream(9), maxIterations: 6);
        Assert.Equal(a.Values, b.Values);
        Assert.Equal(6, a.Products);
    }

    [Fact]
    public void BadArgumentsAreNamed()
    {
        var op = new DenseOperator(Matrix<double>.Build.DenseIdentity(4));
        Assert.Equal("k", Assert.Throws<ArgumentOutOfRangeException>(() => Lanczos.Top(op, 5, new RandomStream(1))).ParamName);
        Assert.Equal("k", Assert.Throws<ArgumentOutOfRangeException>(() => Lanczos.Top(op, 0, new RandomStream(1))).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => Lanczos.Top(op, 1, new RandomStream(1), double.NaN)).ParamName);
        Assert.Equal("maxIterations", Assert.Throws<ArgumentOutOfRangeException>(() => Lanczos.Top(op, 2, new RandomStream(1), maxIterations: 1)).ParamName);
    }
}
