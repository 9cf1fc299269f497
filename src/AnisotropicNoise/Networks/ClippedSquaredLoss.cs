namespace AnisotropicNoise.Networks;

/// <summary>
/// Squared loss on clipped outputs, <c>ℓ = ½ Σ_j (clip(z_j, δ, 1 − δ) − t_j)²</c>. With one output
/// the target is the label itself (0 or 1, a binary classifier predicting 1 when the clipped output
/// is at least ½); with several, the one-hot vector of the label. Outside <c>(δ, 1 − δ)</c> the
/// clipped output is flat, so gradient and Hessian vanish there.
/// </summary>
public sealed class ClippedSquaredLoss : LossHead
{
    /// <summary>Creates the loss over <paramref name="outputs"/> outputs clipped to <c>[δ, 1 − δ]</c>.</summary>
    public ClippedSquaredLoss(int outputs, double delta)
    {
        Outputs = Guard.Positive(outputs, nameof(outputs));
        if (!(delta >= 0 && delta < 0.5)) throw new ArgumentOutOfRangeException(nameof(delta), delta, "delta must be in [0, 0.5).");
        Delta = delta;
    }

    /// <inheritdoc />
    public override int Outputs { get; }

    /// <inheritdoc />
    public override int ClassCount => Outputs == 1 ? 2 : Outputs;

    /// <summary>The clipping margin δ.</summary>
    public double Delta { get; }

    /// <inheritdoc />
    public override string ToString() => $"squared loss, outputs clipped to [{Delta}, {1 - Delta}]";

    internal override double Loss(ReadOnlySpan<double> z, int label)
    {
        double sum = 0;
        for (int j = 0; j < z.Length; j++)
        {
            double r = Clip(z[j]) - Target(j, label);
            sum += r * r;
        }
        return 0.5 * sum;
    }

    internal override double Gradient(ReadOnlySpan<double> z, int label, Span<double> dz)
    {
        for (int j = 0; j < z.Length; j++) dz[j] = Inside(z[j]) ? z[j] - Target(j, label) : 0;
        return Loss(z, label);
    }

    internal override void RGradient(ReadOnlySpan<double> z, ReadOnlySpan<double> rz, int label, Span<double> rdz)
    {
        for (int j = 0; j < z.Length; j++) rdz[j] = Inside(z[j]) ? rz[j] : 0;
    }

    internal override int Predict(ReadOnlySpan<double> z) => Outputs == 1 ? (Clip(z[0]) >= 0.5 ? 1 : 0) : ArgMax(z);

    private double Clip(double value) => Math.Clamp(value, Delta, 1 - Delta);

    private bool Inside(double value) => value > Delta && value < 1 - Delta;

    private double Target(int output, int label) => Outputs == 1 ? label : (output == label ? 1 : 0);
}
