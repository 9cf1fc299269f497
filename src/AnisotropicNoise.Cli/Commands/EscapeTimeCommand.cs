using AnisotropicNoise.Experiments.EscapeTimes;
using AnisotropicNoise.Landscapes;

namespace AnisotropicNoise.Cli.Commands;

/// <summary><c>escape-time</c>: first-passage times of Langevin dynamics, against the exact mean.</summary>
internal sealed class EscapeTimeCommand : ICommand
{
    public string Name => "escape-time";

    public string Summary => "mean first-passage time out of the double well (constant or position-dependent Gaussian noise, or α-stable), simulated beside the exact value and Kramers' limit";

    public string Usage =>
        "anisotropic-noise escape-time --landscape double-well [--height k] [--width w] [--temperature T [--diffusion-quadratic a] | --alpha α [--scale σ]] " +
        "[--step h] [--runs R] [--max-time t] [--no-bridge] [--seed S] [--threads N] [--csv]  (--diffusion-quadratic: Gaussian noise of diffusion D(x) = T(1 + a x²), Itô; " +
        "--alpha: symmetric α-stable noise of scale σ; exact and kramers are then NaN)";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "csv", "no-bridge" };

    public int Run(Arguments arguments, TextWriter output, TextWriter progress)
    {
        string landscape = arguments.Text("landscape") ?? "double-well";
        if (landscape != "double-well") throw new UsageException($"--landscape: only double-well is available, not '{landscape}'.");
        var defaults = new FirstPassageSettings();
        var well = new DoubleWell(arguments.Double("height", 1, allowZero: false), arguments.Double("width", 1, allowZero: false));
        bool stable = arguments.Text("alpha") is not null;
        if (stable && arguments.Text("temperature") is not null)
            throw new UsageException("--temperature sets Gaussian noise and --alpha α-stable noise: give one of them.");
        if (!stable && arguments.Text("scale") is not null)
            throw new UsageException("--scale belongs to α-stable noise: give --alpha too, or --temperature for Gaussian noise.");
        if (stable && arguments.Text("diffusion-quadratic") is not null)
            throw new UsageException("--diffusion-quadratic belongs to Gaussian noise: give --temperature, not --alpha.");
        var noise = stable
            ? ExitNoise.Stable(arguments.Double("alpha", 2, allowZero: false), arguments.Double("scale", 1, allowZero: false))
            : ExitNoise.Gaussian(arguments.Double("temperature", 0.25, allowZero: false), arguments.Double("diffusion-quadratic", 0));
        var settings = defaults with
        {
            Step = arguments.Double("step", defaults.Step, allowZero: false),
            Runs = arguments.Int("runs", defaults.Runs, min: 2),
            MaxTime = arguments.Double("max-time", defaults.MaxTime, allowZero: false),
            BridgeCorrection = !arguments.Flag("no-bridge"),
            Seed = arguments.Long("seed", defaults.Seed),
            MaxDegreeOfParallelism = arguments.Int("threads", defaults.MaxDegreeOfParallelism, min: 1),
        };
        bool csv = arguments.Flag("csv");
        arguments.EnsureAllUsed();
        var result = DoubleWellEscape.Run(well, noise, settings, new LineProgress(progress, "runs"));
        var table = DoubleWellEscape.Table([(well, noise, result)]);
        output.Write(csv ? table.ToCsv() : table.ToText());
        return 0;
    }
}
