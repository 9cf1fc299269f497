using System.Globalization;
using AnisotropicNoise.Experiments;

namespace AnisotropicNoise.Cli.Commands;

/// <summary><c>noise-stats</c>: tail index, Gaussianity and gradient noise scales of SGD's noise at FashionMNIST's sharp minimum.</summary>
internal sealed class NoiseStatsCommand : ICommand
{
    public string Name => "noise-stats";

    public string Summary => "SGD's noise at the FashionMNIST sharp minimum: tail index pooled / per coordinate / along H's eigenvectors, Jarque-Bera, B_simple, B_noise";

    public string Usage =>
        "anisotropic-noise noise-stats [--preset paper|quick|released] [--batch-sizes 1,20,100] [--minibatches K] [--eigen k] [--random r] " +
        "[--scale-minibatches n] [--seed S] [--data DIR] [--no-npm] [--checkpoints DIR] [--csv]";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "csv", "no-npm" };

    public int Run(Arguments arguments, TextWriter output, TextWriter progress)
    {
        var experiment = FashionMnistPreset.From(arguments, fallback: "paper");
        var defaults = new NoiseStatisticsSettings();
        var settings = defaults with
        {
            BatchSizes = BatchSizes(arguments.Text("batch-sizes")) ?? defaults.BatchSizes,
            Minibatches = arguments.Int("minibatches", defaults.Minibatches, min: 16),
            EigenDirections = arguments.Int("eigen", defaults.EigenDirections, min: 0),
            RandomDirections = arguments.Int("random", defaults.RandomDirections, min: 0),
            NoiseScaleMinibatches = arguments.Int("scale-minibatches", defaults.NoiseScaleMinibatches, min: 2),
            Seed = arguments.Long("seed", defaults.Seed),
        };
        string? dataDirectory = arguments.Text("data");
        bool npm = !arguments.Flag("no-npm");
        string checkpoints = arguments.Text("checkpoints") ?? FashionMnistCheckpoint.DefaultDirectory;
        bool csv = arguments.Flag("csv");
        arguments.EnsureAllUsed();

        var data = FashionMnistData.LoadAsync(experiment, dataDirectory, download: false, npm).GetAwaiter().GetResult();
        progress.WriteLine($"data: {data.Description}");
        var (training, start) = FashionMnistExperiment.SharpMinimum(experiment, data, checkpoints, new LineProgress(progress, "GD phase: step").Steps(experiment.GdMaxIterations));
        progress.WriteLine($"sharp minimum: {start.Origin}");
        var table = NoiseStatistics.Table(NoiseStatistics.Measure(training, start.Theta, settings));
        output.Write(csv ? table.ToCsv() : table.ToText());
        return 0;
    }

    private static IReadOnlyList<int>? BatchSizes(string? text)
    {
        if (text is null) return null;
        var sizes = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out int m) && m >= 1
                ? m : throw new UsageException($"--batch-sizes: '{part}' is not a whole number ≥ 1.")).ToArray();
        return sizes.Length > 0 ? sizes : throw new UsageException("--batch-sizes must list at least one size.");
    }
}
