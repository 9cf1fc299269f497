namespace AnisotropicNoise.Networks;

/// <summary>Softmax cross-entropy, <c>ℓ = log Σ_j e^{z_j} − z_label</c>, computed stably.</summary>
public sealed class SoftmaxCrossEntropy : LossHead
{
    /// <summary>Creates the loss over <paramref name="classes"/> logits.</summary>
    public SoftmaxCrossEntropy(int classes) => ClassCount = Guard.InRange(classes, 2, int.MaxValue, nameof(classes));

    /// <inheritdoc />
    public override int Outputs => ClassCount;

    /// <inheritdoc />
    public override int ClassCount { get; }

    /// <inheritdoc />
    public override string ToString() => "softmax cross-entropy";

    internal override double Loss(ReadOnlySpan<double> z, int label) => LogSumExp(z) - z[label];

    internal override double Gradient(ReadOnlySpan<double> z, int label, Span<double> dz)
    {
        double logSum = LogSumExp(z);
        for (int i = 0; i < z.Length; i++) dz[i] = Math.Exp(z[i] - logSum);
        dz[label] -= 1;
        return logSum - z[label];
    }

    // The Hessian of ℓ in z is diag(p) − p pᵀ, so R(∂ℓ/∂z) = p ⊙ (R(z) − pᵀR(z)).
    internal override void RGradient(ReadOnlySpan<double> z, ReadOnlySpan<double> rz, int label, Span<double> rdz)
    {
        double logSum = LogSumExp(z), mean = 0;
        for (int i = 0; i < z.Length; i++)
        {
            rdz[i] = Math.Exp(z[i] - logSum);
            mean += rdz[i] * rz[i];
        }
        for (int i = 0; i < z.Length; i++) rdz[i] *= rz[i] - mean;
    }

    internal override int Predict(ReadOnlySpan<double> z) => ArgMax(z);

    private static double LogSumExp(ReadOnlySpan<double> z)
    {
        double max = double.NegativeInfinity, sum = 0;
        foreach (double value in z) max = Math.Max(max, value);
        foreach (double value in z) sum += Math.Exp(value - max);
        return max + Math.Log(sum);
    }
}
