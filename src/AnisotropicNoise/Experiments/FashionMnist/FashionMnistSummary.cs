using AnisotropicNoise.Experiments.Seeds;
using AnisotropicNoise.Experiments.Tables;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Experiments.FashionMnist;

/// <summary>The final values of each FashionMNIST dynamic, mean ± standard deviation over its seeds: the summary the console and the notebook show.</summary>
public static class FashionMnistSummary
{
    private static readonly SummaryMeasure<FashionMnistRow>[] Measures =
    [
        new("test_accuracy", "test accuracy", r => r.TestAccuracy, "P1"), new("train_loss", "training loss", r => r.TrainLoss, "G3"),
        new("train_accuracy_clean", "clean train acc", r => r.TrainAccuracyClean, "P1"), new("train_accuracy_random", "random-label train acc", r => r.TrainAccuracyRandom, "P1"),
        new("sharpness", "sharpness", r => r.Sharpness.Value, "G3"), new("sharpness_abs", "E|ΔL|", r => r.SharpnessAbsolute.Value, "G3"),
        new("top_eigenvalue", "λ₁", r => r.TopEigenvalue, "G3"), new("ratio", "Tr(HΣ)/Tr(HΣ̄)", r => r.Ratio.Value, "F0"),
    ];

    /// <summary>
    /// One row per dynamic of <paramref name="table"/>, from each seed's last recorded point: text
    /// <c>mean ± sd</c> (the mean alone for one seed); the CSV holds <c>mean ± sd</c> unrounded.
    /// </summary>
    public static ResultTable Table(FashionMnistTable table, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        return FinalsSummary.Table(table.Rows, Measures, caption);
    }

    private const string Gd = "GD";

    /// <summary>
    /// Fig. 3's claim put as comparisons with GD, seed by seed, for every other dynamic: final test accuracy as its minus
    /// GD's, in percentage points, and final curvature (the signed sharpness E[ΔL], the scripts' E|ΔL| and λ₁) as GD's
    /// over its, the geometric mean of per-seed ratios (above 1: flatter than GD); each with its 95 % interval (Student t
    /// over seeds) and what the interval says of "better or flatter than GD", beside the training loss the curvature is
    /// measured at (mean ± sd over the dynamic's seeds, and GD's). GD draws nothing and runs once, so every seed pairs
    /// with that run (or with GD's run of the same seed, where GD ran several). <paramref name="start"/>, when given, opens the caption.
    /// </summary>
    /// <exception cref="ArgumentException">GD did not run.</exception>
    public static ResultTable AgainstGd(FashionMnistTable table, string? start = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var gdFinals = table.Finals(Gd);
        FashionMnistRow GdOf(int seed) => gdFinals.Count == 1 ? gdFinals[0] : gdFinals.Single(r => r.Seed == seed);
        var curvatures = new (string Name, Func<FashionMnistRow, double> Value)[]
        {
            ("final E[ΔL]", r => r.Sharpness.Value), ("final E|ΔL|", r => r.SharpnessAbsolute.Value), ("final λ₁", r => r.TopEigenvalue),
        };
        var rows = new List<IReadOnlyList<ResultCell>>();
        foreach (string name in table.Dynamics.Where(d => d != Gd))
        {
            var pairs = table.Finals(name).Select(r => (Run: r, Gd: GdOf(r.Seed))).ToArray();
            IReadOnlyList<ResultCell> Beside() =>
            [
                FinalsSummary.Cell(AcrossSeeds.Of(pairs[0].Run.Iteration, [.. pairs.Select(p => p.Run.TrainLoss)]), "G2"),
                FinalsSummary.Cell(AcrossSeeds.Of(pairs[0].Gd.Iteration, [.. pairs.Select(p => p.Gd.TrainLoss).Distinct()]), "G2"),
            ];
            rows.Add([ResultCell.Of(name), ResultCell.Of("final test acc."),
                .. ComparisonCells.Of("it − GD (pp)", PairedComparison.OfDifferences([.. pairs.Select(p => 100 * (p.Run.TestAccuracy - p.Gd.TestAccuracy))])), .. Beside()]);
            foreach (var (measure, value) in curvatures)
                rows.Add([ResultCell.Of(name), ResultCell.Of(measure), .. ComparisonCells.OfRatios("GD ÷ it", [.. pairs.Select(p => (value(p.Gd), value(p.Run)))]), .. Beside()]);
        }
        return new ResultTable(
            [new("dynamic", "dynamic"), new("measure", "measure"), .. ComparisonCells.Columns("better or flatter than GD"),
             new("train_loss", "training loss"), new("gd_train_loss", "GD's training loss")],
            rows,
            (start is null ? "" : start + ": ") + "each seed of a dynamic against GD's one run (GD draws nothing); 95 % interval: Student t over seeds, of the mean difference or of the mean log-ratio; training loss: mean ± sd over seeds");
    }
}
