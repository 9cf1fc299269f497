using AnisotropicNoise.Experiments.Regularization;
using AnisotropicNoise.Statistics;
using AnisotropicNoise.Tests.Support;

namespace AnisotropicNoise.Tests.Experiments;

public class RegularizationSummaryTests
{
    // GD and SGD, seeds 1 and 2, at iterations 0 and 100; only the finals (iteration 100) count.
    internal static RegularizationTable Table() => new("hand-made", false,
    [
        new("GD", 1, 0, 0.1, 2.3, 0.1, new(9, 1)), new("GD", 1, 100, 0.85, 0.2, 0.95, new(3, 0.1)),
        new("GD", 2, 0, 0.1, 2.3, 0.1, new(9, 1)), new("GD", 2, 100, 0.70, 0.3, 0.90, new(4, 0.1)),
        new("SGD", 1, 0, 0.1, 2.3, 0.1, new(9, 1)), new("SGD", 1, 100, 0.90, 0.1, 0.99, new(1, 0.1)),
        new("SGD", 2, 0, 0.1, 2.3, 0.1, new(9, 1)), new("SGD", 2, 100, 0.80, 0.1, 0.98, new(2, 0.1)),
    ]);

    [Fact]
    public void AgainstSgdIsThePairedMeanDifferenceAndRatioWithTheirStandardErrors()
    {
        var table = RegularizationSummary.AgainstSgd(Table());
        Assert.Equal(["GD"], table.Texts("dynamic"));
        // Differences 5 and 10 pp: mean 7.5, sd 5/√2, standard error 2.5. Ratios 3 and 2: mean 2.5, standard error 0.5.
        var accuracy = table.Rows[0][2].Csv.Split(" ± ").Select(double.Parse).ToArray();
        Assert.Equal(7.5, accuracy[0], 1e-12);
        Assert.Equal(2.5, accuracy[1], 1e-12);
        Assert.Equal("2.5 ± 0.5", table.Rows[0][3].Csv);
        Assert.Equal("2", table.Rows[0][1].Csv);
        Assert.Throws<ArgumentException>(() => RegularizationSummary.AgainstSgd(Table() with { Rows = [.. Table().Rows.Where(r => r.Dynamic == "GD")] }));
    }

    [Fact]
    public void TheFinalsTableIsEachDynamicsMeanAndSpreadOverSeedsAtItsLastPoint()
    {
        var table = RegularizationSummary.Table(Table());
        Assert.Equal(["GD", "SGD"], table.Texts("dynamic"));
        Assert.Equal(["100", "100"], table.Texts("iteration"));
        double[] MeanAndSd(int column) => [.. table.Rows[1][column].Csv.Split(" ± ").Select(double.Parse)];
        Assert.Equal([0.85, 0.1 / Math.Sqrt(2)], MeanAndSd(3), new Tolerance(1e-15)); // SGD test accuracy: 0.9 and 0.8
        Assert.Equal([1.5, 1 / Math.Sqrt(2)], MeanAndSd(6), new Tolerance(1e-15)); // SGD E|ΔL|: 1 and 2
    }

    [Fact]
    public void TheMeanOfIndependentValuesHasStandardErrorSdOverRootN()
    {
        var mean = Estimate.Mean([1.0, 2.0, 3.0, 6.0]);
        Assert.Equal(3, mean.Value, 1e-15);
        Assert.Equal(Math.Sqrt(14.0 / 3 / 4), mean.StandardError, 1e-15);
        Assert.True(double.IsNaN(Estimate.Mean([5.0]).StandardError));
        Assert.Throws<ArgumentException>(() => Estimate.Mean([]));
    }
}
