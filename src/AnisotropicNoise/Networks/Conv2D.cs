using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Networks;

/// <summary>
/// A valid (unpadded, stride 1) 2-D convolution with square kernels, computed as a matrix product
/// with the unfolded patches. Parameters are the kernels <c>W</c> (row-major,
/// out-channels × in-channels × k × k) followed by one bias per output channel.
/// </summary>
public sealed class Conv2D : Layer
{
    private readonly IWeightInitializer _initializer;

    /// <summary>Creates a convolution of <paramref name="input"/> with <paramref name="outChannels"/> kernels of size <paramref name="kernelSize"/>².</summary>
    public Conv2D(ImageShape input, int outChannels, int kernelSize, IWeightInitializer initializer)
    {
        Input = input.Validated(nameof(input));
        Guard.Positive(outChannels, nameof(outChannels));
        KernelSize = Guard.InRange(kernelSize, 1, Math.Min(input.Height, input.Width), nameof(kernelSize));
        Output = new ImageShape(outChannels, input.Height - kernelSize + 1, input.Width - kernelSize + 1);
        _initializer = initializer ?? throw new ArgumentNullException(nameof(initializer));
    }

    /// <summary>The input shape.</summary>
    public ImageShape Input { get; }

    /// <summary>The output shape, <c>outChannels × (H − k + 1) × (W − k + 1)</c>.</summary>
    public ImageShape Output { get; }

    /// <summary>The kernel side <c>k</c>.</summary>
    public int KernelSize { get; }

    private int PatchSize => Input.Channels * KernelSize * KernelSize;
    private int Positions => Output.Height * Output.Width;
    private int WeightCount => Output.Channels * PatchSize;

    /// <inheritdoc />
    public override int InputSize => Input.Size;

    /// <inheritdoc />
    public override int OutputSize => Output.Size;

    /// <inheritdoc />
    public override int ParameterCount => WeightCount + Output.Channels;

    /// <inheritdoc />
    public override long ForwardFlops => 2L * WeightCount * Positions;

    /// <inheritdoc />
    public override void Initialize(Span<double> parameters, RandomStream random)
    {
        Guard.Length(parameters.Length, ParameterCount, nameof(parameters));
        _initializer.Fill(parameters[..WeightCount], PatchSize, Output.Channels * KernelSize * KernelSize, random);
        _initializer.FillBiases(parameters[WeightCount..], PatchSize, random);
    }

    /// <inheritdoc />
    public override string ToString() => $"conv {KernelSize}×{KernelSize} {Input.Channels}→{Output.Channels}";

    internal override LayerScratch CreateScratch() => new Buffers(PatchSize * Positions);

    internal override void Forward(ReadOnlySpan<double> w, ReadOnlySpan<double> x, Span<double> y, LayerScratch? scratch)
    {
        var s = (Buffers)scratch!;
        Im2Col.Unfold(x, Input, KernelSize, s.Patches);
        Convolve(w, s.Patches, y);
    }

    internal override void Backward(ReadOnlySpan<double> w, ReadOnlySpan<double> x, ReadOnlySpan<double> dy,
        Span<double> dx, Span<double> dw, LayerScratch? scratch)
    {
        var s = (Buffers)scratch!;
        if (!dw.IsEmpty) AddParameterGradient(dy, s.Patches, dw, withBias: true);
        if (dx.IsEmpty) return;
        InputPatchGradient(w, dy, s.PatchGradient, accumulate: false);
        Im2Col.Fold(s.PatchGradient, Input, KernelSize, dx);
    }

    internal override void RForward(ReadOnlySpan<double> w, ReadOnlySpan<double> v, ReadOnlySpan<double> x,
        ReadOnlySpan<double> rx, Span<double> ry, LayerScratch? scratch)
    {
        var s = (Buffers)scratch!;
        Convolve(v, s.Patches, ry);
        if (rx.IsEmpty) return;
        Im2Col.Unfold(rx, Input, KernelSize, s.RPatches);
        MatrixKernels.MultiplyAdd(w, PatchSize, 1, s.RPatches, ry, Output.Channels, PatchSize, Positions);
    }

    internal override void RBackward(ReadOnlySpan<double> w, ReadOnlySpan<double> v, ReadOnlySpan<double> x,
        ReadOnlySpan<double> rx, ReadOnlySpan<double> dy, ReadOnlySpan<double> rdy, Span<double> rdx, Span<double> rdw,
        LayerScratch? scratch)
    {
        var s = (Buffers)scratch!;
        AddParameterGradient(rdy, s.Patches, rdw, withBias: true);
        if (!rx.IsEmpty) AddParameterGradient(dy, s.RPatches, rdw, withBias: false);
        if (rdx.IsEmpty) return;
        InputPatchGradient(w, rdy, s.PatchGradient, accumulate: false);
        InputPatchGradient(v, dy, s.PatchGradient, accumulate: true);
        Im2Col.Fold(s.PatchGradient, Input, KernelSize, rdx);
    }

    /// <summary>y = W · patches + b, with W and b read from the parameter slice <paramref name="p"/>.</summary>
    private void Convolve(ReadOnlySpan<double> p, ReadOnlySpan<double> patches, Span<double> y)
    {
        for (int c = 0; c < Output.Channels; c++) y.Slice(c * Positions, Positions).Fill(p[WeightCount + c]);
        MatrixKernels.MultiplyAdd(p, PatchSize, 1, patches, y, Output.Channels, PatchSize, Positions);
    }

    /// <summary>Adds <c>g · patchesᵀ</c> to the kernel gradient and, when asked, the row sums of <c>g</c> to the bias gradient.</summary>
    private void AddParameterGradient(ReadOnlySpan<double> g, ReadOnlySpan<double> patches, Span<double> dw, bool withBias)
    {
        MatrixKernels.MultiplyTransposedAdd(g, patches, dw, Output.Channels, Positions, PatchSize);
        if (!withBias) return;
        for (int c = 0; c < Output.Channels; c++) dw[WeightCount + c] += VectorKernels.Sum(g.Slice(c * Positions, Positions));
    }

    /// <summary>Writes or adds <c>Wᵀ g</c>, the gradient with respect to the patch matrix.</summary>
    private void InputPatchGradient(ReadOnlySpan<double> p, ReadOnlySpan<double> g, Span<double> patchGradient, bool accumulate) =>
        MatrixKernels.MultiplyAdd(p, 1, PatchSize, g, patchGradient, PatchSize, Output.Channels, Positions, accumulate);

    private sealed class Buffers(int size) : LayerScratch
    {
        public readonly double[] Patches = new double[size];
        public readonly double[] RPatches = new double[size];
        public readonly double[] PatchGradient = new double[size];
    }
}
