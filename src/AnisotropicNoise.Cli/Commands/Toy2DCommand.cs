using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.Toy2D;
using AnisotropicNoise.Plotting;

namespace AnisotropicNoise.Cli.Commands;

/// <summary><c>toy2d</c>: the two-dimensional escape experiment (Fig. 2), its success table and chart.</summary>
internal sealed class Toy2DCommand : ICommand
{
    public string Name => "toy2d";

    public string Summary => "Fig. 2: escape from a sharp 2-D minimum under GD, SGD and five GLD noises";

    public string Usage =>
        "anisotropic-noise toy2d [--repetitions N] [--seed S] [--eta η] [--noise s] [--alpha α] [--steps T] [--batch m] " +
        "[--dynamics gd,gld-diag] [--threads N] [--csv] " + OutputFolder.Usage;

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "csv" };

    public int Run(Arguments arguments, TextWriter output, TextWriter progress)
    {
        var defaults = new Toy2DSettings();
        var settings = defaults with
        {
            Repetitions = arguments.Int("repetitions", defaults.Repetitions, min: 1),
            Seed = arguments.Long("seed", defaults.Seed),
            LearningRate = arguments.Double("eta", defaults.LearningRate, allowZero: false),
            NoiseTrace = arguments.Double("noise", defaults.NoiseTrace),
            NoiseTailIndex = arguments.Double("alpha", defaults.NoiseTailIndex, allowZero: false),
            Steps = arguments.Int("steps", defaults.Steps, min: 1),
            SgdBatchSize = arguments.Int("batch", defaults.SgdBatchSize, min: 1),
            Dynamics = ParseDynamics(arguments.Text("dynamics")) ?? defaults.Dynamics,
            MaxDegreeOfParallelism = arguments.Int("threads", defaults.MaxDegreeOfParallelism, min: 1),
        };
        if (settings.SgdBatchSize > settings.Examples)
            throw new UsageException($"--batch must be at most the {settings.Examples} examples; got {settings.SgdBatchSize}.");
        bool csv = arguments.Flag("csv");
        var outputs = OutputFolder.From(arguments);
        arguments.EnsureAllUsed();

        Toy2DResult result;
        try
        {
            result = Toy2D.Run(settings, new LineProgress(progress, "repetitions"));
        }
        catch (DivergenceException e)
        {
            progress.WriteLine($"error: {e.Message}");
            return 1;
        }
        var table = result.Table;
        output.Write(csv ? table.ToCsv() : table.ToText());
        outputs.Write("toy2d", table.ToCsv(), [("", Toy2DChart.Create(result))], progress);
        return 0;
    }

    private static IReadOnlyList<PaperDynamic>? ParseDynamics(string? text)
    {
        if (text is null) return null;
        var names = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0) throw new UsageException("--dynamics must name at least one dynamic.");
        return names.Select(name => PaperDynamics.TryParse(name) is PaperDynamic d && Toy2DDynamics.All.Contains(d) ? d
            : throw new UsageException($"--dynamics: unknown dynamic '{name}'; choose from {string.Join(", ", Toy2DDynamics.All.Select(d => d.Slug()))} (or their names in the paper).")).ToArray();
    }
}
