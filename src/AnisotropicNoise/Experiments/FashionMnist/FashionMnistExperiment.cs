using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Networks;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Experiments;

/// <summary>
/// The paper's Fig. 3: full-batch GD to a sharp minimum that fits a partly mislabelled FashionMNIST
/// training set, then each of the eight dynamics of PAPER.md §3 from there, measuring test accuracy,
/// training loss, expected sharpness, <c>Tr Σ̂</c> and the indicator ratio every <c>r</c> iterations.
/// </summary>
public static class FashionMnistExperiment
{
    /// <summary>
    /// Runs the experiment on <paramref name="data"/>. The GD phase is loaded from, or saved to,
    /// <paramref name="checkpointDirectory"/> (none: always computed). The dynamics run one after
    /// another, each on its own seeded stream; losses and gradients use the cores.
    /// </summary>
    public static FashionMnistResult Run(
        FashionMnistSettings settings, FashionMnistData data, string? checkpointDirectory = null,
        IProgress<ExperimentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(data);
        settings.Validate();
        var network = SmallCnn.Create(data.Training.Rows, data.Training.Columns, data.Training.ClassCount);
        var training = new NetworkObjective(network, data.Training.ToExamples(), settings.MaxDegreeOfParallelism);
        var test = new NetworkObjective(network, data.Test.ToExamples(), settings.MaxDegreeOfParallelism);
        var dynamics = FashionMnistDynamics.Create(settings);
        int total = dynamics.Count + 2, completed = 0;
        progress?.Report(new ExperimentProgress(completed, total));
        var start = FashionMnistGdPhase.LoadOrRun(training, settings, data, checkpointDirectory, cancellationToken);
        progress?.Report(new ExperimentProgress(++completed, total));
        var probe = new FashionMnistProbe(training, test, settings);
        var atStart = probe.Measure("", 0, start.Theta);
        progress?.Report(new ExperimentProgress(++completed, total));

        var rows = new List<FashionMnistRow>();
        var optimizer = new GradientStep(settings.LearningRate);
        for (int k = 0; k < dynamics.Count; k++)
        {
            var dynamic = dynamics[k];
            var trajectory = DynamicsRunner.Run(
                training, start.Theta, dynamic, optimizer, settings.Iterations, RandomStream.ForTask(settings.Seed, k),
                new Recording(settings.RecordEvery), cancellationToken);
            rows.Add(atStart with { Dynamic = dynamic.Name });
            for (int i = 1; i < trajectory.Steps.Count; i++)
                rows.Add(probe.Measure(dynamic.Name, trajectory.Steps[i], trajectory.Parameters[i]));
            progress?.Report(new ExperimentProgress(++completed, total));
        }
        return new FashionMnistResult(settings, data.Description, data.IsStandIn, start, rows);
    }
}
