namespace AnisotropicNoise.Networks;

/// <summary>
/// Unfolds the patches of a valid convolution into a matrix and folds it back. Row
/// <c>(c·k + ky)·k + kx</c>, column <c>oy·Wo + ox</c> of the patch matrix holds
/// <c>x[c, oy + ky, ox + kx]</c>, so each (row, oy) run is one contiguous copy.
/// </summary>
internal static class Im2Col
{
    /// <summary>Writes the <c>(C·k·k) × (Ho·Wo)</c> patch matrix of <paramref name="x"/>.</summary>
    public static void Unfold(ReadOnlySpan<double> x, ImageShape input, int k, Span<double> columns)
    {
        int ho = input.Height - k + 1, wo = input.Width - k + 1, p = ho * wo, row = 0;
        for (int c = 0; c < input.Channels; c++)
            for (int ky = 0; ky < k; ky++)
                for (int kx = 0; kx < k; kx++, row++)
                    for (int oy = 0; oy < ho; oy++)
                        x.Slice((c * input.Height + oy + ky) * input.Width + kx, wo).CopyTo(columns.Slice(row * p + oy * wo, wo));
    }

    /// <summary>Overwrites <paramref name="x"/> with the sum of the patch-matrix entries that map to each input position.</summary>
    public static void Fold(ReadOnlySpan<double> columns, ImageShape input, int k, Span<double> x)
    {
        x.Clear();
        int ho = input.Height - k + 1, wo = input.Width - k + 1, p = ho * wo, row = 0;
        for (int c = 0; c < input.Channels; c++)
            for (int ky = 0; ky < k; ky++)
                for (int kx = 0; kx < k; kx++, row++)
                    for (int oy = 0; oy < ho; oy++)
                        MatrixKernels.Add(columns.Slice(row * p + oy * wo, wo), x.Slice((c * input.Height + oy + ky) * input.Width + kx, wo));
    }
}
