namespace AnisotropicNoise.Networks.Batched;

/// <summary><see cref="Relu"/> over a block: every pass is the same gate, <c>x &gt; 0</c>.</summary>
internal sealed class BatchedRelu : BatchedLayer
{
    public override void Forward(ReadOnlySpan<float> w, ReadOnlySpan<float> x, Span<float> y, int batch, BatchedScratch? scratch) =>
        FloatKernels.Gate(x, x, y);

    public override void Backward(ReadOnlySpan<float> w, ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dw,
        int batch, BatchedScratch? scratch)
    {
        if (!dx.IsEmpty) FloatKernels.Gate(x, dy, dx);
    }

    public override void RForward(ReadOnlySpan<float> w, ReadOnlySpan<float> v, ReadOnlySpan<float> x, ReadOnlySpan<float> rx, Span<float> ry,
        int batch, BatchedScratch? scratch)
    {
        if (rx.IsEmpty) ry.Clear();
        else FloatKernels.Gate(x, rx, ry);
    }

    public override void RBackward(ReadOnlySpan<float> w, ReadOnlySpan<float> v, ReadOnlySpan<float> x, ReadOnlySpan<float> rx,
        ReadOnlySpan<float> dy, ReadOnlySpan<float> rdy, Span<float> rdx, Span<float> rdw, int batch, BatchedScratch? scratch)
    {
        if (!rdx.IsEmpty) FloatKernels.Gate(x, rdy, rdx);
    }
}
