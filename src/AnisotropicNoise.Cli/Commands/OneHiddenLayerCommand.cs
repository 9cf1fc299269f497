using System.Globalization;
using AnisotropicNoise.Experiments;
using AnisotropicNoise.Plotting;

namespace AnisotropicNoise.Cli.Commands;

/// <summary><c>one-hidden-layer</c>: the paper's Fig. 4, Tr(HΣ̂) against Tr(HΣ̄̂) over training.</summary>
internal sealed class OneHiddenLayerCommand : ICommand
{
    public string Name => "one-hidden-layer";

    public string Summary => "Fig. 4: Tr(HΣ) against its isotropic equivalent while Adam trains a one-hidden-layer net";

    public string Usage =>
        "anisotropic-noise one-hidden-layer [--seed S] [--hidden n] [--epochs E] [--eta η] [--batches B] [--batch-size m] " +
        "[--threads N] [--sweep \"10,50,100,200,400\"] [--csv] [--out DIR]";

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
        string? outDirectory = arguments.Text("out");
        var widths = ParseWidths(arguments.Text("sweep"));
        arguments.EnsureAllUsed();
        if (settings.DecayEpochs > settings.Epochs) settings = settings with { DecayEpochs = settings.Epochs };
        if (widths is not null) return Sweep(settings, widths, csv, outDirectory, output, progress);

        var result = OneHiddenLayer.Run(settings, new LineProgress(progress, "epochs"));
        output.Write(csv ? result.ToCsv() : Table(result));
        if (outDirectory is not null)
        {
            string table = Path.Combine(outDirectory, "one-hidden-layer.csv");
            AtomicFile.WriteAllText(table, result.ToCsv());
            var written = ChartFiles.Save(OneHiddenLayerChart.Traces(result), outDirectory, "one-hidden-layer")
                .Concat(ChartFiles.Save(OneHiddenLayerChart.Spectrum(result), outDirectory, "one-hidden-layer-spectrum"));
            progress.WriteLine($"wrote {table}, {string.Join(", ", written)}");
        }
        return 0;
    }

    private static int Sweep(OneHiddenLayerSettings settings, IReadOnlyList<int> widths, bool csv, string? outDirectory, TextWriter output, TextWriter progress)
    {
        var sweep = OneHiddenLayer.WidthSweep(settings, widths, new LineProgress(progress, "widths"));
        var csvLines = new List<string> { "hidden_units,dimension,ratio,alignment,bound_intermediate,bound,k,d" };
        var tableLines = new List<string> { $"{"hidden",6} {"D",5} {"ratio",8} {"a",6} {"a·λ₁²·D/Tr(H)²",15} {"a·D/(k+D^(1−d))²",17} {"k",3} {"d",5}" };
        foreach (var (width, c) in widths.Zip(sweep))
        {
            csvLines.Add(string.Create(CultureInfo.InvariantCulture, $"{width},{c.Dimension},{c.Ratio:R},{c.Alignment:R},{c.Intermediate:R},{c.Bound:R},{c.K},{c.D:R}"));
            tableLines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{width,6} {c.Dimension,5} {c.Ratio,8:F1} {c.Alignment,6:F2} {c.Intermediate,15:F1} {c.Bound,17:F2} {c.K,3} {c.D,5:F2}"));
        }
        string csvText = string.Join('\n', csvLines) + "\n";
        output.Write(csv ? csvText : string.Join('\n', tableLines) + "\n");
        if (outDirectory is not null)
        {
            string table = Path.Combine(outDirectory, "one-hidden-layer-sweep.csv");
            AtomicFile.WriteAllText(table, csvText);
            var written = ChartFiles.Save(OneHiddenLayerChart.Sweep(sweep), outDirectory, "one-hidden-layer-sweep");
            progress.WriteLine($"wrote {table}, {string.Join(", ", written)}");
        }
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

    private static string Table(OneHiddenLayerResult result)
    {
        var s = result.Settings;
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"Fig. 4: {s.Examples} points, {s.HiddenUnits} hidden units (D = {s.Dimension}), Adam η = {s.LearningRate}, seed {s.Seed}; Σ̂ from {s.CovarianceBatches} minibatches of {s.CovarianceBatchSize}"),
            $"{"epoch",5} {"loss",10} {"accuracy",8} {"Tr(HΣ)",11} {"Tr(HΣ̄)",11} {"ratio",8} {"a",7}",
        };
        foreach (var e in result.Epochs)
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{e.Epoch,5} {e.Loss,10:G4} {e.Accuracy,8:F3} {e.TraceHSigma,11:G4} {e.TraceHSigmaBar,11:G4} {e.Ratio,8:F1} {e.Alignment,7:F3}"));
        var b = result.FinalBound;
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"final: ratio {b.Ratio:F1} ≥ bound a·λ₁²·D/Tr(H)² = {b.Intermediate:F1} ≥ a·D/(k + D^(1−d))² = {b.Bound:F2} (k = {b.K}, d = {b.D:F2})"));
        return string.Join('\n', lines) + "\n";
    }
}
