using System.Numerics;

namespace AnisotropicNoise.Networks;

/// <summary>The rectifier <c>y = max(x, 0)</c>, elementwise; its derivative at 0 is taken as 0.</summary>
public sealed class Relu : Layer
{
    /// <summary>Creates a rectifier over <paramref name="size"/> values.</summary>
    public Relu(int size) => Size = Guard.Positive(size, nameof(size));

    /// <summary>The number of values.</summary>
    public int Size { get; }

    /// <inheritdoc />
    public override int InputSize => Size;

    /// <inheritdoc />
    public override int OutputSize => Size;

    /// <inheritdoc />
    public override string ToString() => "ReLU";

    internal override void Forward(ReadOnlySpan<double> w, ReadOnlySpan<double> x, Span<double> y, LayerScratch? scratch) =>
        Gate(x, x, y);

    internal override void Backward(ReadOnlySpan<double> w, ReadOnlySpan<double> x, ReadOnlySpan<double> dy,
        Span<double> dx, Span<double> dw, LayerScratch? scratch) => Gate(x, dy, dx);

    internal override void RForward(ReadOnlySpan<double> w, ReadOnlySpan<double> v, ReadOnlySpan<double> x,
        ReadOnlySpan<double> rx, Span<double> ry, LayerScratch? scratch)
    {
        if (rx.IsEmpty) ry.Clear();
        else Gate(x, rx, ry);
    }

    internal override void RBackward(ReadOnlySpan<double> w, ReadOnlySpan<double> v, ReadOnlySpan<double> x,
        ReadOnlySpan<double> rx, ReadOnlySpan<double> dy, ReadOnlySpan<double> rdy, Span<double> rdx, Span<double> rdw,
        LayerScratch? scratch) => Gate(x, rdy, rdx);

    /// <summary>
    /// Passes <paramref name="source"/> where the input is positive, zero elsewhere (nothing when the
    /// target is empty). Branch-free: the signs of a layer's inputs are random, so branches mispredict.
    /// </summary>
    private static void Gate(ReadOnlySpan<double> x, ReadOnlySpan<double> source, Span<double> target)
    {
        if (target.IsEmpty) return;
        int w = Vector<double>.Count, i = 0;
        for (; i + w <= x.Length; i += w)
            Vector.ConditionalSelect(Vector.GreaterThan(new Vector<double>(x[i..]), Vector<double>.Zero), new Vector<double>(source[i..]), Vector<double>.Zero)
                .CopyTo(target[i..]);
        for (; i < x.Length; i++) target[i] = x[i] > 0 ? source[i] : 0;
    }
}
