using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Noise;

/// <summary>
/// A choice of <see cref="GradientCovariance"/> method with its settings, for noises that are
/// shaped or scaled by SGD's covariance at each refresh.
/// </summary>
public sealed class CovarianceEstimator
{
    private readonly Func<IFiniteSumObjective, double[], RandomStream, CovarianceFactor> _estimate;
    private readonly int? _passBatchSize; // a shuffled pass whose mean minibatch gradient is handed to the step

    private CovarianceEstimator(string description, Func<IFiniteSumObjective, double[], RandomStream, CovarianceFactor> estimate, int? passBatchSize = null)
    {
        Description = description;
        _estimate = estimate;
        _passBatchSize = passBatchSize;
    }

    /// <summary>The method and its settings, for logs and notebooks.</summary>
    public string Description { get; }

    /// <summary>The per-example gradient covariance divided by N (<see cref="GradientCovariance.PerExample"/>).</summary>
    public static CovarianceEstimator PerExample { get; } =
        new("per-example covariance / N", (objective, theta, _) => GradientCovariance.PerExample(objective, theta));

    /// <summary>The exact minibatch-gradient covariance Σ_sgd (<see cref="GradientCovariance.Exact"/>).</summary>
    public static CovarianceEstimator Exact(int batchSize, bool withReplacement)
    {
        Guard.Positive(batchSize, nameof(batchSize));
        return new($"exact Σ_sgd, m = {batchSize}{(withReplacement ? ", with replacement" : "")}",
            (objective, theta, _) => GradientCovariance.Exact(objective, theta, batchSize, withReplacement));
    }

    /// <summary>Σ̂ from <paramref name="batches"/> random minibatches (<see cref="GradientCovariance.Minibatch"/>).</summary>
    public static CovarianceEstimator Minibatch(int batchSize, int batches)
    {
        Guard.Positive(batchSize, nameof(batchSize));
        Guard.InRange(batches, 2, int.MaxValue, nameof(batches));
        return new($"Σ̂ from {batches} minibatches of {batchSize}",
            (objective, theta, random) => GradientCovariance.Minibatch(objective, theta, batchSize, batches, random));
    }

    /// <summary>
    /// Σ̂ from the minibatches of one shuffled pass (<see cref="GradientCovariance.ShuffledPass"/>). With
    /// <paramref name="fullGradientFromPass"/>, when the batch size divides N the minibatches cover every example once,
    /// so their mean gradient is <c>∇L(θ)</c> (up to rounding: it is summed in another order); the step of a dynamic
    /// with the full gradient then takes it from the pass instead of computing it again, one full gradient fewer per refresh.
    /// </summary>
    public static CovarianceEstimator ShuffledPass(int batchSize, bool fullGradientFromPass = false)
    {
        Guard.Positive(batchSize, nameof(batchSize));
        return new($"Σ̂ from one shuffled pass in minibatches of {batchSize}{(fullGradientFromPass ? " (∇L from the pass)" : "")}",
            (objective, theta, random) => GradientCovariance.ShuffledPass(objective, theta, batchSize, random),
            fullGradientFromPass ? batchSize : null);
    }

    /// <summary>Estimates the covariance at the context's point; the objective must be a finite sum.</summary>
    /// <exception cref="ArgumentException">The objective is not an <see cref="IFiniteSumObjective"/>.</exception>
    public CovarianceEstimate Estimate(NoiseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Objective is not IFiniteSumObjective finiteSum)
            throw new ArgumentException($"SGD's gradient covariance needs a finite-sum objective ({nameof(IFiniteSumObjective)}); {context.Objective.GetType().Name} is not.", nameof(context));
        var estimate = _estimate(finiteSum, context.Theta, context.Random);
        return new CovarianceEstimate(estimate, _passBatchSize is int m && finiteSum.Count % m == 0 ? estimate.RowMean : null);
    }

    /// <inheritdoc />
    public override string ToString() => Description;
}
