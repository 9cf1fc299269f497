using System.Globalization;
using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Indicators;
using AnisotropicNoise.Networks;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Experiments.Regularization;

/// <summary>
/// The paper's Figs. 1, 5 and 6 (the regularization effect): every dynamic trains the network from its own random
/// initialisation (one per seed) and records, every <see cref="RegularizationSettings.RecordEvery"/> iterations, test
/// accuracy, training loss and accuracy, and the expected sharpness. Pixels are scaled to [0, 1], as in the scripts.
/// </summary>
public static class Regularization
{
    // Bump when a run's numbers would change for the same settings. 3: rows carry ‖∇L‖, λ₁ and the signed sharpness.
    private const string Format = "regularization-run-3";
    private const long InitializationStream = 11, RunStream = 12, SharpnessStream = 13, EigenvalueStream = 14;

    /// <summary>
    /// The dynamic <paramref name="which"/> under the scripts' protocol: GD the full gradient; GLD const the gradient plus
    /// <c>N(0, σ²I)</c>; GLD dynamic and GLD diag the gradient plus noise whose size matches SGD's at the batch size,
    /// isotropic (<c>Σ Var / D</c>) or per coordinate, from the variance of <see cref="RegularizationSettings.CovarianceBatches"/>
    /// minibatch gradients re-estimated every <see cref="RegularizationSettings.NoiseRefreshEvery"/> steps; SGD minibatches without replacement.
    /// </summary>
    public static Dynamic Create(PaperDynamic which, RegularizationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var variance = CovarianceEstimator.Minibatch(settings.CovarianceBatchSize, settings.CovarianceBatches);
        var matched = NoiseMagnitude.MatchedToSgd(variance);
        return which switch
        {
            PaperDynamic.Gd => Dynamic.GradientDescent,
            PaperDynamic.GldConst => Dynamic.Langevin(new IsotropicNoise(NoiseMagnitude.FixedGradientVariance(settings.GldConstSigma * settings.GldConstSigma))),
            PaperDynamic.GldDynamic => Dynamic.Langevin(new IsotropicNoise(matched), settings.NoiseRefreshEvery),
            PaperDynamic.GldDiag => Dynamic.Langevin(new DiagonalNoise(variance, matched), settings.NoiseRefreshEvery),
            PaperDynamic.Sgd => Dynamic.Sgd(settings.BatchSize, withReplacement: false),
            _ => throw new ArgumentOutOfRangeException(nameof(which), which, "not one of the scripts' five dynamics."),
        };
    }

    /// <summary>
    /// Runs every dynamic for every seed on <paramref name="data"/>. With <paramref name="checkpointDirectory"/>, every
    /// finished run is kept there and skipped by a re-run with the same settings and data, and an unfinished run resumes
    /// from its last recorded point. Progress counts recorded points. The rows are the same for any thread count.
    /// </summary>
    public static RegularizationResult Run(
        RegularizationSettings settings, RegularizationData data, string? checkpointDirectory = null,
        IProgress<ExperimentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(data);
        settings.Validate();
        var network = Vgg.Create(new ImageShape(data.Training.Channels, data.Training.Rows, data.Training.Columns), settings.Features, settings.Classifier, data.Training.ClassCount);
        var training = new NetworkObjective(network, data.Training.ToExamples(low: 0, high: 1), settings.MaxDegreeOfParallelism, settings.Precision);
        var test = new NetworkObjective(network, data.Test.ToExamples(low: 0, high: 1), settings.MaxDegreeOfParallelism, settings.Precision);
        var store = new RunStore<RegularizationRow>(checkpointDirectory, RegularizationRow.Format, RegularizationRow.Parse);
        string dataKey = data.Training.Identity() + data.Test.Identity();
        var runs = settings.Dynamics.SelectMany(d => settings.Seeds.Select(seed => new SeededRun<RegularizationRow>(
            Key(settings, dataKey, d, seed), settings.IterationsOf(d), Create(d, settings), new GradientStep(settings.LearningRate),
            () => InitialParameters(settings, network, d, seed), () => RandomStream.ForTask(RandomStream.DeriveSeed(settings.Seed, RunStream), seed),
            (iteration, theta) => Measure(settings, training, test, d, seed, iteration, theta)))).ToArray();
        var counter = new ProgressCounter(progress, runs.Sum(r => SeededRuns.Stretches(r.Iterations, settings.RecordEvery)));
        var finished = SeededRuns.Run(runs, training, settings.RecordEvery, store, settings.ConcurrentRuns, counter, cancellationToken);
        return new RegularizationResult(settings, new RegularizationTable(data.Description, data.IsStandIn, [.. finished.SelectMany(r => r)]));
    }

    /// <summary>
    /// The random initialisation of <paramref name="network"/> that <paramref name="dynamic"/> starts from under
    /// <paramref name="seed"/>: the same for every dynamic when <see cref="RegularizationSettings.SharedInitialization"/>.
    /// </summary>
    public static double[] InitialParameters(RegularizationSettings settings, Sequential network, PaperDynamic dynamic, int seed)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(network);
        long perSeed = RandomStream.DeriveSeed(RandomStream.DeriveSeed(settings.Seed, InitializationStream), seed);
        return network.InitializeParameters(settings.SharedInitialization ? perSeed : RandomStream.DeriveSeed(perSeed, 1 + (long)dynamic));
    }

    private static RegularizationRow Measure(
        RegularizationSettings settings, NetworkObjective training, NetworkObjective test, PaperDynamic which, int seed, int iteration, double[] theta)
    {
        int pairs = settings.SharpnessDraws / 2;
        long point = seed * 1_000_003L + iteration;
        var sharpness = ExpectedSharpness.Estimate(training, theta, PointSeed(settings, SharpnessStream, point), settings.SharpnessSigma, relativeError: 0, minPairs: pairs, maxPairs: pairs);
        var gradient = new double[theta.Length];
        double loss = training.Gradient(theta, gradient);
        double topEigenvalue = HessianAt.Of(training, theta, PointSeed(settings, EigenvalueStream, point)).Eigenvalues(1, settings.TopEigenvalueBudget)[0];
        return new RegularizationRow(which.DisplayName(), seed, iteration, test.Accuracy(theta), loss, training.Accuracy(theta),
            Math.Sqrt(gradient.Sum(g => g * g)), topEigenvalue, Estimate.Of(sharpness.Signed), Estimate.Of(sharpness.Absolute));
    }

    private static long PointSeed(RegularizationSettings settings, long stream, long point) =>
        RandomStream.DeriveSeed(RandomStream.DeriveSeed(settings.Seed, stream), point);

    internal static string Key(RegularizationSettings s, string dataKey, PaperDynamic dynamic, int seed)
    {
        string text = string.Create(CultureInfo.InvariantCulture,
            $"{Format}|{dataKey}|{string.Join(' ', s.Features)}|{string.Join(' ', s.Classifier)}|{dynamic.Slug()}|{seed}|{s.Seed}|{s.LearningRate:R}|{s.IterationsOf(dynamic)}|{s.RecordEvery}|" +
            $"{s.BatchSize}|{s.GldConstSigma:R}|{s.CovarianceBatches}|{s.CovarianceBatchSize}|{s.NoiseRefreshEvery}|{s.SharpnessSigma:R}|{s.SharpnessDraws}|{s.TopEigenvalueBudget}|{s.SharedInitialization}{PrecisionSetting.KeySuffix(s.Precision)}");
        return RunKey.Of($"regularization-{dynamic.Slug()}-seed{seed}", text);
    }
}
