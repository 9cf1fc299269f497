using System.Globalization;
using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments;
using AnisotropicNoise.Plotting;

namespace AnisotropicNoise.Cli.Commands;

/// <summary><c>toy2d</c>: the two-dimensional escape experiment (Fig. 2), its success table and chart.</summary>
internal sealed class Toy2DCommand : ICommand
{
    public string Name => "toy2d";

    public string Summary => "Fig. 2: escape from a sharp 2-D minimum under GD, SGD and five GLD noises";

    public string Usage =>
        "anisotropic-noise toy2d [--repetitions N] [--seed S] [--eta η] [--noise s] [--steps T] [--batch m] " +
        "[--dynamics gd,gld-diag] [--threads N] [--csv] [--out DIR]";

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
            Steps = arguments.Int("steps", defaults.Steps, min: 1),
            SgdBatchSize = arguments.Int("batch", defaults.SgdBatchSize, min: 1),
            Dynamics = ParseDynamics(arguments.Text("dynamics")) ?? defaults.Dynamics,
            MaxDegreeOfParallelism = arguments.Int("threads", defaults.MaxDegreeOfParallelism, min: 1),
        };
        if (settings.SgdBatchSize > settings.Examples)
            throw new UsageException($"--batch must be at most the {settings.Examples} examples; got {settings.SgdBatchSize}.");
        bool csv = arguments.Flag("csv");
        string? outDirectory = arguments.Text("out");
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
        output.Write(csv ? result.ToCsv() : Table(result));
        if (outDirectory is not null)
        {
            string table = Path.Combine(outDirectory, "toy2d.csv");
            AtomicFile.WriteAllText(table, result.ToCsv());
            var written = ChartFiles.Save(Toy2DChart.Create(result), outDirectory, "toy2d");
            progress.WriteLine($"wrote {table}, {string.Join(", ", written)}");
        }
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

    private static string Table(Toy2DResult result)
    {
        var s = result.Settings;
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"Fig. 2 escape from (1, 1): N = {s.Examples}, η = {s.LearningRate}, s = {s.NoiseTrace}, {s.Steps} steps, {s.Repetitions} repetitions, seed {s.Seed}, SGD m = {s.SgdBatchSize}"),
            $"{"dynamic",-19} {"escaped",9} {"rate",7}   95% Wilson interval",
        };
        foreach (var d in result.Dynamics)
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{d.Name,-19} {d.Successes,4}/{d.Repetitions,-4} {d.Rate,7:P1}   [{d.Interval.Low:P1}, {d.Interval.High:P1}]"));
        return string.Join('\n', lines) + "\n";
    }
}
