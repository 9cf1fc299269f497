using System.Globalization;
using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.Seeds;
using AnisotropicNoise.Experiments.Tables;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Experiments.Regularization;

/// <summary>The regularization experiment's values per dynamic, and the paper's claim put as paired comparisons with SGD.</summary>
public static class RegularizationSummary
{
    /// <summary>The training loss at which curvature is compared across dynamics by default: each run's first recorded point at or below it.</summary>
    public const double ComparisonLoss = 0.1;

    private static readonly string Sgd = PaperDynamic.Sgd.DisplayName();

    /// <summary>The dynamics <see cref="AgainstSgd"/> compares with SGD: every other one when SGD ran, none otherwise.</summary>
    public static IEnumerable<string> ComparedWithSgd(RegularizationTable table) => table.Dynamics.Contains(Sgd) ? table.Dynamics.Where(d => d != Sgd) : [];

    private static readonly SummaryMeasure<RegularizationRun>[] Measures =
    [
        new("test_accuracy", "test acc.", r => r.Final.TestAccuracy, "P1"), new("best_test_accuracy", "best test acc.", r => r.BestTestAccuracy, "P1"),
        new("late_test_accuracy", "last-quarter test acc.", r => r.LateTestAccuracy, "P1"), new("train_accuracy", "train acc.", r => r.Final.TrainAccuracy, "P1"),
        new("train_loss", "training loss", r => r.Final.TrainLoss, "G3"), new("gradient_norm", "‖∇L‖", r => r.Final.GradientNorm, "G3"),
        new("top_eigenvalue", "λ₁", r => r.Final.TopEigenvalue, "G3"), new("sharpness_signed", "E[ΔL]", r => r.Final.SignedSharpness.Value, "G3"),
        new("sharpness", "E|ΔL|", r => r.Final.Sharpness.Value, "G3"),
    ];

    /// <summary>
    /// One row per dynamic, mean ± sd over seeds: each run's final point, its best test accuracy along the run and its
    /// mean test accuracy over the run's last quarter.
    /// </summary>
    public static ResultTable Table(RegularizationTable table, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        return FinalsSummary.Table(RegularizationRun.Of(table), Measures, caption);
    }

    /// <summary>
    /// The claim "SGD generalises best and ends flattest", seed by seed: for every other dynamic and every measure, the
    /// paired comparison with SGD over the seeds both ran (all dynamics of a seed share the initialisation), its 95 %
    /// interval (Student t over seeds) and what the interval says of the claim. Test accuracy compares as SGD's minus the
    /// dynamic's, in percentage points (final, best along the run, mean over the last quarter); curvature as the
    /// dynamic's over SGD's, the geometric mean of per-seed ratios (final, and at each run's first recorded point with
    /// training loss at most <paramref name="loss"/>, so that flatness is compared at the same fit).
    /// </summary>
    /// <exception cref="ArgumentException">SGD did not run, or <paramref name="loss"/> is not positive.</exception>
    public static ResultTable AgainstSgd(RegularizationTable table, double loss = ComparisonLoss)
    {
        ArgumentNullException.ThrowIfNull(table);
        Guard.Positive(loss, nameof(loss));
        var runs = RegularizationRun.Of(table);
        var sgd = runs.Where(r => r.Dynamic == Sgd).ToDictionary(r => r.Seed);
        if (sgd.Count == 0) throw new ArgumentException($"no dynamic named '{Sgd}'; ran: {string.Join(", ", table.Dynamics)}.", nameof(table));
        string at = string.Create(CultureInfo.InvariantCulture, $"at first train loss ≤ {loss}");
        var accuracies = new (string Name, Func<RegularizationRun, double> Value)[]
        {
            ("final test acc.", r => r.Final.TestAccuracy), ("best test acc.", r => r.BestTestAccuracy), ("last-quarter test acc.", r => r.LateTestAccuracy),
        };
        var curvatures = new (string Name, Func<RegularizationRow, double> Value)[]
        {
            ("E|ΔL|", r => r.Sharpness.Value), ("E[ΔL]", r => r.SignedSharpness.Value), ("λ₁", r => r.TopEigenvalue),
        };
        var rows = new List<IReadOnlyList<ResultCell>>();
        foreach (string name in ComparedWithSgd(table))
        {
            var pairs = runs.Where(r => r.Dynamic == name && sgd.ContainsKey(r.Seed)).Select(r => (Run: r, Sgd: sgd[r.Seed])).ToArray();
            foreach (var (measure, value) in accuracies)
                rows.Add(Row(name, measure, "SGD − it (pp)", PairedComparison.OfDifferences([.. pairs.Select(p => 100 * (value(p.Sgd) - value(p.Run)))])));
            foreach (var (measure, value) in curvatures)
                rows.Add(RatioRow(name, $"final {measure}", [.. pairs.Select(p => (value(p.Run.Final), value(p.Sgd.Final)))]));
            var atLoss = pairs.Select(p => (Run: p.Run.FirstAtLoss(loss), Sgd: p.Sgd.FirstAtLoss(loss))).Where(p => p.Run is not null && p.Sgd is not null).ToArray();
            foreach (var (measure, value) in curvatures)
                rows.Add(RatioRow(name, $"{measure} {at}", [.. atLoss.Select(p => (value(p.Run!), value(p.Sgd!)))]));
        }
        return new ResultTable(
            [new("dynamic", "dynamic"), new("measure", "measure"), .. ComparisonCells.Columns("SGD better or flatter")],
            rows,
            "paired by seed (every dynamic of a seed starts from the same initialisation); 95 % interval: Student t over seeds, of the mean difference or of the mean log-ratio");
    }

    private static IReadOnlyList<ResultCell> RatioRow(string dynamic, string measure, (double Run, double Sgd)[] pairs) =>
        [ResultCell.Of(dynamic), ResultCell.Of(measure), .. ComparisonCells.OfRatios("it ÷ SGD", pairs)];

    private static IReadOnlyList<ResultCell> Row(string dynamic, string measure, string comparison, PairedComparison c) =>
        [ResultCell.Of(dynamic), ResultCell.Of(measure), .. ComparisonCells.Of(comparison, c)];
}
