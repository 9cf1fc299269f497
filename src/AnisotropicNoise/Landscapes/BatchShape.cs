namespace AnisotropicNoise.Landscapes;

/// <summary>The shape of <see cref="IFiniteSumObjective.BatchGradients"/>'s arguments: whole batches of indices, one gradient row each.</summary>
internal static class BatchShape
{
    /// <summary>The number of batches <c>B</c>, after checking that the batch size divides the indices and the gradients are <c>B × D</c>.</summary>
    /// <exception cref="ArgumentException">They do not, or are not.</exception>
    public static int Rows(int indices, int batchSize, int gradients, int dimension)
    {
        if (batchSize < 1 || indices == 0 || indices % batchSize != 0)
            throw new ArgumentException($"{indices} indices do not make whole batches of {batchSize}.", nameof(batchSize));
        Guard.Length(gradients, indices / batchSize * dimension, nameof(gradients));
        return indices / batchSize;
    }
}
