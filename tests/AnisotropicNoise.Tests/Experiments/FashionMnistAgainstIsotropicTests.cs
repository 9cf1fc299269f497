using System.Globalization;
using AnisotropicNoise.Experiments.FashionMnist;
using AnisotropicNoise.Statistics;
using MathNet.Numerics.Distributions;

namespace AnisotropicNoise.Tests.Experiments;

public class FashionMnistAgainstIsotropicTests
{
    private static FashionMnistRow Row(string dynamic, int seed, double accuracy, double lambda) =>
        new(dynamic, seed, 100, 10_000, accuracy, 0.01, 1, 1, 0.01, new Estimate(lambda / 100, 0.001), new Estimate(lambda / 100, 0.001),
            new Estimate(0, 0), new Estimate(0, 0), lambda, new Estimate(1, 0), 1, new Estimate(1, 0), new Estimate(1, 0));

    // GD once; GLD dynamic (the baseline) with seeds 1–2; SGD with seeds 1–3; GLD const with one seed.
    private static FashionMnistTable Table() => new("hand-made", false,
    [
        Row("GD", 1, 0.68, 10),
        Row("GLD dynamic", 1, 0.68, 10), Row("GLD dynamic", 2, 0.70, 40),
        Row("SGD", 1, 0.70, 1), Row("SGD", 2, 0.72, 4), Row("SGD", 3, 0.74, 2),
        Row("GLD const", 1, 0.69, 10),
    ], "first fit (test)");

    private static string[] Cells(string dynamic, string measure)
    {
        var table = FashionMnistAgainstIsotropic.Table([Table()]);
        Assert.Equal(["start", "dynamic", "measure", "seeds", "baseline_seeds", "comparison", "estimate", "low", "high", "df", "verdict", "train_loss", "baseline_train_loss"],
            table.Columns.Select(c => c.Key));
        return [.. table.Rows.Single(r => r[1].Csv == dynamic && r[2].Csv == measure).Select(c => c.Csv)];
    }

    private static double Number(string csv) => double.Parse(csv, CultureInfo.InvariantCulture);

    [Fact]
    public void Test_accuracy_is_the_difference_of_means_with_welchs_interval()
    {
        // SGD 70, 72, 74 (mean 72, s² 4) against 68, 70 (mean 69, s² 2): s²/n 4/3 and 1, ν = (7/3)² / ((4/3)²/2 + 1²/1).
        var row = Cells("SGD", "final test acc.");
        double nu = 49.0 / 9 / (16.0 / 18 + 1), half = StudentT.InvCDF(0, 1, nu, 0.975) * Math.Sqrt(7.0 / 3);
        Assert.Equal(["3", "2", "it − GLD dynamic (pp)"], row[3..6]);
        Assert.Equal(3, Number(row[6]), 1e-12);
        Assert.Equal(3 - half, Number(row[7]), 1e-9);
        Assert.Equal(3 + half, Number(row[8]), 1e-9);
        Assert.Equal(nu, Number(row[9]), 1e-12);
        Assert.Equal("undecided", row[10]);
    }

    [Fact]
    public void Curvature_is_the_baselines_geometric_mean_over_its()
    {
        // λ₁: GLD dynamic's geometric mean √(10 · 40) = 20, SGD's ∛(1 · 4 · 2) = 2, so the ratio is 10.
        var row = Cells("SGD", "final λ₁");
        Assert.Equal("GLD dynamic ÷ it", row[5]);
        Assert.Equal(10, Number(row[6]), 1e-12);
        Assert.True(Number(row[7]) < 10 && Number(row[8]) > 10);
    }

    [Fact]
    public void One_seed_on_a_side_decides_nothing_and_says_why()
    {
        var row = Cells("GLD const", "final test acc.");
        Assert.Equal(["1", "2"], row[3..5]);
        Assert.Equal(["n/a", "n/a", "n/a", "n/a", "undecided (one seed has no spread)"], row[6..11]);
    }

    [Fact]
    public void Starts_without_the_baseline_and_gd_itself_are_left_out()
    {
        var withoutBaseline = Table() with { Rows = [.. Table().Rows.Where(r => r.Dynamic != "GLD dynamic")], StartPoint = "no baseline" };
        var table = FashionMnistAgainstIsotropic.Table([Table(), withoutBaseline]);
        Assert.All(table.Rows, r => Assert.Equal("first fit (test)", r[0].Csv));
        Assert.Equal(["SGD", "GLD const"], table.Rows.Select(r => r[1].Csv).Distinct());
        Assert.Equal(2 * 4, table.Rows.Count);
        Assert.Empty(FashionMnistAgainstIsotropic.ComparedWithBaseline(withoutBaseline));
        Assert.Equal(["SGD", "GLD const"], FashionMnistAgainstIsotropic.ComparedWithBaseline(Table()));
    }
}
