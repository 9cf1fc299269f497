using System.Diagnostics;
using AnisotropicNoise.Curvature;
using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.FashionMnist;
using AnisotropicNoise.Indicators;
using AnisotropicNoise.Networks;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Benchmarks;

/// <summary>
/// Iterations per second of each FashionMNIST dynamic on the Paper preset (1,200 training images,
/// D = 11,330, m = 20, k = 20, Lanczos budget 60, 30 power steps) from the sharp minimum (the saved GD
/// phase), over at least 20 steps and 3 refresh periods after a one-step warm-up, with where each
/// dynamic's wall time goes (<see cref="StepProfile"/>); the eight dynamics as
/// <see cref="FashionMnistDynamics"/> builds them with the scripts' cold solvers and the warm-started
/// variants of GLD Hessian and GLD 1st eigvec(H), with Hessian-vector products per refresh, and the dynamics whose noise
/// makes Σ̂'s pass with <see cref="FashionMnistSettings.GradientFromShuffledPass"/>. Then one
/// recording point (the probe of <see cref="FashionMnistRow"/>) and its indicators with block products
/// against one product at a time, and the hours the Paper preset would take at those rates, recording
/// points included.
/// </summary>
internal sealed class FashionMnistBenchmark : IBenchmark
{
    public string Name => "fashion-mnist";

    public void Run(TextWriter output)
    {
        var settings = FashionMnistSettings.Paper;
        var data = FashionMnistData.LoadAsync(settings).GetAwaiter().GetResult();
        var network = SmallCnn.Create(data.Training.Rows, data.Training.Columns, data.Training.ClassCount);
        var objective = new NetworkObjective(network, data.Training.ToExamples(), precision: settings.Precision);
        var start = FashionMnistGdPhase.LoadOrRun(objective, settings, data, FashionMnistCheckpoint.DefaultDirectory);
        var profile = new StepProfile();
        var training = new ProfiledObjective<NetworkObjective>(objective, profile);
        output.WriteLine($"Paper preset: {settings.TrainingImages} training images ({data.Description}), D = {training.Dimension}, {Environment.ProcessorCount} cores, " +
                         $"{settings.Precision.ToString().ToLowerInvariant()} precision");
        output.WriteLine($"start: the GD phase's sharp minimum ({start.Iterations} steps, training loss {start.TrainLoss:G4}; {start.Origin})");
        output.WriteLine($"{"dynamic",-24} {"steps",5} {"wall s",8} {"CPU s",8} {"it/s",8} {"it/CPU-s",9} {"refreshes",9} {"HVP/refresh",11} {"after 1st",9}" +
                         $"   wall %: {"grad",5} {"batch",5} {"HVP",5} {"prep",5} {"draw",5} {"rest",5}");
        var optimizer = new GradientStep(settings.LearningRate);
        var coldSettings = settings with { EigenvectorWarmStart = false };
        var cold = PaperDynamics.All.Select(d => FashionMnistDynamics.Create(d, coldSettings)).ToArray();
        var rates = new Dictionary<string, double>();
        foreach (var dynamic in cold.Concat(WarmVariants(settings)).Concat(GradientFromPassVariants(settings)))
            rates[dynamic.Name] = Measure(training, profile, start.Theta, dynamic, optimizer, output);

        double pointSeconds = RecordingPoint(network, data, settings, start.Theta, output);
        int points = settings.Iterations / settings.RecordEvery;
        double recordingHours = cold.Length * points * pointSeconds / 3600;
        double coldHours = cold.Sum(d => settings.Iterations / rates[d.Name]) / 3600;
        // The fastest variant of each dynamic: as the settings build it, warm-started (GLD 1st eigvec(H): power iteration or Lanczos) or with ∇L from Σ̂'s pass.
        double Hours(Func<string, bool> counts) => cold.Sum(d => settings.Iterations / rates.Where(r => r.Key == d.Name || counts(r.Key) && r.Key.StartsWith(d.Name + " ", StringComparison.Ordinal)).Max(r => r.Value)) / 3600;
        double warmHours = Hours(name => !name.Contains(FromPass, StringComparison.Ordinal));
        double fastestHours = Hours(_ => true);
        string what = $"8 dynamics × {settings.Iterations:N0} iterations, one seed, {points} recording points each ({recordingHours:F1} h of them)";
        output.WriteLine($"paper preset projected: {coldHours + recordingHours:F1} h ({what}; GLD Hessian and GLD 1st eigvec(H) cold, as the scripts)");
        output.WriteLine($"paper preset projected: {warmHours + recordingHours:F1} h (the same with GLD Hessian and GLD 1st eigvec(H) warm-started, the faster warm solver of each)");
        output.WriteLine($"paper preset projected: {fastestHours + recordingHours:F1} h (the same with ∇L from Σ̂'s pass too, {nameof(FashionMnistSettings.GradientFromShuffledPass)}: the fastest variant of each; today's defaults)");
    }

