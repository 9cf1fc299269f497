namespace AnisotropicNoise.Networks.Batched;

/// <summary><see cref="Dense"/> over a block: <c>Y = W X + b</c> with the block's examples as the columns of X.</summary>
internal sealed class BatchedDense(Dense layer) : BatchedLayer
{
    private readonly int _inputs = layer.Inputs, _outputs = layer.Outputs;
    private int WeightCount => _outputs * _inputs;

    public override void Forward(ReadOnlySpan<float> w, ReadOnlySpan<float> x, Span<float> y, int batch, BatchedScratch? scratch) =>
        Affine(w, x, y, batch);

    public override void Backward(ReadOnlySpan<float> w, ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dw,
        int batch, BatchedScratch? scratch)
    {
        if (!dw.IsEmpty) AddParameterGradient(dy, x, dw, batch, withBias: true);
        if (!dx.IsEmpty) TransposedTimes(w, dy, dx, batch, accumulate: false);
    }

    public override void RForward(ReadOnlySpan<float> w, ReadOnlySpan<float> v, ReadOnlySpan<float> x, ReadOnlySpan<float> rx, Span<float> ry,
        int batch, BatchedScratch? scratch)
    {
        Affine(v, x, ry, batch);
        if (!rx.IsEmpty) FloatKernels.Multiply(w, _inputs, 1, rx, ry, _outputs, _inputs, batch, accumulate: true);
    }

    public override void RBackward(ReadOnlySpan<float> w, ReadOnlySpan<float> v, ReadOnlySpan<float> x, ReadOnlySpan<float> rx,
        ReadOnlySpan<float> dy, ReadOnlySpan<float> rdy, Span<float> rdx, Span<float> rdw, int batch, BatchedScratch? scratch)
    {
        AddParameterGradient(rdy, x, rdw, batch, withBias: true);
        if (!rx.IsEmpty) AddParameterGradient(dy, rx, rdw, batch, withBias: false);
        if (rdx.IsEmpty) return;
        TransposedTimes(w, rdy, rdx, batch, accumulate: false);
        TransposedTimes(v, dy, rdx, batch, accumulate: true);
    }

    private void Affine(ReadOnlySpan<float> p, ReadOnlySpan<float> x, Span<float> y, int batch)
    {
        for (int o = 0; o < _outputs; o++) y.Slice(o * batch, batch).Fill(p[WeightCount + o]);
        FloatKernels.Multiply(p, _inputs, 1, x, y, _outputs, _inputs, batch, accumulate: true);
    }

    private void AddParameterGradient(ReadOnlySpan<float> g, ReadOnlySpan<float> x, Span<float> dw, int batch, bool withBias)
    {
        FloatKernels.MultiplyTransposed(g, x, dw, _outputs, batch, _inputs);
        if (!withBias) return;
        for (int o = 0; o < _outputs; o++) dw[WeightCount + o] += (float)FloatKernels.Sum(g.Slice(o * batch, batch));
    }

    private void TransposedTimes(ReadOnlySpan<float> p, ReadOnlySpan<float> g, Span<float> dx, int batch, bool accumulate) =>
        FloatKernels.Multiply(p, 1, _inputs, g, dx, _inputs, _outputs, batch, accumulate);
}
