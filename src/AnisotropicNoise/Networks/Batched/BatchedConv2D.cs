namespace AnisotropicNoise.Networks.Batched;

/// <summary>
/// <see cref="Conv2D"/> over a block: the kernels times the block's patch matrix, one band of output rows at a time.
/// A band's patch matrix (at most about <see cref="BandBytes"/>) is unfolded from the input for each pass that needs it,
/// so it is read from cache while it is used instead of being kept for the whole block.
/// </summary>
internal sealed class BatchedConv2D(Conv2D layer) : BatchedLayer
{
    /// <summary>The size a band's patch matrix aims at: well inside a core's L2 cache.</summary>
    private const int BandBytes = 96 * 1024;

    private readonly ImageShape _input = layer.Input;
    private readonly int _k = layer.KernelSize, _channels = layer.Output.Channels, _rows = layer.Output.Height, _width = layer.Output.Width;
    private readonly int _patch = layer.Input.Channels * layer.KernelSize * layer.KernelSize;
    private int WeightCount => _channels * _patch;

    public override BatchedScratch CreateScratch(int maxBatch) =>
        new Buffers(Enumerable.Range(1, maxBatch).Max(batch => _patch * BandRows(batch) * _width * batch));

    /// <summary>Output rows per band for a block of <paramref name="batch"/> examples.</summary>
    private int BandRows(int batch) => Math.Clamp(BandBytes / (sizeof(float) * _patch * _width * batch), 1, _rows);

    public override void Forward(ReadOnlySpan<float> w, ReadOnlySpan<float> x, Span<float> y, int batch, BatchedScratch? scratch)
    {
        var s = (Buffers)scratch!;
        int n = _rows * _width * batch;
        for (int c = 0; c < _channels; c++) y.Slice(c * n, n).Fill(w[WeightCount + c]);
        foreach (var band in Bands(batch))
        {
            var patches = Unfold(x, band, batch, s.Patches);
            FloatKernels.Multiply(w, _patch, 1, patches, band.Columns, y[band.Offset..], n, _channels, _patch, band.Columns, accumulate: true);
        }
    }

    public override void Backward(ReadOnlySpan<float> w, ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dw,
        int batch, BatchedScratch? scratch)
    {
        var s = (Buffers)scratch!;
        int n = _rows * _width * batch;
        if (!dw.IsEmpty) AddBiasGradient(dy, dw, n);
        if (!dx.IsEmpty) dx.Clear();
        foreach (var band in Bands(batch))
        {
            if (!dw.IsEmpty) FloatKernels.MultiplyTransposed(dy[band.Offset..], n, Unfold(x, band, batch, s.Patches), band.Columns, dw, _channels, band.Columns, _patch);
            if (dx.IsEmpty) continue;
            var gradient = s.PatchGradient.AsSpan(0, _patch * band.Columns);
            FloatKernels.Multiply(w, 1, _patch, dy[band.Offset..], n, gradient, band.Columns, _patch, _channels, band.Columns, accumulate: false);
            BatchedIm2Col.FoldAdd(gradient, _input, _k, batch, band.RowStart, band.RowEnd, dx);
        }
    }

    public override void RForward(ReadOnlySpan<float> w, ReadOnlySpan<float> v, ReadOnlySpan<float> x, ReadOnlySpan<float> rx, Span<float> ry,
        int batch, BatchedScratch? scratch)
    {
        var s = (Buffers)scratch!;
        int n = _rows * _width * batch;
        for (int c = 0; c < _channels; c++) ry.Slice(c * n, n).Fill(v[WeightCount + c]);
        foreach (var band in Bands(batch))
        {
            FloatKernels.Multiply(v, _patch, 1, Unfold(x, band, batch, s.Patches), band.Columns, ry[band.Offset..], n, _channels, _patch, band.Columns, accumulate: true);
            if (!rx.IsEmpty)
                FloatKernels.Multiply(w, _patch, 1, Unfold(rx, band, batch, s.Patches), band.Columns, ry[band.Offset..], n, _channels, _patch, band.Columns, accumulate: true);
        }
    }

    public override void RBackward(ReadOnlySpan<float> w, ReadOnlySpan<float> v, ReadOnlySpan<float> x, ReadOnlySpan<float> rx,
        ReadOnlySpan<float> dy, ReadOnlySpan<float> rdy, Span<float> rdx, Span<float> rdw, int batch, BatchedScratch? scratch)
    {
        var s = (Buffers)scratch!;
        int n = _rows * _width * batch;
        AddBiasGradient(rdy, rdw, n);
        if (!rdx.IsEmpty) rdx.Clear();
        foreach (var band in Bands(batch))
        {
            FloatKernels.MultiplyTransposed(rdy[band.Offset..], n, Unfold(x, band, batch, s.Patches), band.Columns, rdw, _channels, band.Columns, _patch);
            if (!rx.IsEmpty)
                FloatKernels.MultiplyTransposed(dy[band.Offset..], n, Unfold(rx, band, batch, s.Patches), band.Columns, rdw, _channels, band.Columns, _patch);
            if (rdx.IsEmpty) continue;
            var gradient = s.PatchGradient.AsSpan(0, _patch * band.Columns);
            FloatKernels.Multiply(w, 1, _patch, rdy[band.Offset..], n, gradient, band.Columns, _patch, _channels, band.Columns, accumulate: false);
            FloatKernels.Multiply(v, 1, _patch, dy[band.Offset..], n, gradient, band.Columns, _patch, _channels, band.Columns, accumulate: true);
            BatchedIm2Col.FoldAdd(gradient, _input, _k, batch, band.RowStart, band.RowEnd, rdx);
        }
    }

    private void AddBiasGradient(ReadOnlySpan<float> g, Span<float> dw, int n)
    {
        for (int c = 0; c < _channels; c++) dw[WeightCount + c] += (float)FloatKernels.Sum(g.Slice(c * n, n));
    }

    private Span<float> Unfold(ReadOnlySpan<float> x, Band band, int batch, float[] buffer)
    {
        var patches = buffer.AsSpan(0, _patch * band.Columns);
        BatchedIm2Col.Unfold(x, _input, _k, batch, band.RowStart, band.RowEnd, patches);
        return patches;
    }

    private IEnumerable<Band> Bands(int batch)
    {
        int rows = BandRows(batch), run = _width * batch;
        for (int start = 0; start < _rows; start += rows)
        {
            int end = Math.Min(_rows, start + rows);
            yield return new Band(start, end, start * run, (end - start) * run);
        }
    }

    /// <summary>Output rows <c>[RowStart, RowEnd)</c>: their columns start at <c>Offset</c> in an output row of the block and number <c>Columns</c>.</summary>
    private readonly record struct Band(int RowStart, int RowEnd, int Offset, int Columns);

    private sealed class Buffers(int size) : BatchedScratch
    {
        public readonly float[] Patches = new float[size];
        public readonly float[] PatchGradient = new float[size];
    }
}
