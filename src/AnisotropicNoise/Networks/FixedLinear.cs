namespace AnisotropicNoise.Networks;

/// <summary>
/// A linear map <c>y = A x</c> whose matrix is fixed, not trained: it owns no parameters. The paper's
/// Fig. 4 net ends in one, the sum of the first half of its hidden units minus the second half.
/// </summary>
public sealed class FixedLinear : Layer
{
    private readonly double[] _matrix; // outputs × inputs, row-major

    /// <summary>Creates the map with the <paramref name="outputs"/> × <paramref name="inputs"/> matrix <paramref name="matrix"/> (row-major).</summary>
    public FixedLinear(double[] matrix, int inputs, int outputs)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        Inputs = Guard.Positive(inputs, nameof(inputs));
        Outputs = Guard.Positive(outputs, nameof(outputs));
        Guard.Length(matrix.Length, inputs * outputs, nameof(matrix));
        Guard.AllFinite(matrix, nameof(matrix));
        _matrix = (double[])matrix.Clone();
    }

    /// <summary>The map to one output <c>Σ_{j &lt; n/2} x_j − Σ_{j ≥ n/2} x_j</c> over <paramref name="inputs"/> = n (even) values.</summary>
    public static FixedLinear SignedSum(int inputs)
    {
        Guard.EvenAtLeastTwo(inputs, nameof(inputs));
        return new FixedLinear(Enumerable.Range(0, inputs).Select(j => j < inputs / 2 ? 1.0 : -1.0).ToArray(), inputs, 1);
    }

    /// <summary>The number of inputs.</summary>
    public int Inputs { get; }

    /// <summary>The number of outputs.</summary>
    public int Outputs { get; }

    /// <summary>The entry <c>A[output, input]</c>.</summary>
    public double this[int output, int input] => _matrix[Guard.InRange(output, 0, Outputs - 1, nameof(output)) * Inputs + Guard.InRange(input, 0, Inputs - 1, nameof(input))];

    /// <inheritdoc />
    public override int InputSize => Inputs;

    /// <inheritdoc />
    public override int OutputSize => Outputs;

    /// <inheritdoc />
    public override long ForwardFlops => 2L * Outputs * Inputs;

    /// <inheritdoc />
    public override string ToString() => $"fixed linear {Inputs}→{Outputs}";

    internal override void Forward(ReadOnlySpan<double> w, ReadOnlySpan<double> x, Span<double> y, LayerScratch? scratch) => Times(x, y);

    internal override void Backward(ReadOnlySpan<double> w, ReadOnlySpan<double> x, ReadOnlySpan<double> dy,
        Span<double> dx, Span<double> dw, LayerScratch? scratch) => TransposedTimes(dy, dx);

    internal override void RForward(ReadOnlySpan<double> w, ReadOnlySpan<double> v, ReadOnlySpan<double> x,
        ReadOnlySpan<double> rx, Span<double> ry, LayerScratch? scratch)
    {
        if (rx.IsEmpty) ry.Clear();
        else Times(rx, ry);
    }

    internal override void RBackward(ReadOnlySpan<double> w, ReadOnlySpan<double> v, ReadOnlySpan<double> x,
        ReadOnlySpan<double> rx, ReadOnlySpan<double> dy, ReadOnlySpan<double> rdy, Span<double> rdx, Span<double> rdw,
        LayerScratch? scratch) => TransposedTimes(rdy, rdx);

    private void Times(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int o = 0; o < Outputs; o++) y[o] = VectorKernels.Dot(_matrix.AsSpan(o * Inputs, Inputs), x);
    }

    /// <summary><c>dx = Aᵀ g</c>, nothing when <paramref name="dx"/> is empty (the first layer).</summary>
    private void TransposedTimes(ReadOnlySpan<double> g, Span<double> dx)
    {
        if (dx.IsEmpty) return;
        dx.Clear();
        for (int o = 0; o < Outputs; o++) VectorKernels.AddScaled(g[o], _matrix.AsSpan(o * Inputs, Inputs), dx);
    }
}
