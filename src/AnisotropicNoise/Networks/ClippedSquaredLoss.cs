namespace AnisotropicNoise.Networks;

/// <summary>
/// Squared loss on clipped outputs, <c>ℓ = c Σ_j (clip(z_j, δ, 1 − δ) − t_j)²</c> (<c>c = ½</c> by
/// default; the paper's Fig. 4 net takes <c>c = 1</c>, <c>ℓ = (f(x) − y)²</c>). With one output
/// the target is the label itself (0 or 1, a binary classifier predicting 1 when the clipped output
/// is at least ½); with several, the one-hot vector of the label. Outside <c>(δ, 1 − δ)</c> the
/// clipped output is flat, so gradient and Hessian vanish there.
/// </summary>
public sealed class ClippedSquaredLoss : LossHead
{
    /// <summary>Creates the loss over <paramref name="outputs"/> outputs clipped to <c>[δ, 1 − δ]</c>, with coefficient <paramref name="coefficient"/> = <c>c</c>.</summary>
    public ClippedSquaredLoss(int outputs, double delta, double coefficient = 0.5)
    {
        Outputs = Guard.Positive(outputs, nameof(outputs));
        Delta = Guard.ClipMargin(delta, nameof(delta));
        Coefficient = Guard.Positive(coefficient, nameof(coefficient));
    }

    /// <inheritdoc />
    public override int Outputs { get; }

    /// <inheritdoc />
    public override int ClassCount => Outputs == 1 ? 2 : Outputs;

    /// <summary>The clipping margin δ.</summary>
    public double Delta { get; }

    /// <summary>The coefficient <c>c</c> in front of the sum of squares.</summary>
    public double Coefficient { get; }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Coefficient} × squared loss, outputs clipped to [{Delta}, {1 - Delta}]");

    internal override double Loss(ReadOnlySpan<double> z, int label)
    {
        double sum = 0;
        for (int j = 0; j < z.Length; j++)
        {
            double r = Clip(z[j]) - Target(j, label);
            sum += r * r;
        }
        return Coefficient * sum;
    }

    internal override double Gradient(ReadOnlySpan<double> z, int label, Span<double> dz)
    {
        for (int j = 0; j < z.Length; j++) dz[j] = Inside(z[j]) ? 2 * Coefficient * (z[j] - Target(j, label)) : 0;
        return Loss(z, label);
    }

    internal override void RGradient(ReadOnlySpan<double> z, ReadOnlySpan<double> rz, int label, Span<double> rdz)
    {
        for (int j = 0; j < z.Length; j++) rdz[j] = Inside(z[j]) ? 2 * Coefficient * rz[j] : 0;
    }

    internal override int Predict(ReadOnlySpan<double> z) => Outputs == 1 ? (Clip(z[0]) >= 0.5 ? 1 : 0) : ArgMax(z);

    private double Clip(double value) => Math.Clamp(value, Delta, 1 - Delta);

    private bool Inside(double value) => value > Delta && value < 1 - Delta;

    private double Target(int output, int label) => Outputs == 1 ? label : (output == label ? 1 : 0);
}
