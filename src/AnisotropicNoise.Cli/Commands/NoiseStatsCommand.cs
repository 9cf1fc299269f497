using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.FashionMnist;
using AnisotropicNoise.Experiments.NoiseStatistics;

namespace AnisotropicNoise.Cli.Commands;

/// <summary>
/// <c>noise-stats</c>: tail index, Gaussianity and gradient noise scales of SGD's noise at FashionMNIST's sharp minimum and,
/// with <c>--iterations</c>, along Fig. 3's run of one dynamic from there.
/// </summary>
internal sealed class NoiseStatsCommand : ICommand
{
    public string Name => "noise-stats";

    public string Summary => "SGD's noise at the FashionMNIST sharp minimum and along Fig. 3's SGD run: tail index pooled / per coordinate / along H's eigenvectors, Jarque-Bera, B_simple, B_noise";

    public string Usage =>
        "anisotropic-noise noise-stats [--preset paper|quick|released|tiny] [--batch-sizes 1,20,100] [--minibatches K] [--eigen k] [--random r] " +
        "[--scale-minibatches n] " + FashionMnistSeedOptions.Usage + " [--at 0,500,1000,2000] [--dynamic sgd] [--run-seed 1] [--every r] " +
        "[--qq FILE] [--precision single|double] " + FashionMnistImagesOption.Usage + " " + FashionMnistCheckpointsOption.Usage + " [--csv] (" + FashionMnistSeedOptions.Meaning + ")";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>(["csv", .. FashionMnistImagesOption.Flags]);

    public int Run(Arguments arguments, TextWriter output, TextWriter progress)
    {
        var preset = FashionMnistPreset.From(arguments, fallback: FashionMnistSettings.Paper);
        var experiment = preset with
        {
            RecordEvery = arguments.Int("every", preset.RecordEvery, min: 1),
            Precision = arguments.Precision(preset.Precision),
            Seed = FashionMnistSeedOptions.Data(arguments, preset.Seed),
        };
        var iterations = arguments.Ints("at", min: 0) ?? [0]; // the iterations of the run at which to measure
        var dynamic = arguments.Text("dynamic") is string name
            ? PaperDynamics.TryParse(name) ?? throw new UsageException($"--dynamic: no dynamic named '{name}'.")
            : PaperDynamic.Sgd;
        int runSeed = arguments.Int("run-seed", 1, min: 0);
        var defaults = new NoiseStatisticsSettings();
        var settings = defaults with
        {
            BatchSizes = arguments.Ints("batch-sizes", min: 1) ?? defaults.BatchSizes,
            Minibatches = arguments.Int("minibatches", defaults.Minibatches, min: 16),
            EigenDirections = arguments.Int("eigen", defaults.EigenDirections, min: 0),
            RandomDirections = arguments.Int("random", defaults.RandomDirections, min: 0),
            NoiseScaleMinibatches = arguments.Int("scale-minibatches", defaults.NoiseScaleMinibatches, min: 2),
            Seed = FashionMnistSeedOptions.Probes(arguments, defaults.Seed),
        };
        var images = FashionMnistImagesOption.From(arguments);
        string checkpoints = FashionMnistCheckpointsOption.Directory(arguments);
        bool csv = arguments.Flag("csv");
        string? quantiles = arguments.Text("qq");
        arguments.EnsureAllUsed();

        if (images.Load(experiment, progress) is not { } data) return 1;
        var (training, start) = FashionMnistExperiment.SharpMinimum(experiment, data, checkpoints, new LineProgress(progress, "GD phase: step").Steps(experiment.GdMaxIterations));
        progress.WriteLine($"sharp minimum: {start.Origin}");
        var points = NoiseStatistics.Along(experiment, training, start.Theta, dynamic, runSeed, iterations, settings, new LineProgress(progress, "points measured"));
        var table = NoiseStatisticsTable.Of(points);
        if (quantiles is not null) AtomicFile.WriteAllText(quantiles, NoiseStatisticsTable.Quantiles(points).ToCsv());
        output.Write(csv ? table.ToCsv() : table.ToText());
        return 0;
    }
}
