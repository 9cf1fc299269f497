using System.Runtime.ExceptionServices;
using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Randomness;
using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Experiments.Toy2D;

/// <summary>
/// The paper's Fig. 2: from the sharp minimum at (1, 1) of <see cref="TwoWellLandscape"/>, how often
/// does each dynamic end in the flat basin around (−1, −1)?
/// </summary>
public static class Toy2D
{
    /// <summary>
    /// Runs every dynamic of <paramref name="settings"/> for each repetition (repetitions in parallel),
    /// reporting finished repetitions to <paramref name="progress"/>. Repetition <c>r</c> draws its data
    /// from stream (seed, r, 0) and runs each dynamic on stream (seed, r, its <see cref="PaperDynamics.StreamKey"/>),
    /// so the numbers do not depend on the thread count, on which other dynamics are run, or on their order.
    /// </summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    /// <exception cref="DivergenceException">A run diverged (too large a learning rate or noise).</exception>
    public static Toy2DResult Run(Toy2DSettings settings, IProgress<ExperimentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var chosen = settings.Dynamics.ToArray();
        var dynamics = chosen.Select(d => Toy2DDynamics.Create(d, settings)).ToArray();
        var streams = chosen.Select(d => d.StreamKey()).ToArray();
        var optimizer = new GradientStep(settings.LearningRate);
        var recording = new Recording(settings.TrajectoryEvery);
        double[] start = [settings.Start.X, settings.Start.Y];
        var runs = new Trajectory[chosen.Length][];
        for (int j = 0; j < chosen.Length; j++) runs[j] = new Trajectory[settings.Repetitions];
        int completed = 0;

        var options = new ParallelOptions { MaxDegreeOfParallelism = settings.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Rethrowing(() => Parallel.For(0, settings.Repetitions, options, r =>
        {
            long seed = RandomStream.DeriveSeed(settings.Seed, r);
            var landscape = Data(settings, seed);
            for (int j = 0; j < chosen.Length; j++)
                runs[j][r] = DynamicsRunner.Run(landscape, start, dynamics[j], optimizer, settings.Steps,
                    RandomStream.ForTask(seed, streams[j]), recording, cancellationToken);
            progress?.Report(new ExperimentProgress(Interlocked.Increment(ref completed), settings.Repetitions));
        }));

        var summaries = chosen.Select((d, j) => Summarize(d, runs[j], settings.SuccessThreshold)).ToArray();
        var grid = LossGrid.Evaluate(Data(settings, RandomStream.DeriveSeed(settings.Seed, 0)),
            -settings.ContourHalfWidth, settings.ContourHalfWidth, settings.ContourPoints);
        return new Toy2DResult(settings, summaries, grid);
    }

    /// <summary>Whether a final point <paramref name="w"/> lies in the flat basin: both coordinates below <paramref name="threshold"/>.</summary>
    public static bool Escaped(ReadOnlySpan<double> w, double threshold) => w[0] < threshold && w[1] < threshold;

    private static TwoWellLandscape Data(Toy2DSettings settings, long repetitionSeed) =>
        TwoWellLandscape.Generate(settings.Examples, RandomStream.ForTask(repetitionSeed, 0));

    private static Toy2DDynamicResult Summarize(PaperDynamic dynamic, Trajectory[] runs, double threshold)
    {
        int successes = runs.Count(run => Escaped(run.Final, threshold));
        return new Toy2DDynamicResult(dynamic, successes, runs.Length, WilsonInterval.Of(successes, runs.Length), runs);
    }

    // Parallel.For wraps a run's exception; callers should see the DivergenceException itself.
    private static void Rethrowing(Action action)
    {
        try
        {
            action();
        }
        catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }
}
