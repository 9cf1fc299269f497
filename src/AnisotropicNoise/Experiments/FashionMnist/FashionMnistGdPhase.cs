using AnisotropicNoise.Networks;

namespace AnisotropicNoise.Experiments.FashionMnist;

/// <summary>
/// The GD phase of the FashionMNIST experiment: full-batch gradient descent from the network's
/// seeded initialisation until its stop rule (<see cref="FashionMnistSettings.GdStop"/>: the corrupted
/// training set fit, a step count, or a training-loss threshold) or the step cap, saved to a
/// checkpoint so that re-runs start from the same sharp minimum.
/// </summary>
public static class FashionMnistGdPhase
{
    /// <summary>GD steps between saves of an unfinished GD phase (the paper's 6,000-image variant runs for an hour).</summary>
    public const int DefaultSaveEvery = 250;

    /// <summary>
    /// Loads the GD phase's end from <paramref name="checkpointDirectory"/> when a checkpoint with the
    /// same settings and data is there; otherwise runs it and saves it. A checkpoint that is
    /// truncated or corrupt is not used: the phase is recomputed, the file replaced, and the start's
    /// <see cref="FashionMnistStart.Origin"/> says so. While it runs, the phase is saved every
    /// <paramref name="saveEvery"/> steps beside the checkpoint, and an interrupted phase resumes from there
    /// with the same result as an uninterrupted one (GD draws nothing). Without a directory the phase always runs.
    /// </summary>
    public static FashionMnistStart LoadOrRun(
        NetworkObjective training, FashionMnistSettings settings, FashionMnistData data, string? checkpointDirectory,
        IProgress<int>? steps = null, CancellationToken cancellationToken = default, int saveEvery = DefaultSaveEvery)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(data);
        Guard.Positive(saveEvery, nameof(saveEvery));
        if (checkpointDirectory is null) return Run(training, settings, "computed (no checkpoint folder)", steps, cancellationToken);
        string key = FashionMnistCheckpoint.Key(settings, data);
        string path = FashionMnistCheckpoint.PathFor(checkpointDirectory, key);
        string origin = $"computed, saved as checkpoint {Path.GetFileName(path)}";
        if (File.Exists(path))
        {
            try
            {
                return FashionMnistCheckpoint.Load(path, key, training.Dimension, $"loaded from checkpoint {Path.GetFileName(path)}");
            }
            catch (InvalidDataException e)
            {
                origin = $"recomputed: the checkpoint was unusable ({e.Message}); replaced";
            }
        }
        string partialPath = path + ".partial";
        FashionMnistStart? partial = null;
        if (File.Exists(partialPath))
        {
            try
            {
                partial = FashionMnistCheckpoint.Load(partialPath, key, training.Dimension, "");
                origin = $"resumed at step {partial.Iterations} of an interrupted run, saved as checkpoint {Path.GetFileName(path)}";
            }
            catch (InvalidDataException)
            {
                // An unusable save of an unfinished phase only costs its steps: start over.
            }
        }
        var start = Run(training, settings, origin, steps, cancellationToken, partial,
            (theta, step) => { if (step % saveEvery == 0) FashionMnistCheckpoint.Save(partialPath, key, new FashionMnistStart(theta, step, false, double.NaN, double.NaN, "")); });
        FashionMnistCheckpoint.Save(path, key, start);
        File.Delete(partialPath);
        return start;
    }

    /// <summary>
    /// Runs the GD phase from the seeded initialisation, or from <paramref name="resumeFrom"/> (an unfinished
    /// phase's parameters and step count), reporting the step count to <paramref name="steps"/> every 100 steps
    /// and handing the parameters after each step to <paramref name="afterStep"/>.
    /// </summary>
    public static FashionMnistStart Run(
        NetworkObjective training, FashionMnistSettings settings, string origin, IProgress<int>? steps = null, CancellationToken cancellationToken = default,
        FashionMnistStart? resumeFrom = null, Action<double[], int>? afterStep = null)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var theta = resumeFrom is null ? training.Network.InitializeParameters(settings.Seed) : (double[])resumeFrom.Theta.Clone();
        Guard.Length(theta.Length, training.Dimension, nameof(resumeFrom));
        var gradient = new double[theta.Length];
        int step = resumeFrom?.Iterations ?? 0;
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
            afterStep?.Invoke(theta, step);
        }
        double accuracy = training.Accuracy(theta);
        return new FashionMnistStart(theta, step, accuracy == 1, accuracy, training.Loss(theta), origin);
    }
}
