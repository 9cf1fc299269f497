using AnisotropicNoise.Curvature;
using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Dynamics.ContinuousTime;
using AnisotropicNoise.Experiments.Tables;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Experiments.EscapeTimes;

/// <summary>
/// Escape along <c>x</c> from the left minimum of <see cref="DoubleWellValley"/> under SGD and under the paper's GLD
/// noises of SGD's size (trace): isotropic (GLD dynamic), <c>|H|</c>-shaped (GLD Hessian, both eigenpairs by magnitude)
/// and all along the Hessian's top eigenvector (GLD 1st eigvec(H)). What decides the time is the noise's variance
/// along the escape direction; aligning the noise with the curvature helps when the escape runs along the sharp
/// direction (<c>H_y &lt; H_a</c>) and hinders when it runs along the flat one.
/// </summary>
public static class EscapeAlignment
{
    /// <summary>The dynamics compared, in order.</summary>
    public static IReadOnlyList<PaperDynamic> Dynamics { get; } = [PaperDynamic.Sgd, PaperDynamic.GldDynamic, PaperDynamic.GldHessian, PaperDynamic.GldEigenvector];

    /// <summary>Simulates every dynamic at every transverse curvature.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public static IReadOnlyList<EscapeAlignmentRow> Run(EscapeAlignmentSettings settings, IProgress<ExperimentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var rows = new List<EscapeAlignmentRow>();
        var well = new TunableDoubleWell(settings.Barrier, settings.Curvature, settings.TopCurvature);
        for (int c = 0; c < settings.TransverseCurvatures.Count; c++)
        {
            var valley = new DoubleWellValley(new FiniteSumDoubleWell(well, settings.NoiseScale), settings.TransverseCurvatures[c]);
            for (int d = 0; d < Dynamics.Count; d++)
            {
                var firstPassage = new FirstPassageSettings
                {
                    Step = settings.LearningRate, Runs = settings.Runs, MaxTime = settings.MaxTime,
                    Seed = RandomStream.DeriveSeed(settings.Seed, c * 10L + d), MaxDegreeOfParallelism = settings.MaxDegreeOfParallelism,
                };
                var result = FirstPassage.Run(valley, [well.LeftMinimum, 0], DynamicOf(Dynamics[d], settings.BatchSize), new HalfSpaceExit([1.0, 0], 0), firstPassage, cancellationToken: cancellationToken);
                rows.Add(new EscapeAlignmentRow(valley.TransverseCurvature, Dynamics[d].DisplayName(), ShareAlongEscape(Dynamics[d], valley), result, Exact(Dynamics[d], valley, settings)));
            }
            progress?.Report(new ExperimentProgress(c + 1, settings.TransverseCurvatures.Count));
        }
        return rows;
    }

    /// <summary>
    /// The rows (CSV: <c>transverse_curvature,dynamic,share_along_escape,runs,censored,mean,ci_low,ci_high,median,exact</c>).
    /// </summary>
    public static ResultTable Table(IEnumerable<EscapeAlignmentRow> rows) =>
        new([new("transverse_curvature", "H_y"), new("dynamic", "dynamic"), new("share_along_escape", "noise share along x at the minimum"), new("runs", "runs"),
                new("censored", "censored"), new("mean", "mean τ"), new("ci_low", "95% low"), new("ci_high", "95% high"), new("median", "median"), new("exact", "exact (x-diffusion)")],
            rows.Select(r => (IReadOnlyList<ResultCell>)
            [
                ResultCell.Of(r.TransverseCurvature, "G4"), ResultCell.Of(r.Dynamic), ResultCell.Of(r.ShareAlongEscape, "F3"), ResultCell.Of(r.Result.Settings.Runs),
                ResultCell.Of(r.Result.Censored), ResultCell.Of(r.Result.Mean.Value, "G5"), ResultCell.Of(r.Result.MeanInterval.Low, "G5"),
                ResultCell.Of(r.Result.MeanInterval.High, "G5"), ResultCell.Of(r.Result.Median, "G5"), ResultCell.Of(r.Exact, "G5"),
            ]),
            "escape along x from the left minimum of the valley, every noise of SGD's trace: mean time (iterations × η; with censored runs a lower bound) and its 95 % interval, beside the exact time of the x-diffusion where it has one");

    /// <summary>The share of the noise's trace along <c>x</c> at the minimum: SGD and GLD Hessian <c>H_a / (H_a + H_y)</c>, isotropic ½, 1st eigvec all or nothing.</summary>
    private static double ShareAlongEscape(PaperDynamic dynamic, DoubleWellValley valley)
    {
        double along = valley.Well.Curvature, across = valley.TransverseCurvature;
        return dynamic switch
        {
            PaperDynamic.GldDynamic => 0.5,
            PaperDynamic.GldEigenvector => along > across ? 1 : 0,
            PaperDynamic.Sgd or PaperDynamic.GldHessian => along / (along + across),
            _ => throw new ArgumentOutOfRangeException(nameof(dynamic), dynamic, "not among the dynamics compared here"),
        };
    }

    /// <summary>
    /// The motion along <c>x</c> is one-dimensional (the loss separates, the noise's <c>x</c>-variance depends on <c>x</c>
    /// only): SGD's diffusion is <c>η κ a²/(2B)</c>, GLD dynamic's half its trace, <c>η κ (a² + H_y)/(4B)</c>. GLD Hessian's
    /// vanishes where <c>U'' = 0</c> and GLD 1st eigvec's wherever <c>|U''| &lt; H_y</c>: no diffusion crosses there (NaN).
    /// </summary>
    private static double Exact(PaperDynamic dynamic, DoubleWellValley valley, EscapeAlignmentSettings s)
    {
        double eta = s.LearningRate, b = s.BatchSize, across = s.NoiseScale * valley.TransverseCurvature;
        Func<double, double>? diffusion = dynamic switch
        {
            PaperDynamic.Sgd => x => eta * valley.Along.ExampleGradientVariance(x) / (2 * b),
            PaperDynamic.GldDynamic => x => eta * (valley.Along.ExampleGradientVariance(x) + across) / (4 * b),
            _ => null,
        };
        return diffusion is null ? double.NaN : new ScalarDiffusion(valley.Well.Slope, diffusion).MeanFirstPassage(valley.Well.LeftMinimum, 0);
    }

    private static Dynamic DynamicOf(PaperDynamic which, int batch)
    {
        var matched = NoiseMagnitude.MatchedToSgd(CovarianceEstimator.Exact(batch, withReplacement: true));
        return which switch
        {
            PaperDynamic.Sgd => Dynamic.Sgd(batch),
            PaperDynamic.GldDynamic => Dynamic.Langevin(new IsotropicNoise(matched)),
            PaperDynamic.GldHessian => Dynamic.Langevin(new HessianNoise(2, matched, selection: EigenSelection.LargestMagnitude)),
            PaperDynamic.GldEigenvector => Dynamic.Langevin(new HessianEigenvectorNoise(matched)),
            _ => throw new ArgumentOutOfRangeException(nameof(which), which, "not among the dynamics compared here"),
        };
    }
}
