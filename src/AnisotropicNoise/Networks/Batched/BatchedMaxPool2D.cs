using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace AnisotropicNoise.Networks.Batched;

/// <summary>
/// <see cref="MaxPool2D"/> over a block: each window's first largest input wins, as in the one-example layer. The
/// forward pass marks each winner in a mask the size of the input (all bits set), which routes the backward and R-passes;
/// every pass runs along the block's examples on the vectors.
/// </summary>
internal sealed class BatchedMaxPool2D(MaxPool2D layer) : BatchedLayer
{
    private readonly ImageShape _input = layer.Input, _output = layer.Output;
    private readonly int _size = layer.Size;

    public override BatchedScratch CreateScratch(int maxBatch) => new Winners(_input.Size * maxBatch);

    public override void Forward(ReadOnlySpan<float> w, ReadOnlySpan<float> x, Span<float> y, int batch, BatchedScratch? scratch) =>
        Visit(Pass.Forward, x, y, ((Winners)scratch!).Mask, batch);

    public override void Backward(ReadOnlySpan<float> w, ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dw,
        int batch, BatchedScratch? scratch) => Route(dy, dx, batch, scratch);

    public override void RForward(ReadOnlySpan<float> w, ReadOnlySpan<float> v, ReadOnlySpan<float> x, ReadOnlySpan<float> rx, Span<float> ry,
        int batch, BatchedScratch? scratch)
    {
        if (rx.IsEmpty) ry.Clear();
        else Visit(Pass.Select, rx, ry, ((Winners)scratch!).Mask, batch);
    }

    public override void RBackward(ReadOnlySpan<float> w, ReadOnlySpan<float> v, ReadOnlySpan<float> x, ReadOnlySpan<float> rx,
        ReadOnlySpan<float> dy, ReadOnlySpan<float> rdy, Span<float> rdx, Span<float> rdw, int batch, BatchedScratch? scratch) =>
        Route(rdy, rdx, batch, scratch);

    private void Route(ReadOnlySpan<float> outputDerivative, Span<float> inputDerivative, int batch, BatchedScratch? scratch)
    {
        if (inputDerivative.IsEmpty) return;
        // Windows do not overlap, so each input is written once; inputs outside every window (odd sides) stay zero.
        if (_input.Height % _size != 0 || _input.Width % _size != 0) inputDerivative.Clear();
        Visit(Pass.Route, outputDerivative, inputDerivative, ((Winners)scratch!).Mask, batch);
    }

    private void Visit(Pass pass, ReadOnlySpan<float> source, Span<float> target, Span<float> mask, int batch)
    {
        var shape = new PoolShape(_input, _output, _size, batch);
        if (Vector512.IsHardwareAccelerated) PoolKernels<Lanes512, Vector512<float>>.Visit(pass, shape, source, target, mask);
        else PoolKernels<Lanes256, Vector256<float>>.Visit(pass, shape, source, target, mask);
    }

    private sealed class Winners(int size) : BatchedScratch
    {
        public readonly float[] Mask = new float[size];
    }
}

/// <summary>What a pooling pass does with each window.</summary>
internal enum Pass
{
    /// <summary>source = inputs, target = outputs: the window's maximum, and the mask marks its first winner.</summary>
    Forward,

    /// <summary>source = input R-derivatives, target = output R-derivatives: each window's winner's value.</summary>
    Select,

    /// <summary>source = output derivatives, target = input derivatives: each output's derivative to its window's winner.</summary>
    Route,
}

/// <summary>A pooling layer's shapes and the block's batch size.</summary>
internal readonly record struct PoolShape(ImageShape Input, ImageShape Output, int Size, int Batch);

/// <summary>The pooling passes on one vector width: vectors along the block's examples, one example at a time in the tail.</summary>
internal static class PoolKernels<TL, TV> where TL : struct, IFloatLanes<TV> where TV : struct
{
    private static readonly float Set = BitConverter.Int32BitsToSingle(-1);

    public static void Visit(Pass pass, PoolShape p, ReadOnlySpan<float> source, Span<float> target, Span<float> mask)
    {
        ref float s = ref MemoryMarshal.GetReference(source);
        ref float t = ref MemoryMarshal.GetReference(target);
        ref float m = ref MemoryMarshal.GetReference(mask);
        int batch = p.Batch;
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
                    for (int j = 0; j < window.Length; j++) inputs[j] = origin + window[j];
                    switch (pass)
                    {
                        case Pass.Forward: Forward(inputs, o, batch, ref s, ref t, ref m); break;
                        case Pass.Select: Select(inputs, o, batch, ref s, ref t, ref m); break;
                        default: Route(inputs, o, batch, ref s, ref t, ref m); break;
                    }
                }
    }

    private static void Forward(ReadOnlySpan<int> inputs, int output, int batch, ref float x, ref float y, ref float mask)
    {
        int b = 0;
        for (; b + TL.Count <= batch; b += TL.Count)
        {
            TV max = TL.Load(ref Unsafe.Add(ref x, inputs[0] + b));
            for (int j = 1; j < inputs.Length; j++) max = TL.Max(max, TL.Load(ref Unsafe.Add(ref x, inputs[j] + b)));
            TL.Store(max, ref Unsafe.Add(ref y, output + b));
            TV found = TL.Zero;
            foreach (int input in inputs)
            {
                TV winner = TL.AndNot(TL.EqualMask(TL.Load(ref Unsafe.Add(ref x, input + b)), max), found);
                TL.Store(winner, ref Unsafe.Add(ref mask, input + b));
                found = TL.Or(found, winner);
            }
        }
        for (; b < batch; b++)
        {
            int best = inputs[0] + b;
            for (int j = 1; j < inputs.Length; j++)
                if (Unsafe.Add(ref x, inputs[j] + b) > Unsafe.Add(ref x, best)) best = inputs[j] + b;
            foreach (int input in inputs) Unsafe.Add(ref mask, input + b) = input + b == best ? Set : 0;
            Unsafe.Add(ref y, output + b) = Unsafe.Add(ref x, best);
        }
    }

    private static void Select(ReadOnlySpan<int> inputs, int output, int batch, ref float rx, ref float ry, ref float mask)
    {
        int b = 0;
        for (; b + TL.Count <= batch; b += TL.Count)
        {
            TV sum = TL.Zero;
            foreach (int input in inputs)
                sum = TL.Add(sum, TL.Keep(TL.Load(ref Unsafe.Add(ref mask, input + b)), TL.Load(ref Unsafe.Add(ref rx, input + b))));
            TL.Store(sum, ref Unsafe.Add(ref ry, output + b));
        }
        for (; b < batch; b++)
        {
            float value = 0;
            foreach (int input in inputs)
                if (Unsafe.Add(ref mask, input + b) != 0) value = Unsafe.Add(ref rx, input + b);
            Unsafe.Add(ref ry, output + b) = value;
        }
    }

    private static void Route(ReadOnlySpan<int> inputs, int output, int batch, ref float dy, ref float dx, ref float mask)
    {
        int b = 0;
        for (; b + TL.Count <= batch; b += TL.Count)
        {
            TV derivative = TL.Load(ref Unsafe.Add(ref dy, output + b));
            foreach (int input in inputs)
                TL.Store(TL.Keep(TL.Load(ref Unsafe.Add(ref mask, input + b)), derivative), ref Unsafe.Add(ref dx, input + b));
        }
        for (; b < batch; b++)
            foreach (int input in inputs)
                Unsafe.Add(ref dx, input + b) = Unsafe.Add(ref mask, input + b) != 0 ? Unsafe.Add(ref dy, output + b) : 0;
    }
}
