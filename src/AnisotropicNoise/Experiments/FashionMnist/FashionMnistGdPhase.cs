using AnisotropicNoise.Networks;

namespace AnisotropicNoise.Experiments;

/// <summary>
/// The GD phase of the FashionMNIST experiment: full-batch gradient descent from the network's
/// seeded initialisation until its stop rule (<see cref="FashionMnistSettings.GdStop"/>: the corrupted
/// training set fit, a step count, or a training-loss threshold) or the step cap, saved to a
/// checkpoint so that re-runs start from the same sharp minimum.
/// </summary>
public static class FashionMnistGdPhase
{
    /// <summary>
    /// Loads the GD phase's end from <paramref name="checkpointDirectory"/> when a checkpoint with the
    /// same settings and data is there; otherwise runs it and saves it. A checkpoint that is
    /// truncated or corrupt is not used: the phase is recomputed, the file replaced, and the start's
    /// <see cref="FashionMnistStart.Origin"/> says so. Without a directory the phase always runs.
    /// </summary>
    public static FashionMnistStart LoadOrRun(
        NetworkObjective training, FashionMnistSettings settings, FashionMnistData data, string? checkpointDirectory,
        IProgress<int>? steps = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(data);
        if (checkpointDirectory is null) return Run(training, settings, "computed (no checkpoint folder)", steps, cancellationToken);
        string key = FashionMnistCheckpoint.Key(settings, data);
        string path = FashionMnistCheckpoint.PathFor(checkpointDirectory, key);
        string origin = $"computed, saved to {path}";
        if (File.Exists(path))
        {
            try
            {
                return FashionMnistCheckpoint.Load(path, key, training.Dimension, $"loaded from {path}");
            }
            catch (InvalidDataException e)
            {
                origin = $"recomputed: the checkpoint was unusable ({e.Message}); replaced";
            }
        }
        var start = Run(training, settings, origin, steps, cancellationToken);
        FashionMnistCheckpoint.Save(path, key, start);
        return start;
    }

    /// <summary>Runs the GD phase from the seeded initialisation, reporting the step count to <paramref name="steps"/> every 100 steps.</summary>
    public static FashionMnistStart Run(
        NetworkObjective training, FashionMnistSettings settings, string origin, IProgress<int>? steps = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var theta = training.Network.InitializeParameters(settings.Seed);
        var gradient = new double[theta.Length];
        int step = 0;
        while (step < settings.GdMaxIterations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (settings.GdStop == GdStopRule.Fit && training.Accuracy(theta) == 1) break;
            double loss = training.Gradient(theta, gradient);
            if (settings.GdStop == GdStopRule.Loss && loss <= settings.GdLossThreshold) break;
            for (int i = 0; i < theta.Length; i++) theta[i] -= settings.GdLearningRate * gradient[i];
            step++;
            if (!theta.All(double.IsFinite)) throw new Dynamics.DivergenceException("GD phase", step);
            if (step % 100 == 0) steps?.Report(step);
        }
        double accuracy = training.Accuracy(theta);
        return new FashionMnistStart(theta, step, accuracy == 1, accuracy, training.Loss(theta), origin);
    }
}
