using AnisotropicNoise.Experiments.EscapeTimes;

namespace AnisotropicNoise.Cli.Commands;

/// <summary>
/// <c>escape-valley</c>: escape along the double well of a two-dimensional valley under SGD and under the paper's GLD
/// noises of SGD's trace, as the curvature across the valley goes from below the well's to above it.
/// </summary>
internal sealed class EscapeValleyCommand : ICommand
{
    public string Name => "escape-valley";

    public string Summary => "escape along x from a 2-D valley (double well × parabola H_y): SGD against isotropic, Hessian-shaped and top-eigenvector noise of SGD's trace, H_y below and above the well's curvature";

    public string Usage => "anisotropic-noise escape-valley [--runs R] [--max-time t] [--seed S] [--threads N] [--csv] " + OutputFolder.Usage + " (--out writes escape-valley.csv)";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "csv" };

    public int Run(Arguments arguments, TextWriter output, TextWriter progress)
    {
        var defaults = new EscapeAlignmentSettings();
        var settings = defaults with
        {
            Runs = arguments.Int("runs", defaults.Runs, min: 2),
            MaxTime = arguments.Double("max-time", defaults.MaxTime, allowZero: false),
            Seed = arguments.Long("seed", defaults.Seed),
            MaxDegreeOfParallelism = arguments.Int("threads", defaults.MaxDegreeOfParallelism, min: 1),
        };
        bool csv = arguments.Flag("csv");
        var outputs = OutputFolder.From(arguments);
        arguments.EnsureAllUsed();
        UsageException.Check(settings.Validate);
        var table = EscapeAlignment.Table(EscapeAlignment.Run(settings, new LineProgress(progress, "curvatures")));
        output.Write(csv ? table.ToCsv() : table.ToText());
        outputs.Write("escape-valley", table.ToCsv(), [], progress);
        return 0;
    }
}
