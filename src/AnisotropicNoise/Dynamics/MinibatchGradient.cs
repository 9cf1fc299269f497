using AnisotropicNoise.Landscapes;
using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Dynamics;

/// <summary>
/// SGD's gradient: the mean gradient of <c>m</c> examples drawn uniformly, with replacement or
/// without. Its deviation from <c>∇L</c> is SGD's noise.
/// </summary>
public sealed class MinibatchGradient : IGradientSource
{
    /// <summary>Creates the source for minibatches of <paramref name="batchSize"/> examples.</summary>
    public MinibatchGradient(int batchSize, bool withReplacement = true)
    {
        BatchSize = Guard.Positive(batchSize, nameof(batchSize));
        WithReplacement = withReplacement;
    }

    /// <summary>The minibatch size <c>m</c>.</summary>
    public int BatchSize { get; }

    /// <summary>Whether examples are drawn with replacement.</summary>
    public bool WithReplacement { get; }

    /// <inheritdoc />
    public double Evaluate(IObjective objective, ReadOnlySpan<double> theta, RandomStream random, Span<double> gradient)
    {
        if (objective is not IFiniteSumObjective finiteSum)
            throw new ArgumentException("SGD needs a finite-sum objective (IFiniteSumObjective).", nameof(objective));
        Span<int> batch = BatchSize <= 256 ? stackalloc int[BatchSize] : new int[BatchSize];
        Draw(finiteSum.Count, random, batch);
        return finiteSum.BatchGradient(theta, batch, gradient);
    }

    /// <summary>Draws one minibatch of indices from <c>[0, count)</c> into <paramref name="batch"/> (<see cref="MinibatchIndices.Draw"/>).</summary>
    public void Draw(int count, RandomStream random, Span<int> batch) => MinibatchIndices.Draw(count, random, batch, WithReplacement);
}
