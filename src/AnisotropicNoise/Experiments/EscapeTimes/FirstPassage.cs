using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Experiments;

/// <summary>First-passage (exit) times of noisy gradient dynamics, over many independent runs.</summary>
public static class FirstPassage
{
    /// <summary>
    /// Exit times of overdamped Langevin dynamics <c>dX = −∇U(X) dt + √(2T) dW</c> from <paramref name="start"/>
    /// through <paramref name="exit"/>, by Euler–Maruyama with step <c>h</c>:
    /// <c>X ← X − h ∇U(X) + √(2Th) ξ</c>. A run exits in the step where it ends outside or, with the bridge
    /// correction, where the Brownian bridge between its two ends would have touched the hyperplane (probability
    /// <c>exp(−gap₀ gap₁ / (T h))</c>); its exit time is that step's midpoint.
    /// </summary>
    /// <exception cref="ArgumentException">A setting is out of range, the dimensions differ, or the start is not inside.</exception>
    public static FirstPassageResult Langevin(IObjective potential, ReadOnlySpan<double> start, double temperature, HalfSpaceExit exit,
        FirstPassageSettings settings, IProgress<ExperimentProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Run(potential, start, ExitNoise.Gaussian(temperature), exit, settings, progress, cancellationToken);

    /// <summary>
    /// Exit times of <c>X ← X − h ∇U(X) + (noise increment)</c> from <paramref name="start"/> through <paramref name="exit"/>,
    /// as <see cref="Langevin"/> for any <paramref name="noise"/> (the bridge correction applies to Gaussian noise only:
    /// a jump process has no bridge).
    /// </summary>
    /// <exception cref="ArgumentException">A setting is out of range, the dimensions differ, or the start is not inside.</exception>
    public static FirstPassageResult Run(IObjective potential, ReadOnlySpan<double> start, ExitNoise noise, HalfSpaceExit exit,
        FirstPassageSettings settings, IProgress<ExperimentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(noise);
        ArgumentNullException.ThrowIfNull(potential);
        ArgumentNullException.ThrowIfNull(exit);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        Guard.Length(start.Length, potential.Dimension, nameof(start));
        Guard.Length(exit.Dimension, potential.Dimension, nameof(exit));
        Guard.AllFinite(start, nameof(start));
        if (!(exit.Gap(start) > 0)) throw new ArgumentException("start must lie inside, before the exit hyperplane.", nameof(start));
        var origin = start.ToArray();
        var times = new double[settings.Runs];
        int completed = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = settings.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, settings.Runs, options, r =>
        {
            times[r] = ExitTime(potential, origin, noise, exit, settings, RandomStream.ForTask(settings.Seed, r));
            progress?.Report(new ExperimentProgress(Interlocked.Increment(ref completed), settings.Runs));
        });
        return new FirstPassageResult(settings, times);
    }

    private static double ExitTime(IObjective potential, double[] origin, ExitNoise noise, HalfSpaceExit exit, FirstPassageSettings settings, RandomStream random)
    {
        double h = settings.Step;
        double? bridgeVariance = settings.BridgeCorrection ? noise.BridgeVariance(h) : null;
        var x = (double[])origin.Clone();
        var gradient = new double[x.Length];
        double gap = exit.Gap(x);
        for (long n = 1; n <= settings.MaxSteps; n++)
        {
            potential.Gradient(x, gradient);
            for (int i = 0; i < x.Length; i++) x[i] += -h * gradient[i] + noise.Increment(random, h);
            double next = exit.Gap(x);
            if (!double.IsFinite(next)) throw new DivergenceException("Langevin", (int)Math.Min(n, int.MaxValue));
            if (next <= 0 || (bridgeVariance is double variance && random.NextDouble() < HalfSpaceExit.CrossingProbability(gap, next, variance)))
                return (n - 0.5) * h;
            gap = next;
        }
        return double.PositiveInfinity;
    }
}
