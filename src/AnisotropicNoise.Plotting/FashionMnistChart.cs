using AnisotropicNoise.Experiments.FashionMnist;
using Plotly.NET;

namespace AnisotropicNoise.Plotting;

/// <summary>
/// The charts of the FashionMNIST experiment (the paper's Fig. 3 and what decides it), one line per
/// dynamic: the mean over its seeds, with error bars of ±1 standard deviation across seeds, or, for a
/// single seed, ±1.96 standard errors of the estimate where the value is estimated.
/// </summary>
public static class FashionMnistChart
{
    /// <summary>Test accuracy against the iteration (Fig. 3, left).</summary>
    public static GenericChart Accuracy(FashionMnistTable table) =>
        PerDynamic(table, r => r.TestAccuracy, null, "test accuracy", StyleParam.AxisType.Linear);

    /// <summary>Signed expected sharpness on the training set against the iteration, on a log axis (Fig. 3, right).</summary>
    public static GenericChart Sharpness(FashionMnistTable table) =>
        PerDynamic(table, r => r.Sharpness.Value, r => r.Sharpness.StandardError, "expected sharpness E[L(θ+ν)] − L(θ), training set", StyleParam.AxisType.Log);

    /// <summary>The authors' sharpness <c>E|L(θ + ν) − L(θ)|</c> on the training set, on a log axis.</summary>
    public static GenericChart SharpnessAbsolute(FashionMnistTable table) =>
        PerDynamic(table, r => r.SharpnessAbsolute.Value, r => r.SharpnessAbsolute.StandardError, "E|L(θ+ν) − L(θ)|, training set (authors' estimator)", StyleParam.AxisType.Log);

    /// <summary>Training loss against the iteration, on a log axis: whether a dynamic is still at a minimum.</summary>
    public static GenericChart TrainLoss(FashionMnistTable table) =>
        PerDynamic(table, r => r.TrainLoss, null, "training loss", StyleParam.AxisType.Log);

    /// <summary>Training accuracy on the random-label images: how much of the label noise each dynamic still fits.</summary>
    public static GenericChart RandomLabelAccuracy(FashionMnistTable table) =>
        PerDynamic(table, r => r.TrainAccuracyRandom, null, "training accuracy on the random-label images", StyleParam.AxisType.Linear);

    /// <summary>The top Hessian eigenvalue against the iteration, on a log axis.</summary>
    public static GenericChart TopEigenvalue(FashionMnistTable table) =>
        PerDynamic(table, r => r.TopEigenvalue, null, "λ₁(H)", StyleParam.AxisType.Log);

    /// <summary><c>Tr(HΣ̂) / Tr(HΣ̄̂)</c> against the iteration, on a log axis.</summary>
    public static GenericChart Ratio(FashionMnistTable table) =>
        PerDynamic(table, r => r.Ratio.Value, r => r.Ratio.StandardError, "Tr(HΣ) / Tr(HΣ̄)", StyleParam.AxisType.Log);

    /// <summary>Every chart with a short name for file names.</summary>
    public static IReadOnlyList<(string Name, GenericChart Chart)> All(FashionMnistTable table) =>
    [
        ("accuracy", Accuracy(table)), ("sharpness", Sharpness(table)), ("sharpness-absolute", SharpnessAbsolute(table)), ("train-loss", TrainLoss(table)),
        ("random-label-accuracy", RandomLabelAccuracy(table)), ("lambda1", TopEigenvalue(table)), ("ratio", Ratio(table)),
    ];

    private static GenericChart PerDynamic(
        FashionMnistTable table, Func<FashionMnistRow, double> value, Func<FashionMnistRow, double>? standardError, string title, StyleParam.AxisType axis)
    {
        ArgumentNullException.ThrowIfNull(table);
        return SeededLines.PerDynamic(table.Rows, value, standardError,
            $"iteration from the sharp minimum ({(table.IsStandIn ? "SYNTHETIC STAND-IN data, not FashionMNIST" : "FashionMNIST")})", title, axis);
    }
}
