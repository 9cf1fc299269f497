using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;

namespace AnisotropicNoise.Networks;

/// <summary>
/// Non-overlapping max-pooling over <c>s × s</c> windows (stride <c>s</c>, trailing rows and
/// columns that do not fill a window dropped, as TensorFlow's VALID pooling). Piecewise linear: the
/// derivative routes through the first maximal entry of each window.
/// </summary>
public sealed class MaxPool2D : Layer
{
    /// <summary>Creates a pooling layer over windows of side <paramref name="size"/>.</summary>
    public MaxPool2D(ImageShape input, int size)
    {
        Input = input.Validated(nameof(input));
        Size = Guard.InRange(size, 1, Math.Min(input.Height, input.Width), nameof(size));
        Output = new ImageShape(input.Channels, input.Height / size, input.Width / size);
    }

    /// <summary>The input shape.</summary>
    public ImageShape Input { get; }

    /// <summary>The output shape, <c>C × ⌊H/s⌋ × ⌊W/s⌋</c>.</summary>
    public ImageShape Output { get; }

    /// <summary>The window side <c>s</c>.</summary>
    public int Size { get; }

    /// <inheritdoc />
    public override int InputSize => Input.Size;

    /// <inheritdoc />
    public override int OutputSize => Output.Size;

    /// <inheritdoc />
    public override string ToString() => $"max-pool {Size}";

    internal override LayerScratch CreateScratch() => new Winners(Output.Size);

    internal override void Forward(ReadOnlySpan<double> w, ReadOnlySpan<double> x, Span<double> y, LayerScratch? scratch)
    {
        var winners = ((Winners)scratch!).Index;
        int inHeight = Input.Height, inWidth = Input.Width, size = Size, o = 0;
        ref double rx = ref MemoryMarshal.GetReference(x);
        for (int c = 0; c < Output.Channels; c++)
            for (int oy = 0; oy < Output.Height; oy++)
                for (int ox = 0; ox < Output.Width; ox++, o++)
                {
                    int origin = (c * inHeight + oy * size) * inWidth + ox * size, best = origin;
                    double max = Unsafe.Add(ref rx, origin);
                    if (size == 2)
                    {
                        Consider(ref rx, origin + 1, ref best, ref max);
                        Consider(ref rx, origin + inWidth, ref best, ref max);
                        Consider(ref rx, origin + inWidth + 1, ref best, ref max);
                    }
                    else
                    {
                        for (int dy = 0; dy < size; dy++)
                            for (int dx = 0; dx < size; dx++) Consider(ref rx, origin + dy * inWidth + dx, ref best, ref max);
                    }
                    winners[o] = best;
                    y[o] = max;
                }
    }

    /// <summary>
    /// Makes <paramref name="index"/> the winner if its value is larger. Arithmetic selection, not a
    /// branch: which entry wins is random, so branches mispredict.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Consider(ref double x, int index, ref int best, ref double max)
    {
        double value = Unsafe.Add(ref x, index);
        int larger = Unsafe.BitCast<bool, byte>(value > max);
        best += (index - best) & -larger;
        max = double.MaxNative(value, max);
    }

    internal override void Backward(ReadOnlySpan<double> w, ReadOnlySpan<double> x, ReadOnlySpan<double> dy,
        Span<double> dx, Span<double> dw, LayerScratch? scratch) => Route(dy, dx, scratch);

    internal override void RForward(ReadOnlySpan<double> w, ReadOnlySpan<double> v, ReadOnlySpan<double> x,
        ReadOnlySpan<double> rx, Span<double> ry, LayerScratch? scratch)
    {
        var winners = ((Winners)scratch!).Index;
        for (int o = 0; o < ry.Length; o++) ry[o] = rx.IsEmpty ? 0 : rx[winners[o]];
    }

    internal override void RBackward(ReadOnlySpan<double> w, ReadOnlySpan<double> v, ReadOnlySpan<double> x,
        ReadOnlySpan<double> rx, ReadOnlySpan<double> dy, ReadOnlySpan<double> rdy, Span<double> rdx, Span<double> rdw,
        LayerScratch? scratch) => Route(rdy, rdx, scratch);

    /// <summary>Sends each output's derivative back to its window's winner; the other inputs get zero.</summary>
    private static void Route(ReadOnlySpan<double> outputDerivative, Span<double> inputDerivative, LayerScratch? scratch)
    {
        if (inputDerivative.IsEmpty) return;
        var winners = ((Winners)scratch!).Index;
        inputDerivative.Clear();
        for (int o = 0; o < outputDerivative.Length; o++) inputDerivative[winners[o]] += outputDerivative[o];
    }

    private sealed class Winners(int size) : LayerScratch
    {
        public readonly int[] Index = new int[size];
    }
}
