using AnisotropicNoise.Curvature;
using AnisotropicNoise.Dynamics;
using AnisotropicNoise.Experiments.Tables;
using AnisotropicNoise.Indicators;
using AnisotropicNoise.Networks;
using AnisotropicNoise.Noise;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Experiments.OneHiddenLayer;

/// <summary>
/// The paper's Fig. 4: train the one-hidden-layer network with Adam and, after each epoch, compare
/// <c>Tr(HΣ̂)</c> with its isotropic equivalent <c>Tr(HΣ̄̂)</c>, where <c>H</c> is the exact Hessian and
/// <c>Σ̂</c> the covariance of minibatch gradients at that point; beside them, McCandlish et al.'s exact gradient
/// noise scales <c>B_simple</c> and <c>B_noise</c>.
/// </summary>
public static class OneHiddenLayer
{
    /// <summary>Trains once and measures the indicators after every epoch.</summary>
    public static OneHiddenLayerResult Run(OneHiddenLayerSettings settings, IProgress<ExperimentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var (network, checkpoints) = Train(settings, cancellationToken);

        var epochs = new OneHiddenLayerEpoch[settings.Epochs];
        int completed = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = settings.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, settings.Epochs, options, e =>
        {
            epochs[e] = Measure(network, checkpoints[e + 1], e + 1, settings, RandomStream.ForTask(settings.Seed, e + 1));
            progress?.Report(new ExperimentProgress(Interlocked.Increment(ref completed), settings.Epochs));
        });

        var (spectrum, _) = SymmetricEigen.Decompose(network.Hessian(checkpoints[^1]), "hessian", requirePositiveSemidefinite: true);
        var last = epochs[^1];
        return new OneHiddenLayerResult(settings, epochs, spectrum, AnisotropyBoundCheck.Of(last.Ratio, last.Alignment, spectrum));
    }

    /// <summary>
    /// Runs the experiment once per width in <paramref name="hiddenUnits"/> (same data and seed) and
    /// returns, per width, the final ratio beside Proposition 2's bounds (docs/science.md, Proposition 2).
    /// </summary>
    public static IReadOnlyList<AnisotropyBoundCheck> WidthSweep(
        OneHiddenLayerSettings settings, IReadOnlyList<int> hiddenUnits, IProgress<ExperimentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(hiddenUnits);
        if (hiddenUnits.Count == 0) throw new ArgumentException("hiddenUnits must list at least one width.", nameof(hiddenUnits));
        var checks = new List<AnisotropyBoundCheck>();
        foreach (int width in hiddenUnits)
        {
            checks.Add(Run(settings with { HiddenUnits = width }, null, cancellationToken).FinalBound);
            progress?.Report(new ExperimentProgress(checks.Count, hiddenUnits.Count));
        }
        return checks;
    }

    /// <summary>
    /// The width sweep's table, one row per width: the final ratio, the alignment <c>a</c>, the
    /// intermediate bound and the bound at the spectrum's best <c>(k, d)</c>
    /// (CSV: <c>hidden_units,dimension,ratio,alignment,bound_intermediate,bound,k,d</c>).
    /// </summary>
    public static ResultTable SweepTable(IReadOnlyList<AnisotropyBoundCheck> sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        return new ResultTable(
            [new("hidden_units", "hidden"), new("dimension", "D"), new("ratio", "ratio"), new("alignment", "a"),
                new("bound_intermediate", "a·λ₁²·D/Tr(H)²"), new("bound", "a·D/(k + D^(1−d))²"), new("k", "k"), new("d", "d")],
            sweep.Select(c => (IReadOnlyList<ResultCell>)
            [
                ResultCell.Of(c.Dimension / 3), ResultCell.Of(c.Dimension), ResultCell.Of(c.Ratio, "F1"), ResultCell.Of(c.Alignment, "F2"),
                ResultCell.Of(c.Intermediate, "F1"), ResultCell.Of(c.Bound, "F2"), ResultCell.Of(c.K), ResultCell.Of(c.D, "F2"),
            ]),
            "the final ratio per width, beside Proposition 2's bounds (docs/science.md)");
    }

    /// <summary>The network over fresh data and the parameters at the start and after each epoch.</summary>
    private static (NetworkObjective Network, IReadOnlyList<double[]> Checkpoints) Train(OneHiddenLayerSettings settings, CancellationToken cancellationToken)
    {
        var random = RandomStream.ForTask(settings.Seed, 0);
        var network = HalfPlaneTask.CreateObjective(settings.Examples, settings.HiddenUnits, settings.Clip, random, settings.MaxDegreeOfParallelism);
        var start = HalfPlaneTask.InitialParameters(network.Dimension, random);
        int steps = settings.Epochs * settings.StepsPerEpoch;
        var adam = new Adam(new LinearDecayRate(settings.LearningRate, steps, settings.DecayEpochs * settings.StepsPerEpoch));
        var trajectory = DynamicsRunner.Run(
            network, start, Dynamic.GradientDescent with { Name = "Adam" }, adam, steps, random,
            new Recording(settings.StepsPerEpoch), cancellationToken);
        return (network, trajectory.Parameters);
    }

    private static OneHiddenLayerEpoch Measure(NetworkObjective network, double[] theta, int epoch, OneHiddenLayerSettings settings, RandomStream random)
    {
        var hessian = network.Hessian(theta);
        var covariance = GradientCovariance.Minibatch(network, theta, settings.CovarianceBatchSize, settings.CovarianceBatches, random);
        var exactHessian = new DenseOperator(hessian);
        var indicators = EscapeIndicators.Measure(exactHessian, covariance, random, exactTraceH: hessian.Trace(), eigenvalues: settings.TopEigenvalues);
        return new OneHiddenLayerEpoch(epoch, network.Loss(theta), network.Accuracy(theta), indicators, GradientNoiseScale.Exact(network, theta, exactHessian));
    }
}
