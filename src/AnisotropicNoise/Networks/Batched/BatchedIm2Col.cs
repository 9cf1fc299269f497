namespace AnisotropicNoise.Networks.Batched;

/// <summary>
/// <see cref="Im2Col"/> for a block of examples laid out <c>C × H × W × batch</c>, over a band of output rows
/// <c>[rowStart, rowEnd)</c>: row <c>(c·k + ky)·k + kx</c>, column <c>((oy − rowStart)·Wo + ox)·batch + b</c> of the band's
/// patch matrix holds <c>x[c, oy + ky, ox + kx, b]</c>, so each (row, oy) run is one contiguous stretch of <c>Wo · batch</c> inputs.
/// A convolution works band by band so that the band's patch matrix stays in cache.
/// </summary>
internal static class BatchedIm2Col
{
    /// <summary>Writes the band's <c>(C·k·k) × ((rowEnd − rowStart)·Wo·batch)</c> patch matrix of <paramref name="x"/>.</summary>
    public static void Unfold(ReadOnlySpan<float> x, ImageShape input, int k, int batch, int rowStart, int rowEnd, Span<float> columns)
    {
        foreach (var (image, matrix, length) in Runs(input, k, batch, rowStart, rowEnd))
            x.Slice(image, length).CopyTo(columns.Slice(matrix, length));
    }

    /// <summary>Adds each entry of the band's patch matrix to the input position it maps to (clear <paramref name="x"/> before the first band).</summary>
    public static void FoldAdd(ReadOnlySpan<float> columns, ImageShape input, int k, int batch, int rowStart, int rowEnd, Span<float> x)
    {
        foreach (var (image, matrix, length) in Runs(input, k, batch, rowStart, rowEnd))
            FloatKernels.Add(columns.Slice(matrix, length), x.Slice(image, length));
    }

    /// <summary>Every (row, oy) run of the band: where it starts in the image block and in the patch matrix, and its length.</summary>
    private static IEnumerable<(int Image, int Matrix, int Length)> Runs(ImageShape input, int k, int batch, int rowStart, int rowEnd)
    {
        int run = (input.Width - k + 1) * batch, m = 0;
        for (int c = 0; c < input.Channels; c++)
            for (int ky = 0; ky < k; ky++)
                for (int kx = 0; kx < k; kx++)
                    for (int oy = rowStart; oy < rowEnd; oy++, m += run)
                        yield return (((c * input.Height + oy + ky) * input.Width + kx) * batch, m, run);
    }
}
