using AnisotropicNoise.Experiments.EscapeTimes;
using AnisotropicNoise.Plotting;

namespace AnisotropicNoise.Cli.Commands;

/// <summary>
/// <c>escape-scaling</c>: how the mean escape time of SGD, of Gaussian noise of SGD's variance and of white noise
/// grows with <c>B/η</c>, with <c>1/H_a</c> and with <c>η</c> at fixed <c>B/η</c>, on the tunable double well.
/// </summary>
internal sealed class EscapeScalingCommand : ICommand
{
    public string Name => "escape-scaling";

    public string Summary => "escape-time scaling laws on the tunable double well: ln τ of SGD, GLD dynamic and white noise against B/η, 1/H_a and η, slopes with intervals beside the exact diffusion times";

    public string Usage =>
        "anisotropic-noise escape-scaling [--runs R] [--noise-scale κ] [--barrier ΔL] [--max-time t] [--seed S] [--threads N] [--csv] " + OutputFolder.Usage +
        " (--csv prints the cells; --out writes escape-scaling.csv, escape-scaling-slopes.csv and one chart per sweep)";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "csv" };

    public int Run(Arguments arguments, TextWriter output, TextWriter progress)
    {
        var defaults = new EscapeScalingSettings();
        var settings = defaults with
        {
            Runs = arguments.Int("runs", defaults.Runs, min: 2),
            NoiseScale = arguments.Double("noise-scale", defaults.NoiseScale, allowZero: false),
            Barrier = arguments.Double("barrier", defaults.Barrier, allowZero: false),
            MaxTime = arguments.Double("max-time", defaults.MaxTime, allowZero: false),
            Seed = arguments.Long("seed", defaults.Seed),
            MaxDegreeOfParallelism = arguments.Int("threads", defaults.MaxDegreeOfParallelism, min: 1),
        };
        bool csv = arguments.Flag("csv");
        var outputs = OutputFolder.From(arguments);
        arguments.EnsureAllUsed();
        UsageException.Check(settings.Validate);
        var (rows, slopes) = EscapeScaling.Run(settings, new LineProgress(progress, "cells"));
        var cells = EscapeScaling.Table(rows);
        var fits = EscapeScaling.SlopeTable(slopes);
        output.Write(csv ? cells.ToCsv() : cells.ToText() + Environment.NewLine + fits.ToText());
        outputs.Write("escape-scaling", cells.ToCsv(),
            Enum.GetValues<EscapeSweep>().Select(s => (EscapeScaling.SweepName(s), EscapeScalingChart.Create(rows, s))), progress);
        outputs.Write("escape-scaling-slopes", fits.ToCsv(), [], progress);
        return 0;
    }
}
