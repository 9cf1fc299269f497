using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Tests.Statistics;

public class PairedComparisonTests
{
    [Fact]
    public void TheIntervalOfAMeanDifferenceIsStudentTOverThePairs()
    {
        // 1..5: mean 3, sd √2.5; t with 4 degrees of freedom at 0.975 is 2.7764451.
        var c = PairedComparison.OfDifferences([1.0, 2, 3, 4, 5]);
        double half = 2.7764451051977987 * Math.Sqrt(2.5) / Math.Sqrt(5);
        Assert.Equal(5, c.Pairs);
        Assert.Equal(3, c.Estimate, 1e-14);
        Assert.Equal(3 - half, c.Low, 1e-9);
        Assert.Equal(3 + half, c.High, 1e-9);
        Assert.False(c.IsRatio);
        Assert.Equal(Verdict.Holds, c.ForPositiveEffect());
        // A 50 % interval of two pairs 0 and 2: t₁ at 0.75 is 1, sd √2, so 1 ± 1.
        var narrow = PairedComparison.OfDifferences([0.0, 2], level: 0.5);
        Assert.Equal(0, narrow.Low, 1e-9);
        Assert.Equal(2, narrow.High, 1e-9);
    }

    [Fact]
    public void RatiosCompareOnTheLogScaleAndMapBack()
    {
        // Ratios 2 and 8: the mean log is log 4; logs log 2 and log 8 have sd √2 · log 2, and t₁ at 0.975 is 12.7062047.
        var c = PairedComparison.OfRatios([2.0, 8]);
        double half = 12.706204736174705 * Math.Sqrt(2) * Math.Log(2) / Math.Sqrt(2);
        Assert.Equal(4, c.Estimate, 1e-12);
        Assert.Equal(Math.Exp(Math.Log(4) - half), c.Low, 1e-9);
        Assert.Equal(Math.Exp(Math.Log(4) + half), c.High, 1e-6);
        Assert.True(c.IsRatio);
        Assert.Equal(Verdict.Undecided, c.ForPositiveEffect());
        Assert.Equal(Verdict.Contradicted, PairedComparison.OfRatios([0.5, 0.6, 0.55]).ForPositiveEffect());
        Assert.Equal(Verdict.Holds, PairedComparison.OfRatios([1.5, 1.6, 1.55]).ForPositiveEffect());
    }

    [Fact]
    public void OnePairHasNoIntervalAndDecidesNothing()
    {
        var c = PairedComparison.OfDifferences([4.0]);
        Assert.Equal(4, c.Estimate);
        Assert.True(double.IsNaN(c.Low) && double.IsNaN(c.High));
        Assert.Equal(Verdict.Undecided, c.ForPositiveEffect());
    }

    [Fact]
    public void BadInputIsNamed()
    {
        Assert.Throws<ArgumentException>(() => PairedComparison.OfDifferences([]));
        Assert.Throws<ArgumentException>(() => PairedComparison.OfDifferences([1.0, double.NaN]));
        Assert.Throws<ArgumentOutOfRangeException>(() => PairedComparison.OfDifferences([1.0, 2], level: 1));
        var e = Assert.Throws<ArgumentException>(() => PairedComparison.OfRatios([1.0, 0]));
        Assert.Equal("ratios", e.ParamName);
    }
}
