using AnisotropicNoise.Randomness;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Tests.Statistics;

public class LineFitTests
{
    [Fact]
    public void PointsOnALineGiveItBack()
    {
        var fit = LineFit.Weighted([1.0, 2, 4, 7], [3.0, 5, 9, 15], [0.1, 0.2, 0.1, 0.3]);
        Assert.Equal(2, fit.Slope, 12);
        Assert.Equal(1, fit.Intercept, 12);
        Assert.Equal(0, fit.ChiSquarePerDegree, 12);
    }

    [Fact]
    public void TheSlopesStandardErrorIsTheWeightedFormulaWhenTheScatterMatchesTheErrors()
    {
        // SE(b) = 1/√(Σ w (x − x̄_w)²); with equal errors σ: σ/√(Σ (x − x̄)²).
        double[] x = [0, 1, 2, 3, 4];
        var fit = LineFit.Weighted(x, [0.0, 1.5, 1.5, 3.5, 3.5], [2.0, 2, 2, 2, 2]);
        Assert.True(fit.ChiSquarePerDegree < 1);
        Assert.Equal(2 / Math.Sqrt(10), fit.SlopeStandardError, 12);
    }

    [Fact]
    public void TheIntervalCoversTheTrueSlopeAtItsLevelAndWidensWhenTheErrorsAreUnderstated()
    {
        var random = new RandomStream(4);
        double[] x = [0, 1, 2, 3, 4, 5];
        int covered = 0, trials = 2000;
        for (int t = 0; t < trials; t++)
        {
            var y = x.Select(v => 1 + 0.5 * v + 0.3 * random.NextGaussian()).ToArray();
            var (low, high) = LineFit.Weighted(x, y, x.Select(_ => 0.3).ToArray()).SlopeInterval;
            if (low <= 0.5 && 0.5 <= high) covered++;
        }
        Assert.InRange(covered / (double)trials, 0.93, 0.97); // Birge inflation only widens: at least 95 % less the MC error
        var scattered = x.Select(v => 1 + 0.5 * v + 0.3 * random.NextGaussian()).ToArray();
        var understated = LineFit.Weighted(x, scattered, x.Select(_ => 0.03).ToArray());
        Assert.Equal(0.03 / Math.Sqrt(17.5) * Math.Sqrt(understated.ChiSquarePerDegree), understated.SlopeStandardError, 12);
    }

    [Fact]
    public void BadInputIsRejectedWithItsName()
    {
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => LineFit.Weighted([1.0], [1.0], [1.0])).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => LineFit.Weighted([1.0, 1], [1.0, 2], [1.0, 1])).ParamName);
        Assert.Equal("standardErrors", Assert.Throws<ArgumentException>(() => LineFit.Weighted([1.0, 2], [1.0, 2], [1.0, 0])).ParamName);
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => LineFit.Weighted([1.0, 2], [1.0, double.NaN], [1.0, 1])).ParamName);
    }
}
