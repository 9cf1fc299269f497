using AnisotropicNoise.Randomness;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Tests.Statistics;

public class TailIndexTests
{
    private static double[] Draws(double alpha, long seed, int n = 100_000)
    {
        var draws = new double[n];
        new SymmetricStable(alpha, scale: 0.3).Fill(new RandomStream(seed), draws);
        return draws;
    }

    [Theory]
    [InlineData(1.2)]
    [InlineData(1.5)]
    [InlineData(1.8)]
    public void RecoversTheIndexOfSymmetricStableSamplesWithinATenth(double alpha)
    {
        double estimate = TailIndex.Estimate(Draws(alpha, 3));
        Assert.InRange(estimate, alpha - 0.1, alpha + 0.1);
    }

    [Fact]
    public void GivesAboutTwoForGaussianSamples()
    {
        var random = new RandomStream(4);
        var gaussian = new double[100_000];
        random.FillGaussian(gaussian);
        Assert.InRange(TailIndex.Estimate(gaussian), 1.9, 2.1);
    }

    [Fact]
    public void TheBootstrapIntervalHoldsTheEstimateAndTheTruth()
    {
        var (alpha, low, high) = TailIndex.EstimateWithInterval(Draws(1.5, 6, 40_000), new RandomStream(7), resamples: 200);
        Assert.InRange(alpha, low, high);
        Assert.InRange(1.5, low, high);
        Assert.True(high - low is > 0.01 and < 0.5, $"interval [{low:F3}, {high:F3}]");
    }

    [Fact]
    public void TheFormulaOnASmallCaseByHand()
    {
        // K₁ = 2, K₂ = 2: Y = (1 + 3, −2 − 6) = (4, −8); mean log|Y| = (log 4 + log 8)/2, mean log|X| = log(36)/4.
        double expected = Math.Log(2) / ((Math.Log(4) + Math.Log(8)) / 2 - Math.Log(1 * 3 * 2 * 6) / 4);
        Assert.Equal(expected, TailIndex.Estimate([1, 3, -2, -6, 99], blockLength: 2), 12);
    }

    [Fact]
    public void ANonPositiveInverseIsAnUnboundedIndexAndTheIntervalNeverTurnsNegative()
    {
        // Blocks that nearly cancel: mean log|Y| < mean log|X|, so 1/α̂ < 0, which no finite α explains.
        Assert.Equal(double.PositiveInfinity, TailIndex.Estimate([1, -1.01, 2, -2.02], blockLength: 2));

        // 100 Gaussian samples in 10 blocks: some bootstrap 1/α fall at or below 0, so the interval's top is +∞, never a negative α.
        var gaussian = new double[100];
        new RandomStream(12).FillGaussian(gaussian);
        var (alpha, low, high) = TailIndex.EstimateWithInterval(gaussian, new RandomStream(13), resamples: 400, blockLength: 10);
        Assert.Equal(double.PositiveInfinity, high);
        Assert.InRange(low, 0.5, alpha);
    }

    [Fact]
    public void BadSamplesAreNamed()
    {
        Assert.Equal("samples", Assert.Throws<ArgumentException>(() => TailIndex.Estimate([1.0, 2.0, 3.0], blockLength: 2)).ParamName);
        Assert.Contains("samples[1] is 0", Assert.Throws<ArgumentException>(() => TailIndex.Estimate([1.0, 0.0, 3.0, 4.0], blockLength: 2)).Message);
        Assert.Equal("blockLength", Assert.Throws<ArgumentOutOfRangeException>(() => TailIndex.Estimate([1.0, 2.0, 3.0, 4.0], blockLength: 1)).ParamName);
    }
}
