namespace AnisotropicNoise.Networks.Batched;

/// <summary>
/// <see cref="Conv2D"/> over a block: the kernels times the block's patch matrix, one band of output rows at a time.
/// The products read a band's patch matrix in place from the input (<see cref="BatchedIm2Col.InPlace"/>); only where dot
/// products along its rows would group its entries into other vectors than a copy would (segments not a whole number of
/// vectors) is the band unfolded into a buffer of at most about <see cref="BandBytes"/>, so that every block size gives
/// the bits of the unfolded product.
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
        new Buffers(Enumerable.Range(1, maxBatch).Max(batch => _patch * BandRows(batch) * _width * batch), _patch);

    /// <summary>Output rows per band for a block of <paramref name="batch"/> examples.</summary>
    private int BandRows(int batch) => Math.Clamp(BandBytes / (sizeof(float) * _patch * _width * batch), 1, _rows);

    public override void Forward(ReadOnlySpan<float> w, ReadOnlySpan<float> x, Span<float> y, int batch, BatchedScratch? scratch)
    {
        var s = (Buffers)scratch!;
        int n = _rows * _width * batch;
        for (int c = 0; c < _channels; c++) y.Slice(c * n, n).Fill(w[WeightCount + c]);
        foreach (var band in Bands(batch))
        {
            var patches = InPlace(x, band, batch, s);
            FloatKernels.Multiply(w, _patch, 1, patches.Entries, patches.Map, y[band.Offset..], n, _channels, _patch, accumulate: true);
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
            if (!dw.IsEmpty)
            {
                var patches = ForDots(x, band, batch, s);
                FloatKernels.MultiplyTransposed(dy[band.Offset..], n, patches.Entries, patches.Map, dw, _channels, _patch);
            }
            if (dx.IsEmpty) continue;
            var gradient = s.PatchGradient.AsSpan(0, _patch * band.Columns);
            FloatKernels.Multiply(w, 1, _patch, dy[band.Offset..], n, gradient, band.Columns, _patch, _channels, band.Columns, accumulate: false);
            FoldAdd(gradient, band, batch, s, dx);
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
            var patches = InPlace(x, band, batch, s);
            FloatKernels.Multiply(v, _patch, 1, patches.Entries, patches.Map, ry[band.Offset..], n, _channels, _patch, accumulate: true);
            if (rx.IsEmpty) continue;
            var rPatches = InPlace(rx, band, batch, s);
            FloatKernels.Multiply(w, _patch, 1, rPatches.Entries, rPatches.Map, ry[band.Offset..], n, _channels, _patch, accumulate: true);
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
            var patches = ForDots(x, band, batch, s);
            FloatKernels.MultiplyTransposed(rdy[band.Offset..], n, patches.Entries, patches.Map, rdw, _channels, _patch);
            if (!rx.IsEmpty)
            {
                var rPatches = ForDots(rx, band, batch, s);
                FloatKernels.MultiplyTransposed(dy[band.Offset..], n, rPatches.Entries, rPatches.Map, rdw, _channels, _patch);
            }
            if (rdx.IsEmpty) continue;
            var gradient = s.PatchGradient.AsSpan(0, _patch * band.Columns);
            FloatKernels.Multiply(w, 1, _patch, rdy[band.Offset..], n, gradient, band.Columns, _patch, _channels, band.Columns, accumulate: false);
            FloatKernels.Multiply(v, 1, _patch, dy[band.Offset..], n, gradient, band.Columns, _patch, _channels, band.Columns, accumulate: true);
            FoldAdd(gradient, band, batch, s, rdx);
        }
    }

    private void AddBiasGradient(ReadOnlySpan<float> g, Span<float> dw, int n)
    {
        for (int c = 0; c < _channels; c++) dw[WeightCount + c] += (float)FloatKernels.Sum(g.Slice(c * n, n));
    }

    /// <summary>The band's patch matrix of <paramref name="x"/>, read in place.</summary>
    private PatchMatrix InPlace(ReadOnlySpan<float> x, Band band, int batch, Buffers s) => new(x[Start(band, batch)..], Map(band, batch, s));

    /// <summary>Where the band's patches start in the block's input.</summary>
    private int Start(Band band, int batch) => BatchedIm2Col.BandStart(_input, batch, band.RowStart);

    /// <summary>Where the band's patch-matrix rows lie in the input, from <see cref="Start"/> on.</summary>
    private RowMap Map(Band band, int batch, Buffers s) =>
        BatchedIm2Col.InPlace(s.PatchRows(_input, _k, batch), _input, _k, batch, band.RowStart, band.RowEnd);

    /// <summary>The band's patch matrix of <paramref name="x"/> for dot products along its rows: in place when that groups the same vectors as a copy, else unfolded.</summary>
    private PatchMatrix ForDots(ReadOnlySpan<float> x, Band band, int batch, Buffers s)
    {
        var inPlace = InPlace(x, band, batch, s);
        if (inPlace.Map.IsVectorAligned) return inPlace;
        var columns = s.Patches.AsSpan(0, _patch * band.Columns);
        BatchedIm2Col.Unfold(inPlace.Entries, inPlace.Map, columns);
        return new PatchMatrix(columns, RowMap.Strided(s.UnfoldedRows, band.Columns, band.Columns));
    }

    private void FoldAdd(ReadOnlySpan<float> gradient, Band band, int batch, Buffers s, Span<float> dx) =>
        BatchedIm2Col.FoldAdd(gradient, Map(band, batch, s), dx[Start(band, batch)..]);

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

    /// <summary>A band's patch matrix: its entries and where its rows lie in them.</summary>
    private readonly ref struct PatchMatrix(ReadOnlySpan<float> entries, RowMap map)
    {
        public ReadOnlySpan<float> Entries { get; } = entries;
        public RowMap Map { get; } = map;
    }

    private sealed class Buffers(int size, int patch) : BatchedScratch
    {
        private readonly int[] _patchRows = new int[patch];
        private int _patchRowsBatch;

        public readonly float[] Patches = new float[size];
        public readonly float[] PatchGradient = new float[size];
        public readonly int[] UnfoldedRows = new int[patch];

        public override long Bytes => sizeof(float) * (Patches.LongLength + PatchGradient.LongLength) + sizeof(int) * 2L * patch;

        /// <summary>The patch-matrix row offsets for blocks of <paramref name="batch"/> examples (<see cref="BatchedIm2Col.PatchRows"/>).</summary>
        public ReadOnlySpan<int> PatchRows(ImageShape input, int k, int batch)
        {
            if (_patchRowsBatch != batch)
            {
                BatchedIm2Col.PatchRows(input, k, batch, _patchRows);
                _patchRowsBatch = batch;
            }
            return _patchRows;
        }
    }
}
