using System.Globalization;

namespace AnisotropicNoise.Experiments;

/// <summary>The final values of each dynamic, mean ± standard deviation over its seeds: the summary the console and the notebook show.</summary>
public static class FashionMnistSummary
{
    private static readonly (string Key, string Title, Func<FashionMnistRow, double> Value, string Format)[] Measures =
    [
        ("test_accuracy", "test accuracy", r => r.TestAccuracy, "P1"), ("train_loss", "training loss", r => r.TrainLoss, "G3"),
        ("train_accuracy_clean", "clean train acc", r => r.TrainAccuracyClean, "P1"), ("train_accuracy_random", "random-label train acc", r => r.TrainAccuracyRandom, "P1"),
        ("sharpness", "sharpness", r => r.Sharpness.Value, "G3"), ("sharpness_abs", "E|ΔL|", r => r.SharpnessAbsolute.Value, "G3"),
        ("top_eigenvalue", "λ₁", r => r.TopEigenvalue, "G3"), ("ratio", "Tr(HΣ)/Tr(HΣ̄)", r => r.Ratio.Value, "F0"),
    ];

    /// <summary>
    /// One row per dynamic of <paramref name="table"/>, from each seed's last recorded point: text
    /// <c>mean ± sd</c> (the mean alone for one seed); the CSV holds <c>mean ± sd</c> unrounded.
    /// </summary>
    public static ResultTable Table(FashionMnistTable table, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new ResultTable(
            [new("dynamic", "dynamic"), new("seeds", "seeds"), new("iteration", "iteration"), .. Measures.Select(m => new ResultColumn(m.Key, m.Title))],
            table.Dynamics.Select(name =>
            {
                var finals = table.Finals(name);
                return (IReadOnlyList<ResultCell>)
                [
                    ResultCell.Of(name), ResultCell.Of(finals.Count), ResultCell.Of(finals.Max(r => r.Iteration)),
                    .. Measures.Select(m => Cell(AcrossSeeds.Of(finals[0].Iteration, finals.Select(m.Value).ToArray()), m.Format)),
                ];
            }),
            caption);
    }

    private static ResultCell Cell(AcrossSeeds across, string format)
    {
        string Text(double value, string f) => value.ToString(f, CultureInfo.InvariantCulture);
        return across.Seeds == 1
            ? ResultCell.Of(across.Mean, format)
            : new ResultCell($"{Text(across.Mean, "R")} ± {Text(across.StandardDeviation, "R")}", $"{Text(across.Mean, format)} ± {Text(across.StandardDeviation, format)}");
    }
}
