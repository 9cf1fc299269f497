namespace AnisotropicNoise.Networks.Batched;

/// <summary><see cref="ZeroPad2D"/> over a block: each image row of the block (<c>W · batch</c> numbers) moves as one run.</summary>
internal sealed class BatchedZeroPad2D(ZeroPad2D layer) : BatchedLayer
{
    private readonly ImageShape _input = layer.Input, _output = layer.Output;
    private readonly int _padding = layer.Padding;

    public override void Forward(ReadOnlySpan<float> w, ReadOnlySpan<float> x, Span<float> y, int batch, BatchedScratch? scratch) =>
        Pad(x, y, batch);

    public override void Backward(ReadOnlySpan<float> w, ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dw,
        int batch, BatchedScratch? scratch) => Crop(dy, dx, batch);

    public override void RForward(ReadOnlySpan<float> w, ReadOnlySpan<float> v, ReadOnlySpan<float> x, ReadOnlySpan<float> rx, Span<float> ry,
        int batch, BatchedScratch? scratch)
    {
        if (rx.IsEmpty) ry.Clear();
        else Pad(rx, ry, batch);
    }

    public override void RBackward(ReadOnlySpan<float> w, ReadOnlySpan<float> v, ReadOnlySpan<float> x, ReadOnlySpan<float> rx,
        ReadOnlySpan<float> dy, ReadOnlySpan<float> rdy, Span<float> rdx, Span<float> rdw, int batch, BatchedScratch? scratch) =>
        Crop(rdy, rdx, batch);

    private void Pad(ReadOnlySpan<float> image, Span<float> padded, int batch)
    {
        padded.Clear();
        int run = _input.Width * batch;
        for (int c = 0; c < _input.Channels; c++)
            for (int y = 0; y < _input.Height; y++)
                image.Slice((c * _input.Height + y) * run, run).CopyTo(padded[(Offset(c, y) * batch)..]);
    }

    private void Crop(ReadOnlySpan<float> padded, Span<float> image, int batch)
    {
        if (image.IsEmpty) return;
        int run = _input.Width * batch;
        for (int c = 0; c < _input.Channels; c++)
            for (int y = 0; y < _input.Height; y++)
                padded.Slice(Offset(c, y) * batch, run).CopyTo(image.Slice((c * _input.Height + y) * run, run));
    }

    private int Offset(int c, int y) => (c * _output.Height + y + _padding) * _output.Width + _padding;
}
