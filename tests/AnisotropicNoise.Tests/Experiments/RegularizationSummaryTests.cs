using AnisotropicNoise.Experiments.Regularization;
using AnisotropicNoise.Experiments.Tables;
using AnisotropicNoise.Statistics;
using AnisotropicNoise.Tests.Support;

namespace AnisotropicNoise.Tests.Experiments;

public class RegularizationSummaryTests
{
    private static readonly int[] Iterations = [0, 100, 150, 200];

    // GD and SGD, seeds 1–3, at iterations 0, 100, 150 and 200: test accuracy, training loss, λ₁ and E|ΔL| per point.
    private static readonly Dictionary<(string, int), (double[] Accuracy, double[] Loss, double[] Lambda, double[] Sharpness)> Runs = new()
    {
        [("GD", 1)] = ([0.1, 0.80, 0.84, 0.82], [2.3, 0.3, 0.08, 0.05], [1, 10, 8, 6], [9, 5, 4, 3]),
        [("GD", 2)] = ([0.1, 0.70, 0.75, 0.60], [2.3, 0.3, 0.09, 0.5], [1, 10, 12, 4], [9, 5, 4, 4]),
        [("GD", 3)] = ([0.1, 0.78, 0.80, 0.81], [2.3, 0.3, 0.07, 0.04], [1, 10, 6, 6], [9, 5, 4, 3]),
        [("SGD", 1)] = ([0.1, 0.82, 0.85, 0.86], [2.3, 0.3, 0.2, 0.05], [1, 10, 5, 2], [9, 5, 4, 1]),
        [("SGD", 2)] = ([0.1, 0.72, 0.78, 0.78], [2.3, 0.3, 0.2, 0.06], [1, 10, 5, 3], [9, 5, 4, 2]),
        [("SGD", 3)] = ([0.1, 0.79, 0.80, 0.835], [2.3, 0.3, 0.2, 0.07], [1, 10, 5, 2], [9, 5, 4, 1]),
    };

    internal static RegularizationTable Table() => new("hand-made", false,
        [.. Runs.SelectMany(run => Iterations.Select((iteration, k) => new RegularizationRow(
            run.Key.Item1, run.Key.Item2, iteration, run.Value.Accuracy[k], run.Value.Loss[k], 1 - run.Value.Loss[k], 0.5, run.Value.Lambda[k],
            new Estimate(run.Value.Sharpness[k] / 2, 0.1), new Estimate(run.Value.Sharpness[k], 0.1))))]);

    private static string[] Row(ResultTable table, string measure) => [.. table.Rows.Single(r => r[1].Text == measure).Select(c => c.Csv)];

    private static void AssertComparison(PairedComparison expected, string[] row, string verdict)
    {
        Assert.Equal(expected.Pairs.ToString(System.Globalization.CultureInfo.InvariantCulture), row[2]);
        Assert.Equal(expected.Estimate, double.Parse(row[4], System.Globalization.CultureInfo.InvariantCulture), 1e-12);
        Assert.Equal(expected.Low, double.Parse(row[5], System.Globalization.CultureInfo.InvariantCulture), 1e-9);
        Assert.Equal(expected.High, double.Parse(row[6], System.Globalization.CultureInfo.InvariantCulture), 1e-9);
        Assert.Equal(verdict, row[7]);
    }

    [Fact]
    public void AgainstSgdPairsEveryMeasureBySeedWithItsIntervalAndVerdict()
    {
        var table = RegularizationSummary.AgainstSgd(Table());
        Assert.All(table.Rows, r => Assert.Equal("GD", r[0].Text));
        // Final test accuracy, SGD − GD: 4, 18 and 2.5 points (seed 2's GD ends in a spike).
        AssertComparison(PairedComparison.OfDifferences([4.0, 18, 2.5]), Row(table, "final test acc."), "undecided");
        // Best along the run: 2, 3 and 2.5 points.
        AssertComparison(PairedComparison.OfDifferences([2.0, 3, 2.5]), Row(table, "best test acc."), "holds");
        // The last quarter (iterations 150 and 200): GD 83, 67.5, 80.5 %; SGD 85.5, 78, 81.75 %.
        AssertComparison(PairedComparison.OfDifferences([2.5, 10.5, 1.25]), Row(table, "last-quarter test acc."), "undecided");
        // Final λ₁, GD ÷ SGD: 3, 4/3, 3.
        AssertComparison(PairedComparison.OfRatios([3.0, 4.0 / 3, 3]), Row(table, "final λ₁"), "undecided");
        // At the first point with training loss ≤ 0.1, GD's is iteration 150 and SGD's 200: λ₁ 8/2, 12/3, 6/2; E|ΔL| 4/1, 4/2, 4/1.
        AssertComparison(PairedComparison.OfRatios([4.0, 4, 3]), Row(table, "λ₁ at first train loss ≤ 0.1"), "holds");
        AssertComparison(PairedComparison.OfRatios([4.0, 2, 4]), Row(table, "E|ΔL| at first train loss ≤ 0.1"), "holds");
        AssertComparison(PairedComparison.OfRatios([4.0, 2, 4]), Row(table, "E[ΔL] at first train loss ≤ 0.1"), "holds");
    }

    [Fact]
    public void AComparisonNoSeedCanMakeSaysSoAndBadInputIsNamed()
    {
        var table = RegularizationSummary.AgainstSgd(Table(), loss: 0.01);
        Assert.Equal(["0", "n/a", "n/a", "n/a", "undecided (no seed reached it)"], Row(table, "λ₁ at first train loss ≤ 0.01")[2..].Where((_, i) => i != 1));
        var withoutSgd = Table() with { Rows = [.. Table().Rows.Where(r => r.Dynamic == "GD")] };
        Assert.Throws<ArgumentException>(() => RegularizationSummary.AgainstSgd(withoutSgd));
        Assert.Empty(RegularizationSummary.ComparedWithSgd(withoutSgd));
        Assert.Throws<ArgumentOutOfRangeException>(() => RegularizationSummary.AgainstSgd(Table(), loss: 0));
    }

    [Fact]
    public void TheTableIsEachDynamicsMeanAndSpreadOverSeedsOfTheFinalTheBestAndTheLastQuarter()
    {
        var table = RegularizationSummary.Table(Table());
        Assert.Equal(["GD", "SGD"], table.Texts("dynamic"));
        Assert.Equal(["200", "200"], table.Texts("iteration"));
        int Column(string key) => table.Columns.Select(c => c.Key).ToList().IndexOf(key);
        double[] MeanAndSd(int row, string key) => [.. table.Rows[row][Column(key)].Csv.Split(" ± ").Select(double.Parse)];
        Assert.Equal([(0.86 + 0.78 + 0.835) / 3, Sd(0.86, 0.78, 0.835)], MeanAndSd(1, "test_accuracy"), new Tolerance(1e-12));
        Assert.Equal([(0.84 + 0.75 + 0.81) / 3, Sd(0.84, 0.75, 0.81)], MeanAndSd(0, "best_test_accuracy"), new Tolerance(1e-12));
        Assert.Equal([(0.83 + 0.675 + 0.805) / 3, Sd(0.83, 0.675, 0.805)], MeanAndSd(0, "late_test_accuracy"), new Tolerance(1e-12));
        Assert.Equal([16.0 / 3, Sd(6, 4, 6)], MeanAndSd(0, "top_eigenvalue"), new Tolerance(1e-12));
    }

    private static double Sd(params double[] x) => Math.Sqrt(x.Sum(v => (v - x.Average()) * (v - x.Average())) / (x.Length - 1));

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
