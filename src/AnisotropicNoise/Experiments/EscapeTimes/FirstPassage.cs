using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Experiments.EscapeTimes;

/// <summary>First-passage (exit) times of noisy gradient dynamics, over many independent runs.</summary>
public static class FirstPassage
{
    /// <summary>
    /// Exit times of overdamped Langevin dynamics <c>dX = −∇U(X) dt + √(2T) dW</c> from <paramref name="start"/>
    /// through <paramref name="exit"/>, by Euler–Maruyama with step <c>h</c>:
    /// <c>X ← X − h ∇U(X) + √(2Th) ξ</c>. A run exits in the step where it ends outside or, with the bridge
    /// correction, where the Brownian bridge between its two ends would have touched the boundary (probability
    /// <c>exp(−2 gap₀ gap₁ / (2T h))</c>, exact for a flat boundary); its exit time is that step's midpoint.
    /// </summary>
    /// <exception cref="ArgumentException">A setting is out of range, the dimensions differ, or the start is not inside.</exception>
    public static FirstPassageResult Langevin(IObjective potential, ReadOnlySpan<double> start, double temperature, IExitRule exit,
        FirstPassageSettings settings, IProgress<ExperimentProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Run(potential, start, ExitNoise.Gaussian(temperature), exit, settings, progress, cancellationToken);

    /// <summary>
    /// Exit times of <c>X ← X − h ∇U(X) + (noise increment)</c> from <paramref name="start"/> through <paramref name="exit"/>,
    /// as <see cref="Langevin"/> for any <paramref name="noise"/> (the bridge correction applies to Gaussian noise and an
    /// exit rule whose gap is a distance only: a jump process has no bridge; with position-dependent diffusion the
    /// bridge's variance is the one where the step starts, as the Euler–Maruyama step's own).
    /// </summary>
    /// <exception cref="ArgumentException">A setting is out of range, the dimensions differ, or the start is not inside.</exception>
    public static FirstPassageResult Run(IObjective potential, ReadOnlySpan<double> start, ExitNoise noise, IExitRule exit,
        FirstPassageSettings settings, IProgress<ExperimentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(noise);
        var origin = Validated(potential, start, exit, settings);
        double h = settings.Step;
        bool bridge = settings.BridgeCorrection && exit.GapIsDistance;
        return Simulate(settings, progress, cancellationToken, random =>
        {
            var x = (double[])origin.Clone();
            var gradient = new double[x.Length];
            double gap = exit.Gap(x);
            for (long n = 1; n <= settings.MaxSteps; n++)
            {
                potential.Gradient(x, gradient);
                double scale = noise.StepScale(x, h);
                double? bridgeVariance = bridge ? noise.BridgeVariance(x, h) : null;
                for (int i = 0; i < x.Length; i++) x[i] += -h * gradient[i] + scale * noise.Draw(random);
                double next = exit.Gap(x);
                if (!double.IsFinite(next)) throw new DivergenceException("Langevin", (int)Math.Min(n, int.MaxValue));
                if (next <= 0 || (bridgeVariance is double variance && random.NextDouble() < HalfSpaceExit.CrossingProbability(gap, next, variance)))
                    return (n - 0.5) * h;
                gap = next;
            }
            return double.PositiveInfinity;
        });
    }

    /// <summary>
    /// Exit times of any <paramref name="dynamic"/> of the package (SGD, GLD with any noise, heavy-tailed noise, …) run
    /// with plain gradient steps of learning rate <c>η = </c><see cref="FirstPassageSettings.Step"/> from
    /// <paramref name="start"/> through <paramref name="exit"/>. Time is <c>η</c> per iteration (the time of the SDE
    /// the dynamic approximates); a run exits at the iteration <c>n</c> after which it is outside, time <c>nη</c>: a
    /// discrete process, so no bridge correction.
    /// </summary>
    /// <exception cref="ArgumentException">A setting is out of range, the dimensions differ, or the start is not inside.</exception>
    public static FirstPassageResult Run(IObjective objective, ReadOnlySpan<double> start, Dynamic dynamic, IExitRule exit,
        FirstPassageSettings settings, IProgress<ExperimentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dynamic);
        var origin = Validated(objective, start, exit, settings);
        var optimizer = new GradientStep(settings.Step);
        return Simulate(settings, progress, cancellationToken, random =>
        {
            var run = new DynamicsStepper(objective, origin, dynamic, optimizer, random);
            while (run.Steps < settings.MaxSteps)
            {
                run.Step();
                if (exit.Gap(run.Theta) <= 0) return run.Steps * settings.Step;
            }
            return double.PositiveInfinity;
        });
    }

    private static double[] Validated(IObjective objective, ReadOnlySpan<double> start, IExitRule exit, FirstPassageSettings settings)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(exit);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        Guard.Length(start.Length, objective.Dimension, nameof(start));
        Guard.Length(exit.Dimension, objective.Dimension, nameof(exit));
        Guard.AllFinite(start, nameof(start));
        if (!(exit.Gap(start) > 0)) throw new ArgumentException("start must lie inside, before the exit boundary.", nameof(start));
        return start.ToArray();
    }

    /// <summary>Runs <see cref="FirstPassageSettings.Runs"/> independent runs, run <c>r</c> drawing from stream <c>(seed, r)</c>.</summary>
    private static FirstPassageResult Simulate(FirstPassageSettings settings, IProgress<ExperimentProgress>? progress, CancellationToken cancellationToken, Func<RandomStream, double> exitTime)
    {
        var times = new double[settings.Runs];
        int completed = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = settings.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, settings.Runs, options, r =>
        {
            times[r] = exitTime(RandomStream.ForTask(settings.Seed, r));
            progress?.Report(new ExperimentProgress(Interlocked.Increment(ref completed), settings.Runs));
        });
        return new FirstPassageResult(settings, times);
    }
}
