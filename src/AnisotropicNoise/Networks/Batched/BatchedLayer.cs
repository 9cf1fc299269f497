namespace AnisotropicNoise.Networks.Batched;

/// <summary>
/// A layer's passes over a block of examples in single precision. A block's activations are
/// <c>features × batch</c>, row-major: the examples of a feature lie side by side, so for a convolution the
/// long dimension (positions × examples) is the one the vectors run along and the layer is one matrix
/// product per block. The passes are those of <see cref="Layer"/>: forward, backward and Pearlmutter's
/// R-forward and R-backward; weight gradients are added to <c>dw</c> for the whole block.
/// </summary>
internal abstract class BatchedLayer
{
    /// <summary>Per-block buffers for blocks of up to <paramref name="maxBatch"/> examples (null when the layer needs none).</summary>
    public virtual BatchedScratch? CreateScratch(int maxBatch) => null;

    /// <summary>y = f(x; w). Later passes on the same block reuse what this pass leaves in the scratch.</summary>
    public abstract void Forward(ReadOnlySpan<float> w, ReadOnlySpan<float> x, Span<float> y, int batch, BatchedScratch? scratch);

    /// <summary>Adds ∂ℓ/∂w to <paramref name="dw"/> unless it is empty and writes ∂ℓ/∂x to <paramref name="dx"/> unless it is empty.</summary>
    public abstract void Backward(ReadOnlySpan<float> w, ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx, Span<float> dw,
        int batch, BatchedScratch? scratch);

    /// <summary><c>R(y) = ∂f/∂x · R(x) + ∂f/∂w · v</c>; an empty <paramref name="rx"/> stands for <c>R(x) = 0</c>.</summary>
    public abstract void RForward(ReadOnlySpan<float> w, ReadOnlySpan<float> v, ReadOnlySpan<float> x, ReadOnlySpan<float> rx, Span<float> ry,
        int batch, BatchedScratch? scratch);

    /// <summary>Adds <c>R(∂ℓ/∂w)</c> to <paramref name="rdw"/> and writes <c>R(∂ℓ/∂x)</c> to <paramref name="rdx"/> unless it is empty.</summary>
    public abstract void RBackward(ReadOnlySpan<float> w, ReadOnlySpan<float> v, ReadOnlySpan<float> x, ReadOnlySpan<float> rx,
        ReadOnlySpan<float> dy, ReadOnlySpan<float> rdy, Span<float> rdx, Span<float> rdw, int batch, BatchedScratch? scratch);
}

/// <summary>Per-block buffers of one batched layer, owned by one workspace (so by one thread at a time).</summary>
internal abstract class BatchedScratch
{
    /// <summary>The memory the buffers take.</summary>
    public abstract long Bytes { get; }
}
