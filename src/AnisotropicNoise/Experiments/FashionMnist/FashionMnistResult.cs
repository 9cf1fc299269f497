using System.Globalization;

namespace AnisotropicNoise.Experiments.FashionMnist;

/// <summary>The outcome of the FashionMNIST experiment: the sharp minimum, its measurement, and every run's measurements from there.</summary>
/// <param name="Settings">The settings that produced it.</param>
/// <param name="Start">The end of the GD phase.</param>
/// <param name="AtStart">The measurement at the sharp minimum (every test image), iteration 0 of every run.</param>
/// <param name="Table">Every run's rows, with the data's description.</param>
/// <param name="Departures">How the images and the settings differ from the authors' scripts (<see cref="FashionMnistSettings.Departures"/>).</param>
public sealed record FashionMnistResult(FashionMnistSettings Settings, FashionMnistStart Start, FashionMnistRow AtStart, FashionMnistTable Table,
    IReadOnlyList<(string Setting, string Here, string Scripts)> Departures)
{
    /// <summary>Where the images came from, in words.</summary>
    public string DataDescription => Table.DataDescription;

    /// <summary>Whether the images were the synthetic stand-in.</summary>
    public bool IsStandIn => Table.IsStandIn;

    /// <summary>The names of the dynamics that ran, in order.</summary>
    public IReadOnlyList<string> Dynamics => Table.Dynamics;

    /// <summary>The sentence that describes the start: GD phase steps, fit, training loss and accuracy, gradient norm, test accuracy, sharpness, <c>λ₁</c>.</summary>
    public string StartSummary => string.Create(CultureInfo.InvariantCulture,
        $"GD phase (η = {Settings.GdLearningRate}, stop: {Settings.GdStop}): {Start.Iterations} steps, {(Start.Fitted ? "fits" : "does NOT fit")} the training set " +
        $"(accuracy {Start.TrainAccuracy:P2}; clean {AtStart.TrainAccuracyClean:P2}, random labels {AtStart.TrainAccuracyRandom:P2}), training loss {Start.TrainLoss:G4}, " +
        $"‖∇L‖ {AtStart.GradientNorm:G3}, test accuracy {AtStart.TestAccuracy:P2} on {AtStart.TestImages} images, sharpness {AtStart.Sharpness.Value:G3} ± {AtStart.Sharpness.StandardError:G2} " +
        $"(|ΔL| {AtStart.SharpnessAbsolute.Value:G3} ± {AtStart.SharpnessAbsolute.StandardError:G2}), λ₁ {AtStart.TopEigenvalue:G4}; {Start.Origin}");

    /// <summary>The table as CSV (<see cref="FashionMnistCsv.Header"/>), after <c>#</c> lines that say which data, how the GD phase ended, and each departure from the authors' scripts.</summary>
    public string ToCsv() =>
        Table.ToCsv([StartSummary, .. Departures.Select(Tables.DeparturesTable.CommentLine)]);
}
