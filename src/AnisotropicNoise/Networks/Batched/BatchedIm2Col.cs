namespace AnisotropicNoise.Networks.Batched;

/// <summary>
/// <see cref="Im2Col"/> for a block of examples laid out <c>C × H × W × batch</c>, over a band of output rows
/// <c>[rowStart, rowEnd)</c>: row <c>(c·k + ky)·k + kx</c>, column <c>((oy − rowStart)·Wo + ox)·batch + b</c> of the band's
/// patch matrix holds <c>x[c, oy + ky, ox + kx, b]</c>, so each (row, oy) run is one contiguous stretch of <c>Wo · batch</c> inputs.
/// A convolution reads the patch matrix in place through <see cref="PatchRows"/>, or unfolds it band by band so that it stays in cache.
/// </summary>
internal static class BatchedIm2Col
{
    /// <summary>
    /// Where each patch-matrix row's first run starts in the block's input, relative to the band's first input row
    /// <see cref="BandStart"/>: <c>((c·H + ky)·W + kx)·batch</c>, one entry a row.
    /// </summary>
    public static void PatchRows(ImageShape input, int k, int batch, Span<int> rows)
    {
        int l = 0;
        for (int c = 0; c < input.Channels; c++)
            for (int ky = 0; ky < k; ky++)
                for (int kx = 0; kx < k; kx++) rows[l++] = ((c * input.Height + ky) * input.Width + kx) * batch;
    }

    /// <summary>Where output row <paramref name="rowStart"/>'s patches start in the block's input.</summary>
    public static int BandStart(ImageShape input, int batch, int rowStart) => rowStart * input.Width * batch;

    /// <summary>
    /// The band's patch matrix read in place from an input starting at <see cref="BandStart"/>: one segment per output
    /// row, <c>W · batch</c> apart.
    /// </summary>
    public static RowMap InPlace(ReadOnlySpan<int> patchRows, ImageShape input, int k, int batch, int rowStart, int rowEnd) =>
        new(patchRows, (input.Width - k + 1) * batch, rowEnd - rowStart, input.Width * batch);

    /// <summary>Writes the patch matrix that <paramref name="band"/> maps in <paramref name="x"/> into <paramref name="columns"/>, row-major.</summary>
    public static void Unfold(ReadOnlySpan<float> x, RowMap band, Span<float> columns)
    {
        int m = 0;
        foreach (int row in band.Rows)
            for (int s = 0; s < band.Segments; s++, m += band.Run) x.Slice(row + s * band.SegmentStride, band.Run).CopyTo(columns.Slice(m, band.Run));
    }

    /// <summary>Adds each entry of a row-major patch matrix to the input position <paramref name="band"/> maps it to (clear <paramref name="x"/> before the first band).</summary>
    public static void FoldAdd(ReadOnlySpan<float> columns, RowMap band, Span<float> x)
    {
        int m = 0;
        foreach (int row in band.Rows)
            for (int s = 0; s < band.Segments; s++, m += band.Run) FloatKernels.Add(columns.Slice(m, band.Run), x.Slice(row + s * band.SegmentStride, band.Run));
    }
}
