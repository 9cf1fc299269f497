using System.Globalization;
using AnisotropicNoise.Experiments.Seeds;
using AnisotropicNoise.Experiments.Tables;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Experiments.Regularization;

/// <summary>The regularization experiment's final values per dynamic, and the paper's claim put as paired comparisons with SGD.</summary>
public static class RegularizationSummary
{
    private const string Sgd = "SGD";

    private static readonly SummaryMeasure<RegularizationRow>[] Measures =
    [
        new("test_accuracy", "test accuracy", r => r.TestAccuracy, "P1"), new("train_accuracy", "train accuracy", r => r.TrainAccuracy, "P1"),
        new("train_loss", "training loss", r => r.TrainLoss, "G3"), new("sharpness", "E|ΔL|", r => r.Sharpness.Value, "G3"),
    ];

    /// <summary>One row per dynamic, from each seed's last recorded point: <c>mean ± sd</c> over seeds.</summary>
    public static ResultTable Table(RegularizationTable table, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        return FinalsSummary.Table(table.Rows, Measures, caption);
    }

    /// <summary>
    /// The claim "SGD generalises best and ends flattest", seed by seed: for every other dynamic, SGD's final test accuracy
    /// minus the dynamic's (percentage points) and the dynamic's final <c>E|ΔL|</c> over SGD's, each the mean over the seeds
    /// both ran ± its standard error; positive differences and ratios above 1 favour the claim.
    /// </summary>
    /// <exception cref="ArgumentException">SGD did not run.</exception>
    public static ResultTable AgainstSgd(RegularizationTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sgd = table.Finals(Sgd).ToDictionary(r => r.Seed);
        return new ResultTable(
            [new("dynamic", "dynamic"), new("seeds", "seeds"), new("sgd_minus_test_accuracy_pp", "SGD − its test acc. (pp)"), new("sharpness_over_sgd", "its E|ΔL| ÷ SGD's")],
            table.Dynamics.Where(d => d != Sgd).Select(name =>
            {
                var pairs = table.Finals(name).Where(r => sgd.ContainsKey(r.Seed)).Select(r => (Run: r, Sgd: sgd[r.Seed])).ToArray();
                var accuracy = Estimate.Mean([.. pairs.Select(p => 100 * (p.Sgd.TestAccuracy - p.Run.TestAccuracy))]);
                var sharpness = Estimate.Mean([.. pairs.Select(p => p.Run.Sharpness.Value / p.Sgd.Sharpness.Value)]);
                return (IReadOnlyList<ResultCell>)[ResultCell.Of(name), ResultCell.Of(pairs.Length), Cell(accuracy, "F2"), Cell(sharpness, "F2")];
            }),
            "paired by seed: each seed's final point; mean ± standard error over seeds");
    }

    private static ResultCell Cell(Estimate estimate, string format) => new(
        string.Create(CultureInfo.InvariantCulture, $"{estimate.Value:R} ± {estimate.StandardError:R}"),
        string.Create(CultureInfo.InvariantCulture, $"{estimate.Value.ToString(format, CultureInfo.InvariantCulture)} ± {estimate.StandardError.ToString(format, CultureInfo.InvariantCulture)}"));
}
