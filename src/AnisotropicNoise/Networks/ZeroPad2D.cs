namespace AnisotropicNoise.Networks;

/// <summary>
/// Surrounds each channel of an image with <c>p</c> rows and columns of zeros (<c>C × H × W → C × (H + 2p) × (W + 2p)</c>),
/// so that a following valid <see cref="Conv2D"/> of kernel <c>2p + 1</c> keeps the image's size: VGG's "same" 3×3
/// convolution is <c>ZeroPad2D(1)</c> then <c>Conv2D(k = 3)</c>. No parameters; linear, so its R-pass is itself.
/// </summary>
public sealed class ZeroPad2D : Layer
{
    /// <summary>Pads <paramref name="input"/> by <paramref name="padding"/> on every side.</summary>
    public ZeroPad2D(ImageShape input, int padding)
    {
        Input = input.Validated(nameof(input));
        Padding = Guard.Positive(padding, nameof(padding));
        Output = new ImageShape(input.Channels, input.Height + 2 * padding, input.Width + 2 * padding);
    }

    /// <summary>The input shape.</summary>
    public ImageShape Input { get; }

    /// <summary>The output shape.</summary>
    public ImageShape Output { get; }

    /// <summary>The rows and columns of zeros added on each side.</summary>
    public int Padding { get; }

    /// <inheritdoc />
    public override int InputSize => Input.Size;

    /// <inheritdoc />
    public override int OutputSize => Output.Size;

    /// <inheritdoc />
    public override string ToString() => $"zero-pad {Padding}";

    internal override void Forward(ReadOnlySpan<double> w, ReadOnlySpan<double> x, Span<double> y, LayerScratch? scratch) => Pad(x, y);

    internal override void Backward(ReadOnlySpan<double> w, ReadOnlySpan<double> x, ReadOnlySpan<double> dy,
        Span<double> dx, Span<double> dw, LayerScratch? scratch) => Crop(dy, dx);

    internal override void RForward(ReadOnlySpan<double> w, ReadOnlySpan<double> v, ReadOnlySpan<double> x,
        ReadOnlySpan<double> rx, Span<double> ry, LayerScratch? scratch)
    {
        if (rx.IsEmpty) ry.Clear();
        else Pad(rx, ry);
    }

    internal override void RBackward(ReadOnlySpan<double> w, ReadOnlySpan<double> v, ReadOnlySpan<double> x,
        ReadOnlySpan<double> rx, ReadOnlySpan<double> dy, ReadOnlySpan<double> rdy, Span<double> rdx, Span<double> rdw,
        LayerScratch? scratch) => Crop(rdy, rdx);

    private void Pad(ReadOnlySpan<double> image, Span<double> padded)
    {
        padded.Clear();
        for (int c = 0; c < Input.Channels; c++)
            for (int y = 0; y < Input.Height; y++)
                image.Slice((c * Input.Height + y) * Input.Width, Input.Width).CopyTo(padded[Offset(c, y)..]);
    }

    private void Crop(ReadOnlySpan<double> padded, Span<double> image)
    {
        if (image.IsEmpty) return;
        for (int c = 0; c < Input.Channels; c++)
            for (int y = 0; y < Input.Height; y++)
                padded.Slice(Offset(c, y), Input.Width).CopyTo(image.Slice((c * Input.Height + y) * Input.Width, Input.Width));
    }

    // Where input row y of channel c starts inside the padded image.
    private int Offset(int c, int y) => (c * Output.Height + y + Padding) * Output.Width + Padding;
}
