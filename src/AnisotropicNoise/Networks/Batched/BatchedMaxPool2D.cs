using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace AnisotropicNoise.Networks.Batched;

/// <summary>
/// <see cref="MaxPool2D"/> over a block: each window's first largest input wins, as in the one-example layer. The
/// forward pass records, for each output, its winner's place in the window, which routes the backward and R-passes;
/// every pass runs along the block's examples on the vectors.
/// </summary>
internal sealed class BatchedMaxPool2D(MaxPool2D layer) : BatchedLayer
{
    private readonly ImageShape _input = layer.Input, _output = layer.Output;
    private readonly int _size = layer.Size;

    public override BatchedScratch CreateScratch(int maxBatch) => new Winners(_output.Size * maxBatch);

    public override void Forward(ReadOnlySpan<float> w, ReadOnlySpan<float> x, Span<float> y, int batch, BatchedScratch? scratch) =>
        Visit(Pass.Forward, x, y, ((Winners)scratch!).Places, batch);

    public override void Backward(ReadOnlySpan<float> w, ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dw,
        int batch, BatchedScratch? scratch) => Route(dy, dx, batch, scratch);

    public override void RForward(ReadOnlySpan<float> w, ReadOnlySpan<float> v, ReadOnlySpan<float> x, ReadOnlySpan<float> rx, Span<float> ry,
        int batch, BatchedScratch? scratch)
    {
        if (rx.IsEmpty) ry.Clear();
        else Visit(Pass.Select, rx, ry, ((Winners)scratch!).Places, batch);
    }

    public override void RBackward(ReadOnlySpan<float> w, ReadOnlySpan<float> v, ReadOnlySpan<float> x, ReadOnlySpan<float> rx,
        ReadOnlySpan<float> dy, ReadOnlySpan<float> rdy, Span<float> rdx, Span<float> rdw, int batch, BatchedScratch? scratch) =>
        Route(rdy, rdx, batch, scratch);

    private void Route(ReadOnlySpan<float> outputDerivative, Span<float> inputDerivative, int batch, BatchedScratch? scratch)
    {
        if (inputDerivative.IsEmpty) return;
        // Windows do not overlap, so each input is written once; inputs outside every window (odd sides) stay zero.
        if (_input.Height % _size != 0 || _input.Width % _size != 0) inputDerivative.Clear();
        Visit(Pass.Route, outputDerivative, inputDerivative, ((Winners)scratch!).Places, batch);
    }

    private void Visit(Pass pass, ReadOnlySpan<float> source, Span<float> target, Span<float> mask, int batch)
    {
        var shape = new PoolShape(_input, _output, _size, batch);
        if (Vector512.IsHardwareAccelerated) Visit<Lanes512, Vector512<float>>(pass, shape, source, target, mask);
        else Visit<Lanes256, Vector256<float>>(pass, shape, source, target, mask);
    }

    private static void Visit<TL, TV>(Pass pass, PoolShape shape, ReadOnlySpan<float> source, Span<float> target, Span<float> mask)
        where TL : struct, IFloatLanes<TV> where TV : struct
    {
        switch (pass)
        {
            case Pass.Forward: PoolKernels<TL, TV>.Visit<MaxAndMark<TL, TV>>(shape, source, target, mask); break;
            case Pass.Select: PoolKernels<TL, TV>.Visit<SelectWinner<TL, TV>>(shape, source, target, mask); break;
            default: PoolKernels<TL, TV>.Visit<RouteToWinner<TL, TV>>(shape, source, target, mask); break;
        }
    }

    /// <summary>Each output's winner: its input's place in the window (row-major), a small integer stored as a float.</summary>
    private sealed class Winners(int size) : BatchedScratch
    {
        public readonly float[] Places = new float[size];

        public override long Bytes => sizeof(float) * (long)Places.Length;
    }
}

/// <summary>What a pooling pass does with each window.</summary>
internal enum Pass
{
    /// <summary>source = inputs, target = outputs: the window's maximum, and which input is its first winner.</summary>
    Forward,

    /// <summary>source = input R-derivatives, target = output R-derivatives: each window's winner's value.</summary>
    Select,

    /// <summary>source = output derivatives, target = input derivatives: each output's derivative to its window's winner.</summary>
    Route,
}

/// <summary>A pooling layer's shapes and the block's batch size.</summary>
internal readonly record struct PoolShape(ImageShape Input, ImageShape Output, int Size, int Batch);

/// <summary>
/// What one pass does with one window of one run of examples: <c>inputs</c> are the window's input
/// positions (in floats, at the run's first example), <c>output</c> its output's; a run is one vector of
/// examples (<see cref="Vector"/>) or one example in the block's tail (<see cref="Scalar"/>).
/// </summary>
internal interface IWindowPass<TV> where TV : struct
{
    static abstract void Vector(ReadOnlySpan<int> inputs, int output, ref float source, ref float target, ref float mask);
    static abstract void Scalar(ReadOnlySpan<int> inputs, int output, ref float source, ref float target, ref float mask);
}

