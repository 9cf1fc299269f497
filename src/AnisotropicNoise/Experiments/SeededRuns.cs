using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Experiments;

/// <summary>
/// The one loop of the seeded experiments (Fig. 3, Figs. 1/5/6): several runs at once, each skipped when its rows are in the
/// store, resumed from its checkpoint when it was interrupted, otherwise run in stretches of <c>recordEvery</c> steps with a
/// row measured and a checkpoint saved after each; and <see cref="Replay"/>, the same stretches on the same random stream
/// without the store, for measurements taken along a run afterwards. The rows are the same for any number of runs at once.
/// </summary>
internal static class SeededRuns
{
    /// <summary>The rows of each of <paramref name="runs"/>, in order; <paramref name="progress"/> hears of every stretch.</summary>
    public static IReadOnlyList<TRow>[] Run<TRow>(
        IReadOnlyList<SeededRun<TRow>> runs, IObjective objective, int recordEvery, RunStore<TRow> store, int atOnce,
        ProgressCounter progress, CancellationToken cancellationToken)
    {
        var finished = new IReadOnlyList<TRow>[runs.Count];
        ConcurrentRuns.ForEach(runs.Count, atOnce, cancellationToken, i =>
        {
            var run = runs[i];
            var rows = store.Finished(run.Key);
            if (rows is null)
            {
                rows = RunOne(run, objective, recordEvery, store, progress, cancellationToken);
                store.Finish(run.Key, rows);
            }
            else progress.Advance(Stretches(run.Iterations, recordEvery));
            finished[i] = rows;
        });
        return finished;
    }

    /// <summary>How many stretches (recorded rows after the start) a run of <paramref name="iterations"/> steps has.</summary>
    public static int Stretches(int iterations, int recordEvery) => (iterations + recordEvery - 1) / recordEvery;

    /// <summary>
    /// The parameters of <paramref name="run"/> after each of <paramref name="iterations"/> steps (0 or multiples of
    /// <paramref name="recordEvery"/>, increasing): the points at which <see cref="Run{TRow}"/> records its rows.
    /// </summary>
    public static IReadOnlyList<double[]> Replay<TRow>(
        SeededRun<TRow> run, IObjective objective, int recordEvery, IReadOnlyList<int> iterations, IProgress<int>? steps, CancellationToken cancellationToken)
    {
        var random = run.Random();
        var theta = run.Start();
        var points = new List<double[]>();
        int iteration = 0;
        foreach (int target in iterations)
        {
            for (; iteration < target; iteration += recordEvery)
            {
                theta = Stretch(run, objective, theta, recordEvery, random, cancellationToken);
                steps?.Report(iteration + recordEvery);
            }
            points.Add((double[])theta.Clone());
        }
        return points;
    }

    private static List<TRow> RunOne<TRow>(
        SeededRun<TRow> run, IObjective objective, int recordEvery, RunStore<TRow> store, ProgressCounter progress, CancellationToken cancellationToken)
    {
        var state = store.Checkpoint(run.Key, objective.Dimension);
        if (state is null)
        {
            var start = run.Start();
            state = new RunCheckpoint<TRow>(0, start, run.Random(), [run.Measure(0, start)]);
        }
        progress.Advance(state.Iteration / recordEvery);
        while (state.Iteration < run.Iterations)
        {
            int steps = Math.Min(recordEvery, run.Iterations - state.Iteration);
            var theta = Stretch(run, objective, state.Theta, steps, state.Random, cancellationToken);
            int iteration = state.Iteration + steps;
            state.Rows.Add(run.Measure(iteration, theta));
            state = state with { Iteration = iteration, Theta = theta };
            if (iteration < run.Iterations) store.Save(run.Key, state);
            progress.Advance();
        }
        return state.Rows;
    }

    private static double[] Stretch<TRow>(SeededRun<TRow> run, IObjective objective, double[] theta, int steps, RandomStream random, CancellationToken cancellationToken) =>
        DynamicsRunner.Run(objective, theta, run.Dynamic, run.Optimizer, steps, random, Recording.FinalOnly, cancellationToken).Final;
}
