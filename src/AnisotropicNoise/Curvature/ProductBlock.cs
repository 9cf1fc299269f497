namespace AnisotropicNoise.Curvature;

/// <summary>The shape of a block of products: <c>B</c> vectors of length <c>D</c>, row-major, and as many results.</summary>
internal static class ProductBlock
{
    /// <summary>
    /// The most rows computed at once: a block's memory grows with its rows (for a network, <c>B</c> copies of
    /// each example's activations and a <c>B × D</c> accumulator per chunk); 20 is the size the network benchmark measures.
    /// </summary>
    public const int MaxRows = 20;

    /// <summary>The number of rows <c>B</c>, after checking that both lengths are the same whole number of rows of length <paramref name="dimension"/>.</summary>
    /// <exception cref="ArgumentException">They are not.</exception>
    public static int Rows(int vectorsLength, int resultsLength, int dimension)
    {
        if (vectorsLength % dimension != 0)
            throw new ArgumentException($"vectors has length {vectorsLength}, not a whole number of rows of length D = {dimension}.", "vectors");
        Guard.Length(resultsLength, vectorsLength, "results");
        return vectorsLength / dimension;
    }
}
