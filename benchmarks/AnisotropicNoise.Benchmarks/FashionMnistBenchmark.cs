using System.Diagnostics;
using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments;
using AnisotropicNoise.Networks;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Benchmarks;

/// <summary>
/// Iterations per second of each FashionMNIST dynamic on the Paper preset (1,200 training images,
/// D = 11,330, m = 20, k = 20, Lanczos budget 60, 30 power steps) from the sharp minimum (the saved GD
/// phase), over at least 20 steps and 3 refresh periods after a one-step warm-up; the eight dynamics as
/// <see cref="FashionMnistDynamics"/> builds them with the scripts' cold solvers (GLD Hessian's 60-product
/// Lanczos and GLD 1st eigvec(H)'s 30 power steps, each from a random start) and the warm-started variants of those two, with Hessian-vector products per
/// refresh; then the hours the Paper preset's dynamics phase (8 × 20,000 iterations, one seed, without
/// the indicator measurements) would take at those rates.
/// </summary>
internal sealed class FashionMnistBenchmark : IBenchmark
{
    public string Name => "fashion-mnist";

    public void Run(TextWriter output)
    {
        var settings = FashionMnistSettings.Paper;
        var data = FashionMnistData.LoadAsync(settings).GetAwaiter().GetResult();
        var network = SmallCnn.Create(data.Training.Rows, data.Training.Columns, data.Training.ClassCount);
        var objective = new NetworkObjective(network, data.Training.ToExamples());
        var start = FashionMnistGdPhase.LoadOrRun(objective, settings, data, FashionMnistCheckpoint.DefaultDirectory);
        var training = new CountingObjective<NetworkObjective>(objective);
        output.WriteLine($"Paper preset: {settings.TrainingImages} training images ({data.Description}), D = {training.Dimension}, {Environment.ProcessorCount} cores");
        output.WriteLine($"start: the GD phase's sharp minimum ({start.Iterations} steps, training loss {start.TrainLoss:G4}; {start.Origin})");
        output.WriteLine($"{"dynamic",-24} {"steps",5} {"wall s",8} {"CPU s",8} {"it/s",8} {"it/CPU-s",9} {"refreshes",9} {"HVP/refresh",11} {"after 1st",9}");
        var optimizer = new GradientStep(settings.LearningRate);
        var coldSettings = settings with { EigenvectorWarmStart = false };
        var cold = PaperDynamics.All.Select(d => FashionMnistDynamics.Create(d, coldSettings)).ToArray();
        var rates = new Dictionary<string, double>();
        foreach (var dynamic in cold.Concat(WarmVariants(settings)))
            rates[dynamic.Name] = Measure(training, start.Theta, dynamic, optimizer, output);
        double coldHours = cold.Sum(d => settings.Iterations / rates[d.Name]) / 3600;
        double warmHours = cold.Sum(d => settings.Iterations / rates.GetValueOrDefault(d.Name + Warm, rates[d.Name])) / 3600;
        output.WriteLine($"paper preset projected: {coldHours:F1} h (8 dynamics × {settings.Iterations:N0} iterations, one seed, as FashionMnistDynamics builds them: cold)");
        output.WriteLine($"paper preset projected: {warmHours:F1} h (the same with GLD Hessian and GLD 1st eigvec(H) warm-started)");
    }

    private const string Warm = " warm";

    /// <summary>GLD Hessian and GLD 1st eigvec(H) as FashionMnistDynamics builds them, but warm-started with their default tolerances.</summary>
    private static Dynamic[] WarmVariants(FashionMnistSettings settings)
    {
        var matched = NoiseMagnitude.MatchedToSgd(CovarianceEstimator.ShuffledPass(settings.BatchSize));
        return
        [
            Dynamic.Langevin(new HessianNoise(settings.LeadingCount, matched, "GLD Hessian" + Warm, settings.LanczosBudget, settings.HessianSelection, warmStart: true), settings.LeadingRefreshEvery),
            Dynamic.Langevin(new HessianEigenvectorNoise(matched, "GLD 1st eigvec(H)" + Warm, settings.PowerIterations, warmStart: true, settings.EigenvectorTolerance), settings.EigenvectorRefreshEvery),
        ];
    }

    /// <summary>Times <paramref name="dynamic"/> over max(20, 3 refresh periods) steps after a one-step warm-up from the same seed, prints a row and returns its it/s.</summary>
    private static double Measure(CountingObjective<NetworkObjective> training, double[] start, Dynamic dynamic, IOptimizer optimizer, TextWriter output)
    {
        int steps = Math.Max(20, 3 * dynamic.RefreshEvery);
        long before = training.Products;
        DynamicsRunner.Run(training, start, dynamic, optimizer, 1, new RandomStream(2), Recording.FinalOnly);
        long first = training.Products - before; // the same seed: the timed run's first refresh is this one
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        before = training.Products;
        var clock = Stopwatch.StartNew();
        DynamicsRunner.Run(training, start, dynamic, optimizer, steps, new RandomStream(2), Recording.FinalOnly);
        double wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        double cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        long products = training.Products - before;
        int refreshes = dynamic.Noise is null ? 0 : (steps + dynamic.RefreshEvery - 1) / dynamic.RefreshEvery;
        string perRefresh = products == 0 ? "-" : $"{products / (double)refreshes:F1}";
        string afterFirst = products == 0 || refreshes < 2 ? "-" : $"{(products - first) / (double)(refreshes - 1):F1}";
        output.WriteLine($"{dynamic.Name,-24} {steps,5} {wall,8:F2} {cpuSeconds,8:F2} {steps / wall,8:F3} {steps / cpuSeconds,9:F3} {refreshes,9} {perRefresh,11} {afterFirst,9}");
        return steps / wall;
    }
}
