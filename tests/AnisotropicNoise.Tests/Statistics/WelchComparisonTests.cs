using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Tests.Statistics;

public class WelchComparisonTests
{
    [Fact]
    public void TheIntervalOfADifferenceOfMeansIsWelchs()
    {
        // 1..5 against 2,4,..,10: means 3 and 6, s² 2.5 and 10, so s²/n 0.5 and 2, ν = 2.5² / (0.5²/4 + 2²/4) = 100/17;
        // t_ν at 0.975 is 2.4588237 (by integrating t's density numerically), so the 95 % interval is −3 ± 2.4588237 · √2.5.
        var c = WelchComparison.OfDifferences([1.0, 2, 3, 4, 5], [2.0, 4, 6, 8, 10]);
        Assert.Equal((5, 5), (c.First, c.Second));
        Assert.Equal(-3, c.Estimate, 1e-14);
        Assert.Equal(100.0 / 17, c.DegreesOfFreedom, 1e-12);
        Assert.Equal(-6.887742, c.Low, 1e-6);
        Assert.Equal(0.887742, c.High, 1e-6);
        Assert.Equal(Verdict.Undecided, c.ForPositiveEffect());
    }

    [Fact]
    public void EqualSizesAndSpreadsGiveThePooledDegreesOfFreedom()
    {
        // Same n and same s²: ν = 2(n − 1), the pooled t test's.
        var c = WelchComparison.OfDifferences([1.0, 2, 3, 4], [11.0, 12, 13, 14]);
        Assert.Equal(6, c.DegreesOfFreedom, 1e-12);
        double half = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, 6, 0.975) * Math.Sqrt(2 * (5.0 / 3) / 4);
        Assert.Equal(-10 - half, c.Low, 1e-12);
        Assert.Equal(Verdict.Contradicted, c.ForPositiveEffect());
    }

    [Fact]
    public void RatiosCompareGeometricMeansOnTheLogScale()
    {
        double[] first = [2, 8, 4], second = [1, 2, 0.5];
        var c = WelchComparison.OfRatios(first, second);
        var logs = WelchComparison.OfDifferences([.. first.Select(v => Math.Log(v))], [.. second.Select(v => Math.Log(v))]);
        Assert.Equal(4, c.Estimate, 1e-12);
        Assert.Equal(Math.Exp(logs.Low), c.Low, 1e-12);
        Assert.Equal(Math.Exp(logs.High), c.High, 1e-12);
        Assert.True(c.IsRatio);
        Assert.Equal(Verdict.Undecided, c.ForPositiveEffect()); // log ratio 1.39 ± 2.78 · 0.57 (ν = 4) holds 0
    }

    [Fact]
    public void NoSpreadOnEitherSideLeavesTheEstimateAsItsInterval()
    {
        var c = WelchComparison.OfDifferences([2.0, 2], [1.0, 1, 1]);
        Assert.Equal((1.0, 1.0, 1.0), (c.Estimate, c.Low, c.High));
        Assert.True(double.IsNaN(c.DegreesOfFreedom));
    }

    [Fact]
    public void BadInputIsNamed()
    {
        Assert.Equal("first", Assert.Throws<ArgumentException>(() => WelchComparison.OfDifferences([1.0], [1.0, 2])).ParamName);
        Assert.Equal("second", Assert.Throws<ArgumentException>(() => WelchComparison.OfDifferences([1.0, 2], [1.0, double.NaN])).ParamName);
        Assert.Equal("second", Assert.Throws<ArgumentException>(() => WelchComparison.OfRatios([1.0, 2], [1.0, 0])).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => WelchComparison.OfDifferences([1.0, 2], [1.0, 2], level: 0));
    }
}