/// <summary>The pooling passes on one vector width: one loop over the windows, vectors along the block's examples, one example at a time in the tail.</summary>
internal static class PoolKernels<TL, TV> where TL : struct, IFloatLanes<TV> where TV : struct
{
    public static void Visit<TPass>(PoolShape p, ReadOnlySpan<float> source, Span<float> target, Span<float> mask) where TPass : struct, IWindowPass<TV>
    {
        ref float s = ref MemoryMarshal.GetReference(source);
        ref float t = ref MemoryMarshal.GetReference(target);
        ref float m = ref MemoryMarshal.GetReference(mask);
        int batch = p.Batch, vectorEnd = batch - batch % TL.Count;
        // The window's inputs relative to its first one, in a block (input index × batch).
        Span<int> window = stackalloc int[p.Size * p.Size];
        for (int j = 0; j < window.Length; j++) window[j] = (j / p.Size * p.Input.Width + j % p.Size) * batch;
        Span<int> inputs = stackalloc int[window.Length];
        int o = 0;
        for (int c = 0; c < p.Output.Channels; c++)
            for (int oy = 0; oy < p.Output.Height; oy++)
                for (int ox = 0; ox < p.Output.Width; ox++, o += batch)
                {
                    int origin = ((c * p.Input.Height + oy * p.Size) * p.Input.Width + ox * p.Size) * batch;
                    int b = 0;
                    for (; b < vectorEnd; b += TL.Count)
                    {
                        for (int j = 0; j < window.Length; j++) inputs[j] = origin + b + window[j];
                        TPass.Vector(inputs, o + b, ref s, ref t, ref m);
                    }
                    for (; b < batch; b++)
                    {
                        for (int j = 0; j < window.Length; j++) inputs[j] = origin + b + window[j];
                        TPass.Scalar(inputs, o + b, ref s, ref t, ref m);
                    }
                }
    }
}

/// <summary><see cref="Pass.Forward"/>: the window's maximum, and the mask records which of the window's inputs is its first winner.</summary>
internal readonly struct MaxAndMark<TL, TV> : IWindowPass<TV> where TL : struct, IFloatLanes<TV> where TV : struct
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Vector(ReadOnlySpan<int> inputs, int output, ref float x, ref float y, ref float winners)
    {
        TV max = TL.Load(ref Unsafe.Add(ref x, inputs[0]));
        for (int j = 1; j < inputs.Length; j++) max = TL.Max(max, TL.Load(ref Unsafe.Add(ref x, inputs[j])));
        TL.Store(max, ref Unsafe.Add(ref y, output));
        // −1 where no input equals the maximum (a NaN), so that no input is routed to.
        TV found = TL.Zero, winner = TL.Splat(-1);
        for (int j = 0; j < inputs.Length; j++)
        {
            TV first = TL.AndNot(TL.EqualMask(TL.Load(ref Unsafe.Add(ref x, inputs[j])), max), found);
            winner = TL.Or(TL.AndNot(winner, first), TL.Keep(first, TL.Splat(j)));
            found = TL.Or(found, first);
        }
        TL.Store(winner, ref Unsafe.Add(ref winners, output));
    }

    public static void Scalar(ReadOnlySpan<int> inputs, int output, ref float x, ref float y, ref float winners)
    {
        int best = 0;
        for (int j = 1; j < inputs.Length; j++)
            if (Unsafe.Add(ref x, inputs[j]) > Unsafe.Add(ref x, inputs[best])) best = j;
        Unsafe.Add(ref winners, output) = best;
        Unsafe.Add(ref y, output) = Unsafe.Add(ref x, inputs[best]);
    }
}

/// <summary><see cref="Pass.Select"/>: each window's winner's value.</summary>
internal readonly struct SelectWinner<TL, TV> : IWindowPass<TV> where TL : struct, IFloatLanes<TV> where TV : struct
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Vector(ReadOnlySpan<int> inputs, int output, ref float rx, ref float ry, ref float winners)
    {
        TV winner = TL.Load(ref Unsafe.Add(ref winners, output)), sum = TL.Zero;
        for (int j = 0; j < inputs.Length; j++)
            sum = TL.Add(sum, TL.Keep(TL.EqualMask(winner, TL.Splat(j)), TL.Load(ref Unsafe.Add(ref rx, inputs[j]))));
        TL.Store(sum, ref Unsafe.Add(ref ry, output));
    }

    public static void Scalar(ReadOnlySpan<int> inputs, int output, ref float rx, ref float ry, ref float winners) =>
        Unsafe.Add(ref ry, output) = Unsafe.Add(ref rx, inputs[(int)Unsafe.Add(ref winners, output)]);
}

/// <summary><see cref="Pass.Route"/>: each output's derivative to its window's winner, zero to the rest.</summary>
internal readonly struct RouteToWinner<TL, TV> : IWindowPass<TV> where TL : struct, IFloatLanes<TV> where TV : struct
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Vector(ReadOnlySpan<int> inputs, int output, ref float dy, ref float dx, ref float winners)
    {
        TV derivative = TL.Load(ref Unsafe.Add(ref dy, output)), winner = TL.Load(ref Unsafe.Add(ref winners, output));
        for (int j = 0; j < inputs.Length; j++)
            TL.Store(TL.Keep(TL.EqualMask(winner, TL.Splat(j)), derivative), ref Unsafe.Add(ref dx, inputs[j]));
    }

    public static void Scalar(ReadOnlySpan<int> inputs, int output, ref float dy, ref float dx, ref float winners)
    {
        int winner = (int)Unsafe.Add(ref winners, output);
        for (int j = 0; j < inputs.Length; j++) Unsafe.Add(ref dx, inputs[j]) = j == winner ? Unsafe.Add(ref dy, output) : 0;
    }
}
