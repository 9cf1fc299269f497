namespace AnisotropicNoise.Landscapes;

/// <summary>
/// A loss that is a mean over examples, <c>L(θ) = (1/N) Σ_i ℓ(x_i; θ)</c>: the structure that
/// minibatch gradients, and so SGD's noise, come from.
/// </summary>
public interface IFiniteSumObjective : IObjective
{
    /// <summary>The number of examples <c>N</c>.</summary>
    int Count { get; }

    /// <summary>
    /// Writes the mean gradient over the examples <paramref name="indices"/> (a minibatch, repeats
    /// allowed) into <paramref name="gradient"/> and returns their mean loss.
    /// </summary>
    double BatchGradient(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, Span<double> gradient);

    /// <summary>
    /// Writes the gradient of each example in <paramref name="indices"/> as one row of
    /// <paramref name="gradients"/> (row-major, <c>indices.Length × D</c>).
    /// </summary>
    void ExampleGradients(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, Span<double> gradients);
}
