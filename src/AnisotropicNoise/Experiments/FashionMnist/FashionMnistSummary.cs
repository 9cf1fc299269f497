using AnisotropicNoise.Dynamics;
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

    private static readonly string Gd = PaperDynamic.Gd.DisplayName();

    /// <summary>The dynamics <see cref="AgainstGd(FashionMnistTable, string?)"/> compares with GD: every other one when GD ran, none otherwise.</summary>
    public static IEnumerable<string> ComparedWithGd(FashionMnistTable table) => table.Dynamics.Contains(Gd) ? table.Dynamics.Where(d => d != Gd) : [];

    /// <summary>The curvature measures the comparisons read at each seed's last point: signed sharpness, the scripts' E|ΔL|, <c>λ₁</c>.</summary>
    internal static readonly (string Name, Func<FashionMnistRow, double> Value)[] FinalCurvatures =
    [
        ("final E[ΔL]", r => r.Sharpness.Value), ("final E|ΔL|", r => r.SharpnessAbsolute.Value), ("final λ₁", r => r.TopEigenvalue),
    ];

    /// <summary>
    /// Each table's start point as the dynamics find it (its first recorded point, iteration 0 of every run): training loss,
    /// <c>‖∇L‖</c>, <c>λ₁</c>, <c>Tr H</c> ± SE (Hutchinson), test accuracy and on how many images, the signed sharpness ± SE, and
    /// the share of the random labels fitted; one row a table, named by its <c>start</c>.
    /// </summary>
    /// <exception cref="ArgumentException">A table has no point at iteration 0.</exception>
    public static ResultTable Starts(IReadOnlyList<FashionMnistTable> tables, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var rows = tables.Select(table =>
        {
            var at = table.Rows.FirstOrDefault(r => r.Iteration == 0)
                ?? throw new ArgumentException($"the runs from '{table.StartPoint}' have no point at iteration 0.", nameof(tables));
            return (IReadOnlyList<ResultCell>)
            [
                ResultCell.Of(table.StartPoint), ResultCell.Of(at.TrainLoss, "G3"), ResultCell.Of(at.GradientNorm, "G3"), ResultCell.Of(at.TopEigenvalue, "G4"),
                ResultCell.Of(at.TraceH), ResultCell.Of(at.TestAccuracy, "P2"), ResultCell.Of(at.TestImages), ResultCell.Of(at.Sharpness),
                ResultCell.Of(at.TrainAccuracyRandom, "P1"),
            ];
        });
        return new ResultTable(
            [new("start", "start"), new("train_loss", "training loss"), new("gradient_norm", "‖∇L‖"), new("lambda1", "λ₁"), new("trace_h", "Tr H"),
             new("test_accuracy", "test accuracy"), new("test_images", "test images"), new("sharpness", "sharpness E[ΔL]"), new("train_accuracy_random", "random labels fitted")],
            rows, caption ?? "each start point where the dynamics set out (iteration 0); Tr H and sharpness: value ± Monte Carlo SE");
    }

    /// <summary>
    /// Fig. 3's claim put as comparisons with GD, seed by seed, for every other dynamic: final test accuracy as its minus
    /// GD's, in percentage points, and final curvature (the signed sharpness E[ΔL], the scripts' E|ΔL| and λ₁) as GD's
    /// over its, the geometric mean of per-seed ratios (above 1: flatter than GD); each with its 95 % interval (Student t
    /// over seeds) and what the interval says of "better or flatter than GD", beside the training loss the curvature is
    /// measured at (mean ± sd over the dynamic's seeds, and GD's). GD draws nothing and runs once, so every seed pairs
    /// with that run (or with GD's run of the same seed, where GD ran several). <paramref name="label"/>, when given, opens the caption.
    /// </summary>
    /// <exception cref="ArgumentException">GD did not run.</exception>
    public static ResultTable AgainstGd(FashionMnistTable table, string? label = null) => AgainstGd([table], label);

    /// <summary>
    /// <see cref="AgainstGd(FashionMnistTable, string?)"/> for the runs of several start points, one block of rows each,
    /// every row led by its table's <c>start</c>: the table of every headline comparison; <paramref name="label"/>, when given, opens the caption.
    /// </summary>
    /// <exception cref="ArgumentException">GD did not run from one of the starts.</exception>
    public static ResultTable AgainstGd(IReadOnlyList<FashionMnistTable> tables, string? label = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var rows = new List<IReadOnlyList<ResultCell>>();
        foreach (var table in tables)
        {
            var gdFinals = table.Finals(Gd);
            FashionMnistRow GdOf(int seed) => gdFinals.Count == 1 ? gdFinals[0] : gdFinals.Single(r => r.Seed == seed);
            foreach (string name in ComparedWithGd(table))
            {
                var pairs = table.Finals(name).Select(r => (Run: r, Gd: GdOf(r.Seed))).ToArray();
                IReadOnlyList<ResultCell> Beside() =>
                [
                    FinalsSummary.Cell(AcrossSeeds.Of(pairs[0].Run.Iteration, [.. pairs.Select(p => p.Run.TrainLoss)]), "G2"),
                    FinalsSummary.Cell(AcrossSeeds.Of(pairs[0].Gd.Iteration, [.. pairs.Select(p => p.Gd.TrainLoss).Distinct()]), "G2"),
                ];
                IReadOnlyList<ResultCell> Lead(string measure) => [ResultCell.Of(table.StartPoint), ResultCell.Of(name), ResultCell.Of(measure)];
                rows.Add([.. Lead("final test acc."),
                    .. ComparisonCells.Of("it − GD (pp)", PairedComparison.OfDifferences([.. pairs.Select(p => 100 * (p.Run.TestAccuracy - p.Gd.TestAccuracy))])), .. Beside()]);
                foreach (var (measure, value) in FinalCurvatures)
                    rows.Add([.. Lead(measure), .. ComparisonCells.OfRatios("GD ÷ it", [.. pairs.Select(p => (value(p.Gd), value(p.Run)))]), .. Beside()]);
            }
        }
        return new ResultTable(
            [new("start", "start"), new("dynamic", "dynamic"), new("measure", "measure"), .. ComparisonCells.Columns("better or flatter than GD"),
             new("train_loss", "training loss"), new("gd_train_loss", "GD's training loss")],
            rows,
            (label is null ? "" : label + ": ") + "each seed of a dynamic against GD's one run (GD draws nothing); 95 % interval: Student t over seeds, of the mean difference or of the mean log-ratio; training loss: mean ± sd over seeds");
    }
}
