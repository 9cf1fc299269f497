using System.Globalization;

namespace AnisotropicNoise.Experiments.FashionMnist;

/// <summary>
/// The sentence (and results file's <c>#</c> line) that describes a start: the GD phase's measurements, then how this run
/// obtained the start (<see cref="FashionMnistStart.Origin"/>). Written and read here, so that the two stay one format.
/// </summary>
internal static class FashionMnistStartLine
{
    /// <summary>How the sentence begins.</summary>
    public const string Prefix = "GD phase (";

    private const string OriginSeparator = "; ", CheckpointExtension = ".bin";

    /// <summary>GD phase steps, fit, training loss and accuracy, gradient norm, test accuracy, sharpness, <c>λ₁</c>; then the origin.</summary>
    public static string Write(FashionMnistSettings settings, FashionMnistStart start, FashionMnistRow atStart) => string.Create(CultureInfo.InvariantCulture,
        $"{Prefix}η = {settings.GdLearningRate}, stop: {settings.GdStop}): {start.Iterations} steps, {(start.Fitted ? "fits" : "does NOT fit")} the training set " +
        $"(accuracy {start.TrainAccuracy:P2}; clean {atStart.TrainAccuracyClean:P2}, random labels {atStart.TrainAccuracyRandom:P2}), training loss {start.TrainLoss:G4}, " +
        $"‖∇L‖ {atStart.GradientNorm:G3}, test accuracy {atStart.TestAccuracy:P2} on {atStart.TestImages} images, sharpness {atStart.Sharpness.Value:G3} ± {atStart.Sharpness.StandardError:G2} " +
        $"(|ΔL| {atStart.SharpnessAbsolute.Value:G3} ± {atStart.SharpnessAbsolute.StandardError:G2}), λ₁ {atStart.TopEigenvalue:G4}{OriginSeparator}{start.Origin}");

    /// <summary>
    /// What two runs from one start share: the measurements and the checkpoint's file name, not whether this run loaded,
    /// computed or resumed it.
    /// </summary>
    public static string WithoutOrigin(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        int origin = line.IndexOf(OriginSeparator, line.IndexOf("λ₁ ", StringComparison.Ordinal) + 1, StringComparison.Ordinal);
        if (origin < 0) return line;
        string checkpoint = line.Split(' ')[^1];
        return line[..origin] + (checkpoint.EndsWith(CheckpointExtension, StringComparison.Ordinal) ? " " + checkpoint : "");
    }
}
