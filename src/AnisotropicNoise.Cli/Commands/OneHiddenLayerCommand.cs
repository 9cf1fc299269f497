using System.Globalization;
using AnisotropicNoise.Experiments.OneHiddenLayer;
using AnisotropicNoise.Plotting;

namespace AnisotropicNoise.Cli.Commands;

/// <summary><c>one-hidden-layer</c>: the paper's Fig. 4, Tr(HΣ̂) against Tr(HΣ̄̂) over training.</summary>
internal sealed class OneHiddenLayerCommand : ICommand
{
    public string Name => "one-hidden-layer";

    public string Summary => "Fig. 4: Tr(HΣ) against its isotropic equivalent while Adam trains a one-hidden-layer net";

    public string Usage =>
        "anisotropic-noise one-hidden-layer [--seed S] [--hidden n] [--epochs E] [--eta η] [--batches B] [--batch-size m] " +
        "[--threads N] [--sweep \"10,50,100,200,400\"] [--csv] " + OutputFolder.Usage;

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "csv" };

    public int Run(Arguments arguments, TextWriter output, TextWriter progress)
    {
        var defaults = new OneHiddenLayerSettings();
        var settings = defaults with
        {
            Seed = arguments.Long("seed", defaults.Seed),
            HiddenUnits = arguments.Int("hidden", defaults.HiddenUnits, min: 2),
            Epochs = arguments.Int("epochs", defaults.Epochs, min: 1),
            LearningRate = arguments.Double("eta", defaults.LearningRate, allowZero: false),
            CovarianceBatches = arguments.Int("batches", defaults.CovarianceBatches, min: 2),
            CovarianceBatchSize = arguments.Int("batch-size", defaults.CovarianceBatchSize, min: 1),
            MaxDegreeOfParallelism = arguments.Int("threads", defaults.MaxDegreeOfParallelism, min: 1),
        };
        bool csv = arguments.Flag("csv");
        var outputs = OutputFolder.From(arguments);
        var widths = ParseWidths(arguments.Text("sweep"));
        arguments.EnsureAllUsed();
        if (settings.DecayEpochs > settings.Epochs) settings = settings with { DecayEpochs = settings.Epochs };
        if (widths is not null) return Sweep(settings, widths, csv, outputs, output, progress);

        var result = OneHiddenLayer.Run(settings, new LineProgress(progress, "epochs"));
        var table = result.Table;
        output.Write(csv ? table.ToCsv() : table.ToText());
        outputs.Write("one-hidden-layer", table.ToCsv(), [("", OneHiddenLayerChart.Traces(result)), ("spectrum", OneHiddenLayerChart.Spectrum(result))], progress);
        return 0;
    }

    private static int Sweep(OneHiddenLayerSettings settings, IReadOnlyList<int> widths, bool csv, OutputFolder outputs, TextWriter output, TextWriter progress)
    {
        var sweep = OneHiddenLayer.WidthSweep(settings, widths, new LineProgress(progress, "widths"));
        var table = OneHiddenLayer.SweepTable(sweep);
        output.Write(csv ? table.ToCsv() : table.ToText());
        outputs.Write("one-hidden-layer-sweep", table.ToCsv(), [("", OneHiddenLayerChart.Sweep(sweep))], progress);
        return 0;
    }

    private static IReadOnlyList<int>? ParseWidths(string? text)
    {
        if (text is null) return null;
        var widths = new List<int>();
        foreach (string part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out int width) || width < 2 || width % 2 != 0)
                throw new UsageException($"--sweep: '{part}' is not an even number of hidden units ≥ 2.");
            widths.Add(width);
        }
        if (widths.Count == 0) throw new UsageException("--sweep must list at least one width.");
        return widths;
    }
}
