using System.Globalization;
using AnisotropicNoise.Dynamics;

namespace AnisotropicNoise.Experiments.FashionMnist;

/// <summary>
/// The keys under which the FashionMNIST experiment keeps its runs in a <see cref="RunStore{TRow}"/>: each
/// names everything a run's rows depend on, so that a changed setting never reuses a stale run.
/// </summary>
internal static class FashionMnistRunStore
{
    /// <summary>The store of FashionMNIST rows in <paramref name="directory"/> (null: nothing is kept).</summary>
    public static RunStore<FashionMnistRow> In(string? directory) => new(directory, FashionMnistCsv.Format, FashionMnistCsv.Parse);

    // Bump when a run's numbers would change for the same settings (a new measurement, a changed noise).
    private const string Format = "fashion-mnist-run-3";

    /// <summary>The key of one run: everything its rows depend on, and no setting of the other dynamics.</summary>
    public static string Key(FashionMnistSettings s, string startKey, PaperDynamic dynamic, int seed) =>
        Hashed($"{dynamic.Slug()}-seed{seed}", string.Create(CultureInfo.InvariantCulture,
            $"{startKey}|{dynamic.Slug()}|{seed}|{s.LearningRate:R}|{s.Iterations}|{s.RecordEvery}|{NoiseSettings(s, dynamic)}{GradientSetting(s, dynamic)}|{MeasurementSettings(s)}"));

    // Joins the key only when set, so the runs kept before the setting existed stay valid.
    private static string GradientSetting(FashionMnistSettings s, PaperDynamic dynamic) =>
        s.GradientFromShuffledPass && dynamic is not (PaperDynamic.Gd or PaperDynamic.GldConst or PaperDynamic.Sgd) ? "|gradient-from-pass" : "";

    private static string NoiseSettings(FashionMnistSettings s, PaperDynamic dynamic) => dynamic switch
    {
        PaperDynamic.Gd => "",
        PaperDynamic.GldConst => string.Create(CultureInfo.InvariantCulture, $"{s.GldConstSigma:R}"),
        PaperDynamic.GldDynamic or PaperDynamic.GldDiag or PaperDynamic.Sgd => string.Create(CultureInfo.InvariantCulture, $"{s.BatchSize}"),
        PaperDynamic.GldLeading => string.Create(CultureInfo.InvariantCulture, $"{s.BatchSize}|{s.LeadingCount}|{s.NoiseRefreshEvery}|{s.LeadingScale}|{s.LeadingDrawsEveryStep}"),
        PaperDynamic.GldHessian => string.Create(CultureInfo.InvariantCulture, $"{s.BatchSize}|{s.LeadingCount}|{s.NoiseRefreshEvery}|{s.LanczosBudget}|{s.HessianSelection}{(s.HessianScale == HessianScale.TraceOfSigmaHat ? "" : "|" + s.HessianScale)}"),
        // The warm solver and the start join the key only when not the default, so the runs kept before they existed stay valid.
        PaperDynamic.GldEigenvector => string.Create(CultureInfo.InvariantCulture, $"{s.BatchSize}|{s.PowerIterations}|{s.EigenvectorRefreshEvery}|{s.EigenvectorWarmStart}|{s.EigenvectorTolerance:R}")
            + (s.EigenvectorWarmStart && s.EigenvectorWarmSolver != Noise.WarmEigenSolver.PowerIteration ? $"|{s.EigenvectorWarmSolver}" : "")
            + (s.EigenvectorStart != Noise.EigenvectorStart.Gaussian ? $"|start-{s.EigenvectorStart}" : ""),
        _ => throw new ArgumentOutOfRangeException(nameof(dynamic), dynamic, "not one of the paper's dynamics."),
    };

    /// <summary>The key of the measurement at the sharp minimum itself, shared by every run.</summary>
    public static string StartKey(FashionMnistSettings s, string startKey) => Hashed("start", $"{startKey}|{MeasurementSettings(s)}");

    private static string MeasurementSettings(FashionMnistSettings s) => string.Create(CultureInfo.InvariantCulture,
        $"{s.BatchSize}|{s.SharpnessSigma:R}|{s.SharpnessRelativeError:R}|{s.SharpnessMaxPairs}|{s.SharpnessTestImages}|{s.TestImages}|{s.RecordTestImages}|{s.TraceProbes}|{s.TopEigenvalueBudget}");

    private static string Hashed(string prefix, string text) => RunKey.Of(prefix, $"{Format}|{text}");
}
