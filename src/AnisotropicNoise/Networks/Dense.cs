using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Networks;

/// <summary>
/// A fully connected layer <c>y = W x + b</c>; parameters are <c>W</c> (row-major,
/// outputs × inputs) followed by <c>b</c>.
/// </summary>
public sealed class Dense : Layer
{
    private readonly IWeightInitializer _initializer;

    /// <summary>Creates a dense layer from <paramref name="inputs"/> to <paramref name="outputs"/> units.</summary>
    public Dense(int inputs, int outputs, IWeightInitializer initializer)
    {
        Inputs = Guard.Positive(inputs, nameof(inputs));
        Outputs = Guard.Positive(outputs, nameof(outputs));
        _initializer = initializer ?? throw new ArgumentNullException(nameof(initializer));
    }

    /// <summary>The number of inputs.</summary>
    public int Inputs { get; }

    /// <summary>The number of outputs.</summary>
    public int Outputs { get; }

    /// <inheritdoc />
    public override int InputSize => Inputs;

    /// <inheritdoc />
    public override int OutputSize => Outputs;

    /// <inheritdoc />
    public override int ParameterCount => Outputs * Inputs + Outputs;

    /// <inheritdoc />
    public override long ForwardFlops => 2L * Outputs * Inputs;

    /// <inheritdoc />
    public override void Initialize(Span<double> parameters, RandomStream random)
    {
        Guard.Length(parameters.Length, ParameterCount, nameof(parameters));
        _initializer.Fill(parameters[..(Outputs * Inputs)], Inputs, Outputs, random);
        _initializer.FillBiases(parameters[(Outputs * Inputs)..], Inputs, random);
    }

    /// <inheritdoc />
    public override string ToString() => $"dense {Inputs}→{Outputs}";

    internal override void Forward(ReadOnlySpan<double> w, ReadOnlySpan<double> x, Span<double> y, LayerScratch? scratch) =>
        Affine(w, x, y, overwrite: true);

    internal override void Backward(ReadOnlySpan<double> w, ReadOnlySpan<double> x, ReadOnlySpan<double> dy,
        Span<double> dx, Span<double> dw, LayerScratch? scratch)
    {
        if (!dw.IsEmpty) OuterAndBias(dy, x, dw);
        if (!dx.IsEmpty) TransposedTimes(w, dy, dx, overwrite: true);
    }

    internal override void RForward(ReadOnlySpan<double> w, ReadOnlySpan<double> v, ReadOnlySpan<double> x,
        ReadOnlySpan<double> rx, Span<double> ry, LayerScratch? scratch)
    {
        Affine(v, x, ry, overwrite: true);
        if (!rx.IsEmpty) Affine(w, rx, ry, overwrite: false, withBias: false);
    }

    internal override void RBackward(ReadOnlySpan<double> w, ReadOnlySpan<double> v, ReadOnlySpan<double> x,
        ReadOnlySpan<double> rx, ReadOnlySpan<double> dy, ReadOnlySpan<double> rdy, Span<double> rdx, Span<double> rdw,
        LayerScratch? scratch)
    {
        OuterAndBias(rdy, x, rdw);
        if (!rx.IsEmpty)
            for (int o = 0; o < Outputs; o++) VectorKernels.AddScaled(dy[o], rx, rdw.Slice(o * Inputs, Inputs));
        if (rdx.IsEmpty) return;
        TransposedTimes(w, rdy, rdx, overwrite: true);
        TransposedTimes(v, dy, rdx, overwrite: false);
    }

    /// <summary>y (+)= W x (+ b) with W, b read from the parameter slice <paramref name="p"/>.</summary>
    private void Affine(ReadOnlySpan<double> p, ReadOnlySpan<double> x, Span<double> y, bool overwrite, bool withBias = true)
    {
        var bias = p[(Outputs * Inputs)..];
        for (int o = 0; o < Outputs; o++)
        {
            double value = VectorKernels.Dot(p.Slice(o * Inputs, Inputs), x) + (withBias ? bias[o] : 0);
            y[o] = overwrite ? value : y[o] + value;
        }
    }

    /// <summary>Adds the weight gradient <c>g xᵀ</c> and bias gradient <c>g</c> to <paramref name="dw"/>.</summary>
    private void OuterAndBias(ReadOnlySpan<double> g, ReadOnlySpan<double> x, Span<double> dw)
    {
        for (int o = 0; o < Outputs; o++) VectorKernels.AddScaled(g[o], x, dw.Slice(o * Inputs, Inputs));
        VectorKernels.Add(g, dw[(Outputs * Inputs)..]);
    }

    /// <summary>dx (+)= Wᵀ g with W read from the parameter slice <paramref name="p"/>.</summary>
    private void TransposedTimes(ReadOnlySpan<double> p, ReadOnlySpan<double> g, Span<double> dx, bool overwrite)
    {
        if (overwrite) dx.Clear();
        for (int o = 0; o < Outputs; o++) VectorKernels.AddScaled(g[o], p.Slice(o * Inputs, Inputs), dx);
    }
}
