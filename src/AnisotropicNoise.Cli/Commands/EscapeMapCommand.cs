using System.Globalization;
using AnisotropicNoise.Experiments.EscapeMap;
using AnisotropicNoise.Plotting;

namespace AnisotropicNoise.Cli.Commands;

/// <summary><c>escape-map</c>: Fig. 2's escape rates over a grid of noise traces and learning rates.</summary>
internal sealed class EscapeMapCommand : ICommand
{
    public string Name => "escape-map";

    public string Summary => "escape rate of each noise structure of Fig. 2 over a grid of noise traces s and learning rates η";

    public string Usage =>
        "anisotropic-noise escape-map [--traces \"0.0025,0.005,0.01,0.02,0.04\"] [--etas \"0.00125,0.0025,0.005,0.01,0.02\"] [--repetitions R] [--steps T] " +
        "[--seed S] [--threads N] [--csv] " + OutputFolder.Usage;

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "csv" };

    public int Run(Arguments arguments, TextWriter output, TextWriter progress)
    {
        var defaults = new EscapeMapSettings();
        var settings = defaults with
        {
            NoiseTraces = List(arguments.Text("traces"), "--traces") ?? defaults.NoiseTraces,
            LearningRates = List(arguments.Text("etas"), "--etas") ?? defaults.LearningRates,
            Base = defaults.Base with
            {
                Repetitions = arguments.Int("repetitions", defaults.Base.Repetitions, min: 1),
                Steps = arguments.Int("steps", defaults.Base.Steps, min: 1),
                Seed = arguments.Long("seed", defaults.Base.Seed),
                MaxDegreeOfParallelism = arguments.Int("threads", defaults.Base.MaxDegreeOfParallelism, min: 1),
            },
        };
        bool csv = arguments.Flag("csv");
        var outputs = OutputFolder.From(arguments);
        arguments.EnsureAllUsed();
        var cells = EscapeMap.Run(settings, new LineProgress(progress, "grid points"));
        var table = EscapeMap.Table(cells);
        output.Write(csv ? table.ToCsv() : table.ToText());
        outputs.Write("escape-map", table.ToCsv(), [("", EscapeMapChart.Create(cells))], progress);
        return 0;
    }

    private static IReadOnlyList<double>? List(string? text, string option)
    {
        if (text is null) return null;
        var values = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) && v > 0
                ? v : throw new UsageException($"{option}: '{part}' is not a positive number.")).ToArray();
        return values.Length > 0 ? values : throw new UsageException($"{option} must list at least one value.");
    }
}
