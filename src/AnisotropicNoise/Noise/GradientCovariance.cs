using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Noise;

/// <summary>
/// SGD's gradient noise covariance at a point, as a <see cref="CovarianceFactor"/> whose columns are
/// centred gradients: exact from per-example gradients, or estimated from minibatch gradients.
/// </summary>
public static class GradientCovariance
{
    /// <summary>
    /// The per-example gradient covariance divided by <c>N</c>,
    /// <c>C = (1/N)·(1/N) Σ_i (∇ℓ_i − ∇L)(∇ℓ_i − ∇L)ᵀ</c> (the 2-D experiment's <c>C</c>): columns
    /// <c>(∇ℓ_i − ∇L)/N</c>.
    /// </summary>
    public static CovarianceFactor PerExample(IFiniteSumObjective objective, ReadOnlySpan<double> theta)
    {
        ArgumentNullException.ThrowIfNull(objective);
        return FromExamples(objective, theta, 1.0 / objective.Count);
    }

    /// <summary>
    /// The exact covariance of a size-<paramref name="batchSize"/> minibatch gradient,
    /// <c>Σ_sgd = (1/m)[(1/N) Σ_i ∇ℓ_i ∇ℓ_iᵀ − ∇L ∇Lᵀ]</c>, times <c>(N − m)/(N − 1)</c> without replacement.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">batchSize &lt; 1, or &gt; N without replacement.</exception>
    public static CovarianceFactor Exact(IFiniteSumObjective objective, ReadOnlySpan<double> theta, int batchSize, bool withReplacement)
    {
        ArgumentNullException.ThrowIfNull(objective);
        int n = objective.Count;
        Guard.InRange(batchSize, 1, withReplacement ? int.MaxValue : n, nameof(batchSize));
        double variance = 1.0 / ((double)n * batchSize);
        if (!withReplacement) variance *= n > 1 ? (double)(n - batchSize) / (n - 1) : 0;
        return FromExamples(objective, theta, Math.Sqrt(variance));
    }

    /// <summary>
    /// The paper's estimator <c>Σ̂</c>: the sample covariance (divisor <c>B − 1</c>) of
    /// <paramref name="batches"/> minibatch gradients, each over <paramref name="batchSize"/>
    /// examples drawn at random (without replacement inside a minibatch unless asked).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">batchSize outside [1, N] without replacement, or batches &lt; 2.</exception>
    public static CovarianceFactor Minibatch(
        IFiniteSumObjective objective, ReadOnlySpan<double> theta, int batchSize, int batches, RandomStream random, bool withReplacement = false)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(random);
        Guard.InRange(batchSize, 1, withReplacement ? int.MaxValue : objective.Count, nameof(batchSize));
        Guard.InRange(batches, 2, int.MaxValue, nameof(batches));
        Guard.Length(theta.Length, objective.Dimension, nameof(theta));
        var batch = new int[batchSize];
        var gradients = new double[batches * objective.Dimension];
        for (int b = 0; b < batches; b++)
        {
            MinibatchIndices.Draw(objective.Count, random, batch, withReplacement);
            objective.BatchGradient(theta, batch, gradients.AsSpan(b * objective.Dimension, objective.Dimension));
        }
        return CovarianceFactor.FromRows(gradients, objective.Dimension, 1 / Math.Sqrt(batches - 1));
    }

    /// <summary>
    /// <c>Σ̂</c> from the minibatches of one shuffled pass: the examples in a random order cut into
    /// <c>⌊N/m⌋</c> consecutive minibatches of <paramref name="batchSize"/> (the authors' FashionMNIST scripts).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">batchSize &lt; 1, or larger than N/2 (fewer than two minibatches).</exception>
    public static CovarianceFactor ShuffledPass(IFiniteSumObjective objective, ReadOnlySpan<double> theta, int batchSize, RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(random);
        Guard.InRange(batchSize, 1, objective.Count / 2, nameof(batchSize));
        Guard.Length(theta.Length, objective.Dimension, nameof(theta));
        var order = Enumerable.Range(0, objective.Count).ToArray();
        random.Shuffle<int>(order);
        int batches = objective.Count / batchSize, d = objective.Dimension;
        var gradients = new double[batches * d];
        objective.BatchGradients(theta, order.AsSpan(0, batches * batchSize), batchSize, gradients);
        return CovarianceFactor.FromRows(gradients, d, 1 / Math.Sqrt(batches - 1));
    }

    private static CovarianceFactor FromExamples(IFiniteSumObjective objective, ReadOnlySpan<double> theta, double scale)
    {
        Guard.Length(theta.Length, objective.Dimension, nameof(theta));
        var gradients = new double[objective.Count * objective.Dimension];
        objective.ExampleGradients(theta, FirstIndices(objective.Count), gradients);
        return CovarianceFactor.FromRows(gradients, objective.Dimension, scale);
    }

    private static int[] s_identity = [];

    // 0, 1, …, count − 1 without allocating at every refresh; a race only builds the array twice.
    private static ReadOnlySpan<int> FirstIndices(int count)
    {
        var identity = s_identity;
        if (identity.Length < count) s_identity = identity = Enumerable.Range(0, count).ToArray();
        return identity.AsSpan(0, count);
    }
}
