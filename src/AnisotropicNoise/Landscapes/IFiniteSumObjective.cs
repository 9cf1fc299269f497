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

    /// <summary>
    /// Writes the mean gradient of each run of <paramref name="batchSize"/> consecutive entries of
    /// <paramref name="indices"/> as one row of <paramref name="gradients"/> (row-major, <c>B × D</c> with
    /// <c>B = indices.Length / batchSize</c>), each row equal to <see cref="BatchGradient"/>'s. Objectives that
    /// can compute the batches side by side do so.
    /// </summary>
    /// <exception cref="ArgumentException">The batch size does not divide the indices, or the gradients are not <c>B × D</c>.</exception>
    void BatchGradients(ReadOnlySpan<double> theta, ReadOnlySpan<int> indices, int batchSize, Span<double> gradients)
    {
        int batches = BatchShape.Rows(indices.Length, batchSize, gradients.Length, Dimension);
        for (int b = 0; b < batches; b++)
            BatchGradient(theta, indices.Slice(b * batchSize, batchSize), gradients.Slice(b * Dimension, Dimension));
    }
}
