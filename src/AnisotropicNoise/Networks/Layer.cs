using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Networks;

/// <summary>
/// One layer of a <see cref="Sequential"/> network, a map from <see cref="InputSize"/> to
/// <see cref="OutputSize"/> numbers whose weights are a slice of the network's flat parameter
/// vector. Besides forward and backward it has Pearlmutter's R-operator passes (forward and
/// backward), so the network multiplies its exact Hessian by a vector.
/// </summary>
public abstract class Layer
{
    private protected Layer() { }

    /// <summary>The number of inputs per example.</summary>
    public abstract int InputSize { get; }

    /// <summary>The number of outputs per example.</summary>
    public abstract int OutputSize { get; }

    /// <summary>The number of parameters this layer owns in the flat vector.</summary>
    public virtual int ParameterCount => 0;

    /// <summary>Floating-point operations of one forward pass for one example (multiply and add count as two).</summary>
    public virtual long ForwardFlops => 0;

    /// <summary>Writes this layer's initial parameters (weights from its initializer, biases zero).</summary>
    public virtual void Initialize(Span<double> parameters, RandomStream random) { }

    /// <summary>A short description, for example <c>conv 5×5 1→10</c>.</summary>
    public abstract override string ToString();

    /// <summary>Per-example buffers this layer reuses between passes (null when it needs none).</summary>
    internal virtual LayerScratch? CreateScratch() => null;

    /// <summary>y = f(x; w). Later passes on the same example reuse what this pass leaves in the scratch.</summary>
    internal abstract void Forward(ReadOnlySpan<double> w, ReadOnlySpan<double> x, Span<double> y, LayerScratch? scratch);

    /// <summary>
    /// Back-propagates <paramref name="dy"/> = ∂ℓ/∂y: adds ∂ℓ/∂w to <paramref name="dw"/> unless it is
    /// empty (a Hessian-vector product needs only its R-derivative) and writes ∂ℓ/∂x to
    /// <paramref name="dx"/> unless it is empty (the first layer needs no input gradient).
    /// </summary>
    internal abstract void Backward(ReadOnlySpan<double> w, ReadOnlySpan<double> x, ReadOnlySpan<double> dy,
        Span<double> dx, Span<double> dw, LayerScratch? scratch);

    /// <summary>
    /// The R-forward pass: <c>R(y) = ∂f/∂x · R(x) + ∂f/∂w · v</c>, with an empty <paramref name="rx"/>
    /// standing for <c>R(x) = 0</c> (the network's input does not depend on the weights).
    /// </summary>
    internal abstract void RForward(ReadOnlySpan<double> w, ReadOnlySpan<double> v, ReadOnlySpan<double> x,
        ReadOnlySpan<double> rx, Span<double> ry, LayerScratch? scratch);

    /// <summary>
    /// The R-backward pass: adds <c>R(∂ℓ/∂w)</c> to <paramref name="rdw"/> and writes <c>R(∂ℓ/∂x)</c>
    /// to <paramref name="rdx"/> unless it is empty; <paramref name="dy"/> and <paramref name="rdy"/>
    /// are ∂ℓ/∂y and its R-derivative.
    /// </summary>
    internal abstract void RBackward(ReadOnlySpan<double> w, ReadOnlySpan<double> v, ReadOnlySpan<double> x,
        ReadOnlySpan<double> rx, ReadOnlySpan<double> dy, ReadOnlySpan<double> rdy, Span<double> rdx, Span<double> rdw,
        LayerScratch? scratch);
}

/// <summary>Per-example buffers of one layer, owned by one workspace (so by one thread at a time).</summary>
internal abstract class LayerScratch;
