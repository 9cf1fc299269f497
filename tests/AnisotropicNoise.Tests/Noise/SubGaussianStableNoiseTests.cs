using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;
using AnisotropicNoise.Statistics;
using MathNet.Numerics.LinearAlgebra;

namespace AnisotropicNoise.Tests.Noise;

public class SubGaussianStableNoiseTests
{
    private static readonly Matrix<double> Sigma = Matrix<double>.Build.DenseOfArray(new double[,] { { 2, 0.6 }, { 0.6, 1 } });

    [Theory]
    [InlineData(0.6)]
    [InlineData(0.75)]
    [InlineData(0.9)]
    public void ThePositiveStableSubordinatorHasTheLaplaceTransformExpOfMinusLambdaToTheA(double index)
    {
        var law = new PositiveStable(index);
        var random = new RandomStream(41);
        var draws = Enumerable.Range(0, 100_000).Select(_ => law.Next(random)).ToArray();
        Assert.All(draws, a => Assert.True(a > 0));
        foreach (double lambda in new[] { 0.3, 1.0, 3.0 })
        {
            var terms = draws.Select(a => Math.Exp(-lambda * a)).ToArray();
            double mean = terms.Average(), se = Math.Sqrt(terms.Sum(x => (x - mean) * (x - mean)) / (terms.Length - 1) / terms.Length);
            Assert.True(Math.Abs(mean - law.LaplaceTransform(lambda)) <= 4 * se, $"a = {index}, λ = {lambda}: {mean:F4} vs {law.LaplaceTransform(lambda):F4} ± {se:F4}");
        }
    }

    [Theory]
    [InlineData(1.2)]
    [InlineData(1.5)]
    [InlineData(1.8)]
    public void EveryProjectionIsSymmetricStableWithScaleFromTheShapesCovariance(double alpha)
    {
        var noise = new SubGaussianStableNoise(new FixedNoise("shape", new FactorGaussian(Sigma.Cholesky().Factor)), alpha);
        Assert.Equal($"shape, {alpha.ToString(System.Globalization.CultureInfo.InvariantCulture)}-stable", noise.Name);
        var sampler = noise.Prepare(new NoiseContext(new Quadratic(Matrix<double>.Build.DenseIdentity(2)), new double[2], 0.1, 0, new RandomStream(1))).Sampler;
        Assert.Equal(3, sampler.Trace, 12); // the Gaussian shape's trace
        var random = new RandomStream(43);
        const int n = 100_000;
        var draws = new double[n * 2];
        for (int i = 0; i < n; i++) sampler.Sample(random, draws.AsSpan(i * 2, 2));
        foreach (var u in new[] { new[] { 1.0, 0 }, new[] { 0.6, 0.8 } })
        {
            var projected = Enumerable.Range(0, n).Select(i => u[0] * draws[2 * i] + u[1] * draws[2 * i + 1]).ToArray();
            var law = new SymmetricStable(alpha, Math.Sqrt(Vector<double>.Build.DenseOfArray(u) * Sigma * Vector<double>.Build.DenseOfArray(u) / 2));
            foreach (double t in new[] { 0.3, 1.0, 2.0 })
            {
                var terms = projected.Select(x => Math.Cos(t * x)).ToArray();
                double mean = terms.Average(), se = Math.Sqrt(terms.Sum(x => (x - mean) * (x - mean)) / (n - 1) / n);
                Assert.True(Math.Abs(mean - law.CharacteristicFunction(t)) <= 4 * se, $"α = {alpha}, u = ({u[0]}, {u[1]}), t = {t}: {mean:F4} vs {law.CharacteristicFunction(t):F4} ± {se:F4}");
            }
            Assert.InRange(TailIndex.Estimate(projected), alpha - 0.15, alpha + 0.15);
        }
    }

    [Fact]
    public void AtAlphaTwoItIsTheGaussianShapeAndABadIndexIsNamed()
    {
        var shape = new FixedNoise("shape", new FactorGaussian(Sigma.Cholesky().Factor));
        var context = new NoiseContext(new Quadratic(Matrix<double>.Build.DenseIdentity(2)), new double[2], 0.1, 0, new RandomStream(1));
        Assert.Same(shape.Prepare(context).Sampler, new SubGaussianStableNoise(shape, 2).Prepare(context).Sampler);
        Assert.Equal("alpha", Assert.Throws<ArgumentOutOfRangeException>(() => new SubGaussianStableNoise(shape, 2.5)).ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => new PositiveStable(1)).ParamName);
    }
}
