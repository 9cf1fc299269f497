using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Networks;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Experiments.FashionMnist;

/// <summary>
/// The paper's Fig. 3: full-batch GD to a sharp minimum that fits a partly mislabelled FashionMNIST
/// training set, then each chosen dynamic of docs/science.md (The noise structures compared) from there, once per dynamics seed (GD once),
/// measuring every <c>r</c> iterations what <see cref="FashionMnistRow"/> holds.
/// </summary>
public static class FashionMnistExperiment
{
    /// <summary>
    /// The loss on the corrupted training set and the GD phase's end on it: the sharp minimum every dynamic starts
    /// from (loaded from <paramref name="checkpointDirectory"/> when it holds it, as <see cref="Run"/> does).
    /// </summary>
    public static (NetworkObjective Training, FashionMnistStart Start) SharpMinimum(
        FashionMnistSettings settings, FashionMnistData data, string? checkpointDirectory = null, IProgress<int>? gdSteps = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(data);
        settings.Validate();
        var network = SmallCnn.Create(data.Training.Rows, data.Training.Columns, data.Training.ClassCount, settings.BiasesFromTruncatedNormal);
        var training = new NetworkObjective(network, data.Training.ToExamples(), settings.MaxDegreeOfParallelism, settings.Precision);
        return (training, FashionMnistGdPhase.LoadOrRun(training, settings, data, checkpointDirectory, gdSteps, cancellationToken));
    }

    /// <summary>
    /// Runs the experiment on <paramref name="data"/>. With <paramref name="checkpointDirectory"/>, the
    /// GD phase is loaded from or saved there, every finished run is kept there and skipped by a re-run
    /// with the same settings, and an unfinished run resumes from its last recorded stretch; without it,
    /// everything is computed. <see cref="FashionMnistSettings.ConcurrentRuns"/> runs go at once, and
    /// losses, gradients and products use the cores; the rows are the same for any number. Progress
    /// counts recorded stretches (plus the GD phase and the start's measurement); <paramref name="gdSteps"/>
    /// hears the GD phase's step count every 100 steps while it runs.
    /// </summary>
    public static FashionMnistResult Run(
        FashionMnistSettings settings, FashionMnistData data, string? checkpointDirectory = null,
        IProgress<ExperimentProgress>? progress = null, CancellationToken cancellationToken = default, IProgress<int>? gdSteps = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(data);
        settings.Validate();
        var network = SmallCnn.Create(data.Training.Rows, data.Training.Columns, data.Training.ClassCount, settings.BiasesFromTruncatedNormal);
        var probe = new FashionMnistProbe(network, data, settings);
        var runs = settings.Dynamics
            .SelectMany(d => d == PaperDynamic.Gd ? [(Dynamic: d, Seed: settings.Seeds[0])] : settings.Seeds.Select(seed => (Dynamic: d, Seed: seed)))
            .ToArray();
        var counter = new ProgressCounter(progress, 2 + runs.Length * SeededRuns.Stretches(settings.Iterations, settings.RecordEvery));

        var start = FashionMnistGdPhase.LoadOrRun(probe.Training, settings, data, checkpointDirectory, gdSteps, cancellationToken);
        counter.Advance();
        string startKey = FashionMnistCheckpoint.Key(settings, data);
        var store = FashionMnistRunStore.In(checkpointDirectory is null ? null : Path.Combine(checkpointDirectory, "runs"));
        string atStartKey = FashionMnistRunStore.StartKey(settings, startKey);
        var atStart = store.Finished(atStartKey)?.Single() ?? probe.Measure("", 0, 0, start.Theta, final: true);
        store.Finish(atStartKey, [atStart]);
        counter.Advance();

        var seeded = runs.Select(r => SeededRun(settings, FashionMnistRunStore.Key(settings, startKey, r.Dynamic, r.Seed), r.Dynamic, r.Seed, start.Theta,
            (iteration, theta) => iteration == 0
                ? atStart with { Dynamic = r.Dynamic.DisplayName(), Seed = r.Seed }
                : probe.Measure(r.Dynamic.DisplayName(), r.Seed, iteration, theta, final: iteration == settings.Iterations))).ToArray();
        var finished = SeededRuns.Run(seeded, probe.Training, settings.RecordEvery, store, settings.ConcurrentRuns, counter, cancellationToken);
        var table = new FashionMnistTable(data.Description, data.IsStandIn, [.. finished.SelectMany(rows => rows)], settings.StartPoint);
        return new FashionMnistResult(settings, start, atStart, table, settings.Departures(data));
    }

    /// <summary>
    /// The parameters of <see cref="Run"/>'s run of <paramref name="which"/> with dynamics seed <paramref name="seed"/> after
    /// each of <paramref name="iterations"/> steps from <paramref name="start"/> (the sharp minimum): the same random stream
    /// and the same stretches, so the very points at which <see cref="Run"/> records its rows. Nothing is kept on disk.
    /// </summary>
    /// <exception cref="ArgumentException">An iteration is negative, not increasing, or not 0 or a multiple of <see cref="FashionMnistSettings.RecordEvery"/>; θ has the wrong length.</exception>
    public static IReadOnlyList<double[]> ParametersAlong(
        FashionMnistSettings settings, NetworkObjective training, ReadOnlySpan<double> start, PaperDynamic which, int seed,
        IReadOnlyList<int> iterations, IProgress<int>? steps = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(iterations);
        settings.Validate();
        Guard.Length(start.Length, training.Dimension, nameof(start));
        for (int i = 0; i < iterations.Count; i++)
        {
            if (iterations[i] < 0 || iterations[i] % settings.RecordEvery != 0 || (i > 0 && iterations[i] <= iterations[i - 1]))
                throw new ArgumentException(
                    $"iterations must increase and each be 0 or a multiple of RecordEvery = {settings.RecordEvery} (where the runs' stretches end); got {iterations[i]}.", nameof(iterations));
        }
        var startPoint = start.ToArray();
        var run = SeededRun<FashionMnistRow>(settings, "", which, seed, startPoint, (_, _) => throw new InvalidOperationException("a replay measures nothing"));
        return SeededRuns.Replay(run, training, settings.RecordEvery, iterations, steps, cancellationToken);
    }

    // One dynamic, one seed from the sharp minimum; Run and ParametersAlong share it, so a replay walks the run's very stream.
    private static SeededRun<TRow> SeededRun<TRow>(
        FashionMnistSettings settings, string key, PaperDynamic which, int seed, double[] start, Func<int, double[], TRow> measure) =>
        new(key, settings.Iterations, FashionMnistDynamics.Create(which, settings), new GradientStep(settings.LearningRate),
            () => (double[])start.Clone(), () => RunStream(settings, which, seed), measure);

    private static RandomStream RunStream(FashionMnistSettings settings, PaperDynamic which, int seed) =>
        RandomStream.ForTask(RandomStream.DeriveSeed(settings.Seed, seed), which.StreamKey());
}
