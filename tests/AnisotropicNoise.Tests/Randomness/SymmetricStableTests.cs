using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Tests.Randomness;

public class SymmetricStableTests
{
    [Theory]
    [InlineData(1.2)]
    [InlineData(1.5)]
    [InlineData(1.8)]
    [InlineData(2.0)]
    public void TheEmpiricalCharacteristicFunctionIsExpOfMinusCtToTheAlpha(double alpha)
    {
        const int n = 200_000;
        var law = new SymmetricStable(alpha, scale: 0.7);
        var draws = new double[n];
        law.Fill(new RandomStream(11), draws);
        foreach (double t in new[] { 0.5, 1.0, 2.0, 4.0 })
        {
            double mean = draws.Average(x => Math.Cos(t * x));
            double phi = law.CharacteristicFunction(t);
            // Var cos(tX) = (1 + φ(2t))/2 − φ(t)² for a symmetric law.
            double se = Math.Sqrt(((1 + law.CharacteristicFunction(2 * t)) / 2 - phi * phi) / n);
            Assert.True(Math.Abs(mean - phi) <= 4.5 * se + 1e-12, $"α = {alpha}, t = {t}: mean cos(tX) {mean:F5}, exp(−|ct|^α) {phi:F5}, SE {se:E2}");
        }
    }

    [Fact]
    public void AtAlphaTwoItIsGaussianWithVarianceTwoCSquaredAndAtOneCauchyWithMedianAbsoluteC()
    {
        var random = new RandomStream(5);
        var gaussian = new double[100_000];
        new SymmetricStable(2, scale: 1.5).Fill(random, gaussian);
        double variance = gaussian.Average(x => x * x);
        Assert.InRange(variance, 2 * 2.25 * (1 - 0.03), 2 * 2.25 * (1 + 0.03)); // SE of the variance ≈ √(2/n) relative = 0.45 %
        var cauchy = new double[100_001];
        new SymmetricStable(1, scale: 3).Fill(random, cauchy);
        var absolute = cauchy.Select(Math.Abs).Order().ToArray();
        Assert.InRange(absolute[50_000], 3 * 0.97, 3 * 1.03); // P(|X| ≤ c) = (2/π) atan 1 = 1/2
    }

    [Fact]
    public void BadParametersAreNamed()
    {
        Assert.Equal("alpha", Assert.Throws<ArgumentOutOfRangeException>(() => new SymmetricStable(2.1)).ParamName);
        Assert.Equal("alpha", Assert.Throws<ArgumentOutOfRangeException>(() => new SymmetricStable(0)).ParamName);
        Assert.Equal("scale", Assert.Throws<ArgumentOutOfRangeException>(() => new SymmetricStable(1.5, double.NaN)).ParamName);
    }
}
