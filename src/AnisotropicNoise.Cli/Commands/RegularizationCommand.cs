using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments;

namespace AnisotropicNoise.Cli.Commands;

/// <summary><c>regularization</c>: the protocol of the paper's Figs. 1, 5 and 6, each dynamic trained from its own random initialisation.</summary>
internal sealed class RegularizationCommand : ICommand
{
    public string Name => "regularization";

    public string Summary => "Figs. 1, 5, 6 protocol: GD, GLD const/dynamic/diag and SGD each trained from a random initialisation; test accuracy and sharpness along training";

    public string Usage =>
        "anisotropic-noise regularization [--preset quick] [--images standin|fashion-mnist] [--training-images N] [--test-images N] [--iterations T] [--every r] " +
        "[--seeds 1,2,3] [--dynamics gd,gld-const,gld-dynamic,gld-diag,sgd] [--threads N] [--runs-at-once K] [--checkpoints DIR] [--data DIR] [--no-npm] [--csv]";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string> { "csv", "no-npm" };

    public int Run(Arguments arguments, TextWriter output, TextWriter progress)
    {
        var preset = arguments.Text("preset") switch
        {
            null or "quick" => RegularizationSettings.Quick,
            string other => throw new UsageException($"--preset must be quick (cpu and paper are not defined yet), not '{other}'."),
        };
        var settings = preset with
        {
            TrainingImages = arguments.Int("training-images", preset.TrainingImages, min: 2),
            TestImages = arguments.Int("test-images", preset.TestImages, min: 1),
            Iterations = arguments.Int("iterations", preset.Iterations, min: 1),
            RecordEvery = arguments.Int("every", preset.RecordEvery, min: 1),
            Seeds = arguments.Ints("seeds", min: 0) ?? preset.Seeds,
            Dynamics = arguments.Text("dynamics") is string names
                ? names.Split(',').Select(n => PaperDynamics.TryParse(n) ?? throw new UsageException($"--dynamics: no dynamic named '{n}'.")).ToArray()
                : preset.Dynamics,
            MaxDegreeOfParallelism = arguments.Int("threads", preset.MaxDegreeOfParallelism, min: 1),
            ConcurrentRuns = arguments.Int("runs-at-once", preset.ConcurrentRuns, min: 1),
        };
        string images = arguments.Text("images") ?? "standin";
        if (images is not ("standin" or "fashion-mnist")) throw new UsageException($"--images must be standin or fashion-mnist, not '{images}'.");
        string? checkpoints = arguments.Text("checkpoints");
        string? dataDirectory = arguments.Text("data");
        bool npm = !arguments.Flag("no-npm");
        bool csv = arguments.Flag("csv");
        arguments.EnsureAllUsed();
        try
        {
            settings.Validate();
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }

        var data = images == "standin"
            ? RegularizationData.StandIn(settings)
            : RegularizationData.FashionMnistAsync(settings, dataDirectory, download: false, npm).GetAwaiter().GetResult();
        progress.WriteLine($"data: {data.Description}");
        var result = Regularization.Run(settings, data, checkpoints, new LineProgress(progress, "recorded points"));
        output.Write(csv ? result.Table.ToCsv() : result.Table.ToText());
        return 0;
    }
}
