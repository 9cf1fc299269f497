using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.Conditions;
using AnisotropicNoise.Experiments.FashionMnist;
using AnisotropicNoise.Experiments.Seeds;
using AnisotropicNoise.Plotting;

namespace AnisotropicNoise.Cli.Commands;

/// <summary>
/// <c>conditions</c>: Proposition 2's two conditions on the FashionMNIST network, at the sharp minimum and along Fig. 3's
/// runs: the Hessian's outliers and spectral density, each noise's alignment with <c>H</c>, and the bound beside the ratio.
/// </summary>
internal sealed class ConditionsCommand : ICommand
{
    public string Name => "conditions";

    public string Summary => "Prop. 2's conditions on the FashionMNIST network along Fig. 3's runs: top eigenvalues, spectral density (SLQ), (k, d), each noise's alignment a, bound a·D/(k + D^(1−d))² beside Tr(HΣ)/Tr(HΣ̄)";

    public string Usage =>
        "anisotropic-noise conditions [--preset paper|quick|released|tiny] " + FashionMnistGdPhaseOptions.Usage + " [--at 0,500,2000] [--dynamics sgd,gld-dynamic] [--run-seed 1] [--every r] " +
        "[--top k] [--probes n] [--density-probes p] [--density-steps s] " + FashionMnistSeedOptions.Usage + " [--precision single|double] " + FashionMnistImagesOption.Usage +
        " " + FashionMnistCheckpointsOption.Usage + " [--csv] " + OutputFolder.Usage + " (" + FashionMnistSeedOptions.Meaning + "; --out writes conditions.csv, conditions-density.csv and the density chart)";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>(["csv", .. FashionMnistImagesOption.Flags]);

    public int Run(Arguments arguments, TextWriter output, TextWriter progress)
    {
        var preset = FashionMnistGdPhaseOptions.Apply(arguments, FashionMnistPreset.From(arguments, fallback: FashionMnistSettings.Paper));
        var experiment = preset with
        {
            RecordEvery = arguments.Int("every", preset.RecordEvery, min: 1),
            Precision = arguments.Precision(preset.Precision),
            Seed = FashionMnistSeedOptions.Data(arguments, preset.Seed),
        };
        var iterations = arguments.Ints("at", min: 0) ?? [0];
        var dynamics = arguments.Dynamics([PaperDynamic.Sgd, PaperDynamic.GldDynamic], PaperDynamics.All);
        int runSeed = arguments.Int("run-seed", 1, min: 0);
        var defaults = new ConditionsSettings();
        var settings = defaults with
        {
            TopCount = arguments.Int("top", defaults.TopCount, min: 2),
            TraceProbes = arguments.Int("probes", defaults.TraceProbes, min: 2),
            DensityProbes = arguments.Int("density-probes", defaults.DensityProbes, min: 2),
            DensitySteps = arguments.Int("density-steps", defaults.DensitySteps, min: 1),
            Seed = FashionMnistSeedOptions.Probes(arguments, defaults.Seed),
        };
        var images = FashionMnistImagesOption.From(arguments);
        string checkpoints = FashionMnistCheckpointsOption.Directory(arguments);
        bool csv = arguments.Flag("csv");
        var outputs = OutputFolder.From(arguments);
        arguments.EnsureAllUsed();
        UsageException.Check(settings.Validate);

        if (images.Load(experiment, progress) is not { } data) return 1;
        var (training, start) = FashionMnistExperiment.SharpMinimum(experiment, data, checkpoints, new LineProgress(progress, "GD phase: step").Steps(experiment.GdMaxIterations));
        progress.WriteLine($"sharp minimum: {start.Origin}");
        var points = Prop2Conditions.Along(experiment, training, start.Theta, dynamics, runSeed, iterations, settings, new LineProgress(progress, "points measured"));
        var rows = ConditionsRow.Of(points);
        string[] comments = [$"sharp minimum: GD stop {experiment.GdStop}, {start.Origin}; dynamics seed {runSeed}; η = {experiment.LearningRate}, m = {experiment.BatchSize}"];
        string table = DataCsv.Write(data.Description, comments, ConditionsRow.Format(rows));
        output.Write(csv ? table : ConditionsRow.Summary(rows).ToText());
        outputs.Write("conditions", table, [], progress);
        var density = DensityRow.Of(points);
        outputs.Write("conditions-density", DataCsv.Write(data.Description, comments, DensityRow.Format(density)), [("", ConditionsChart.Density(density))], progress);
        return 0;
    }
}