    private const string Warm = " warm";
    private const string FromPass = " ∇L from pass";

    /// <summary>
    /// The dynamics whose refresh makes Σ̂'s shuffled pass, with <see cref="FashionMnistSettings.GradientFromShuffledPass"/>: as the
    /// settings build them, and GLD 1st eigvec(H) warm by Lanczos (its fastest solver) too.
    /// </summary>
    private static IEnumerable<Dynamic> GradientFromPassVariants(FashionMnistSettings settings)
    {
        var fromPass = settings with { GradientFromShuffledPass = true };
        foreach (var which in new[] { PaperDynamic.GldDynamic, PaperDynamic.GldDiag, PaperDynamic.GldLeading, PaperDynamic.GldEigenvector })
        {
            var dynamic = FashionMnistDynamics.Create(which, which == PaperDynamic.GldEigenvector ? fromPass with { EigenvectorWarmSolver = WarmEigenSolver.Lanczos } : fromPass);
            yield return dynamic with { Name = dynamic.Name + (which == PaperDynamic.GldEigenvector ? Warm + " Lanczos" : "") + FromPass };
        }
    }

    /// <summary>GLD Hessian and GLD 1st eigvec(H) as FashionMnistDynamics builds them, but warm-started with their default tolerances (GLD 1st eigvec(H) by power iteration and by Lanczos).</summary>
    private static Dynamic[] WarmVariants(FashionMnistSettings settings)
    {
        var matched = NoiseMagnitude.MatchedToSgd(CovarianceEstimator.ShuffledPass(settings.BatchSize));
        return
        [
            Dynamic.Langevin(new HessianNoise(settings.LeadingCount, matched, "GLD Hessian" + Warm, settings.LanczosBudget, settings.HessianSelection, warmStart: true), settings.NoiseRefreshEvery),
            Dynamic.Langevin(new HessianEigenvectorNoise(matched, "GLD 1st eigvec(H)" + Warm, settings.PowerIterations, warmStart: true, settings.EigenvectorTolerance), settings.EigenvectorRefreshEvery),
            Dynamic.Langevin(new HessianEigenvectorNoise(matched, "GLD 1st eigvec(H)" + Warm + " Lanczos", settings.PowerIterations, warmStart: true, settings.EigenvectorTolerance,
                WarmEigenSolver.Lanczos), settings.EigenvectorRefreshEvery),
        ];
    }

