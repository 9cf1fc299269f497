using AnisotropicNoise.Experiments.Seeds;
using AnisotropicNoise.Experiments.Tables;

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
}
