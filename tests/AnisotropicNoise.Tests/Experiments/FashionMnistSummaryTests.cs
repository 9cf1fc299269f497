using System.Globalization;
using AnisotropicNoise.Experiments.FashionMnist;
using AnisotropicNoise.Statistics;
using MathNet.Numerics.Distributions;

namespace AnisotropicNoise.Tests.Experiments;

public class FashionMnistSummaryTests
{
    private static FashionMnistRow Row(string dynamic, int seed, int iteration, double accuracy, double loss, double sharpness, double lambda) =>
        new(dynamic, seed, iteration, 10_000, accuracy, loss, 1, 1, 0.01, new Estimate(sharpness, 0.001), new Estimate(sharpness, 0.001),
            new Estimate(0, 0), new Estimate(0, 0), lambda, new Estimate(1, 0), 1, new Estimate(1, 0), new Estimate(1, 0));

    // GD once (seed 1); SGD with seeds 1–3, its final points at iteration 100 (a first point at 0 that must not count).
    private static FashionMnistTable Table() => new("hand-made", false,
    [
        Row("GD", 1, 0, 0.60, 0.02, 0.03, 20), Row("GD", 1, 100, 0.68, 0.01, 0.02, 10),
        Row("SGD", 1, 0, 0.60, 0.02, 0.03, 20), Row("SGD", 1, 100, 0.70, 0.012, 0.010, 5),
        Row("SGD", 2, 0, 0.60, 0.02, 0.03, 20), Row("SGD", 2, 100, 0.69, 0.011, 0.005, 2),
        Row("SGD", 3, 0, 0.60, 0.02, 0.03, 20), Row("SGD", 3, 100, 0.66, 0.013, 0.020, 10),
    ], "first fit (test)");

    private static string[] Cells(string measure) =>
        [.. FashionMnistSummary.AgainstGd(Table()).Rows.Single(r => r[1].Text == "SGD" && r[2].Text == measure).Skip(1).Select(c => c.Csv)];

    private static double Number(string csv) => double.Parse(csv, CultureInfo.InvariantCulture);

    [Fact]
    public void Test_accuracy_is_each_seed_minus_gds_one_run_with_its_t_interval()
    {
        var row = Cells("final test acc.");
        // Differences +2, +1, −2 points: mean 1/3, sd √(13/3), t₂.
        double half = StudentT.InvCDF(0, 1, 2, 0.975) * Math.Sqrt(13.0 / 3) / Math.Sqrt(3);
        Assert.Equal("3", row[2]);
        Assert.Equal("it − GD (pp)", row[3]);
        Assert.Equal(1.0 / 3, Number(row[4]), 1e-12);
        Assert.Equal(1.0 / 3 - half, Number(row[5]), 1e-9);
        Assert.Equal(1.0 / 3 + half, Number(row[6]), 1e-9);
        Assert.Equal("undecided", row[7]);
        // The training loss beside it: SGD's mean ± sd over seeds, GD's one value.
        var loss = row[8].Split(" ± ");
        Assert.Equal(0.012, Number(loss[0]), 1e-15);
        Assert.Equal(0.001, Number(loss[1]), 1e-15);
        Assert.Equal(0.01, Number(row[9]));
    }

    [Fact]
    public void Curvature_is_gds_over_each_seeds_as_a_geometric_mean_with_its_verdict()
    {
        // GD's λ₁ 10 over SGD's 5, 2, 10: ratios 2, 5, 1, geometric mean ∛10.
        var lambda = Cells("final λ₁");
        Assert.Equal("GD ÷ it", lambda[3]);
        Assert.Equal(Math.Cbrt(10), Number(lambda[4]), 1e-12);
        var expected = PairedComparison.OfRatios([2, 5, 1]);
        Assert.Equal(expected.Low, Number(lambda[5]), 1e-9);
        Assert.Equal(expected.High, Number(lambda[6]), 1e-9);
        Assert.Equal("undecided", lambda[7]);
        // Sharpness 0.02 over 0.010, 0.005, 0.020: ratios 2, 4, 1.
        Assert.Equal(2, Number(Cells("final E[ΔL]")[4]), 1e-12);
    }

    [Fact]
    public void One_seed_gives_its_difference_and_ratio_without_an_interval_and_says_why()
    {
        var table = new FashionMnistTable("hand-made", false, [.. Table().Rows.Where(r => r.Dynamic == "GD" || r.Seed == 2)], "first fit (test)");
        var rows = FashionMnistSummary.AgainstGd(table).Rows;
        string[] Cells(string measure) => [.. rows.Single(r => r[2].Text == measure).Skip(3).Take(6).Select(c => c.Csv)];
        // Seed 2 alone: +1 point; λ₁ GD's 10 over its 2.
        var accuracy = Cells("final test acc.");
        Assert.Equal(["1", "it − GD (pp)"], accuracy[..2]);
        Assert.Equal(1, Number(accuracy[2]), 1e-9);
        Assert.Equal(["n/a", "n/a", "undecided (one seed has no spread)"], accuracy[3..]);
        var lambda = Cells("final λ₁");
        Assert.Equal(5, Number(lambda[2]), 1e-12);
        Assert.Equal(["n/a", "n/a", "undecided (one seed has no spread)"], lambda[3..]);
    }

    [Fact]
    public void Several_starts_give_one_block_each_led_by_its_start()
    {
        var other = Table() with { StartPoint = "20000 GD steps (test)" };
        var both = FashionMnistSummary.AgainstGd([Table(), other]);
        Assert.Equal("start", both.Columns[0].Key);
        var one = FashionMnistSummary.AgainstGd(Table());
        Assert.Equal(2 * one.Rows.Count, both.Rows.Count);
        Assert.Equal([.. Enumerable.Repeat("first fit (test)", one.Rows.Count), .. Enumerable.Repeat("20000 GD steps (test)", one.Rows.Count)], both.Rows.Select(r => r[0].Csv));
        Assert.Equal(one.Rows.Select(r => r.Skip(1).Select(c => c.Csv)), both.Rows.Skip(one.Rows.Count).Select(r => r.Skip(1).Select(c => c.Csv)));
    }

    [Fact]
    public void A_start_is_its_first_recorded_point_and_a_table_without_one_is_named()
    {
        var start = FashionMnistSummary.Starts([Table()]).Rows.Single();
        Assert.Equal(["first fit (test)", "0.02", "0.01"], start.Take(3).Select(c => c.Csv));
        Assert.Equal("20", start[3].Csv);
        var late = Table() with { Rows = [.. Table().Rows.Where(r => r.Iteration > 0)] };
        Assert.Contains("'first fit (test)' have no point at iteration 0", Assert.Throws<ArgumentException>(() => FashionMnistSummary.Starts([late])).Message);
    }

    [Fact]
    public void Without_gd_there_is_nothing_to_compare_with()
    {
        var table = Table() with { Rows = [.. Table().Rows.Where(r => r.Dynamic != "GD")] };
        Assert.Contains("no dynamic named 'GD'", Assert.Throws<ArgumentException>(() => FashionMnistSummary.AgainstGd(table)).Message);
        Assert.Empty(FashionMnistSummary.ComparedWithGd(table));
        Assert.Equal(["SGD"], FashionMnistSummary.ComparedWithGd(Table()));
    }
}