    /// <summary>Times <paramref name="dynamic"/> over max(20, 3 refresh periods) steps after a one-step warm-up from the same seed, prints a row and returns its it/s.</summary>
    private static double Measure(ProfiledObjective<NetworkObjective> training, StepProfile profile, double[] start, Dynamic dynamic, IOptimizer optimizer, TextWriter output)
    {
        int steps = Math.Max(20, 3 * dynamic.RefreshEvery);
        var profiled = dynamic with { Noise = dynamic.Noise is null ? null : new ProfiledNoise(dynamic.Noise, profile) };
        profile.Reset();
        DynamicsRunner.Run(training, start, profiled, optimizer, 1, new RandomStream(2), Recording.FinalOnly);
        long first = profile.ProductCount; // the same seed: the timed run's first refresh is this one
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        profile.Reset();
        var clock = Stopwatch.StartNew();
        DynamicsRunner.Run(training, start, profiled, optimizer, steps, new RandomStream(2), Recording.FinalOnly);
        double wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        double cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        long products = profile.ProductCount;
        int refreshes = dynamic.Noise is null ? 0 : (steps + dynamic.RefreshEvery - 1) / dynamic.RefreshEvery;
        string perRefresh = products == 0 ? "-" : $"{products / (double)refreshes:F1}";
        string afterFirst = products == 0 || refreshes < 2 ? "-" : $"{(products - first) / (double)(refreshes - 1):F1}";
        var (gradient, minibatch, hvp, prepare, sample) = profile.Seconds();
        string share(double seconds) => $"{100 * seconds / wall,5:F0}";
        output.WriteLine($"{dynamic.Name,-24} {steps,5} {wall,8:F2} {cpuSeconds,8:F2} {steps / wall,8:F3} {steps / cpuSeconds,9:F3} {refreshes,9} {perRefresh,11} {afterFirst,9}" +
                         $"           {share(gradient)} {share(minibatch)} {share(hvp)} {share(prepare)} {share(sample)} {share(wall - gradient - minibatch - hvp - prepare - sample)}");
        return steps / wall;
    }

    /// <summary>Times one intermediate recording point and its indicators with block products against one product at a time; returns the point's wall seconds.</summary>
    private static double RecordingPoint(Sequential network, FashionMnistData data, FashionMnistSettings settings, double[] theta, TextWriter output)
    {
        var probe = new FashionMnistProbe(network, data, settings);
        probe.Measure("", 0, settings.RecordEvery, theta, final: false); // warm-up
        var clock = Stopwatch.StartNew();
        probe.Measure("", 0, settings.RecordEvery, theta, final: false);
        double point = clock.Elapsed.TotalSeconds;

        var sigma = GradientCovariance.ShuffledPass(probe.Training, theta, settings.BatchSize, new RandomStream(3));
        var hessian = new HessianOperator(probe.Training, theta);
        Timing Indicators(ILinearOperator op) =>
            Timing.Once(() => EscapeIndicators.Measure(op, sigma, new RandomStream(4), settings.TraceProbes, settings.TopEigenvalueBudget));
        var (block, single) = (Indicators(hessian), Indicators(new OneAtATime(hessian)));
        var sharpnessClock = Stopwatch.StartNew();
        var sharpness = ExpectedSharpness.Estimate(probe.Training, theta, 5, settings.SharpnessSigma, settings.SharpnessRelativeError, 20, settings.SharpnessMaxPairs);
        double sharpnessSeconds = sharpnessClock.Elapsed.TotalSeconds;
        output.WriteLine($"recording point: {point:F1} s wall; of it the indicators ({sigma.Rank} Σ̂ columns, {settings.TraceProbes} Hutchinson probes, Lanczos ≤ {settings.TopEigenvalueBudget}) " +
                         $"{block.WallSeconds:F1} s with block products, {single.WallSeconds:F1} s one product at a time ({block.WallSeconds / single.WallSeconds:F2} wall, " +
                         $"{block.CpuSeconds / single.CpuSeconds:F2} CPU); training sharpness {sharpnessSeconds:F1} s ({sharpness.Pairs} antithetic pairs)");
        return point;
    }

    /// <summary>An operator that hides its block product, so every product is computed alone.</summary>
    private sealed class OneAtATime(ILinearOperator inner) : ILinearOperator
    {
        public int Dimension => inner.Dimension;

        public void Apply(ReadOnlySpan<double> v, Span<double> result) => inner.Apply(v, result);
    }
}
