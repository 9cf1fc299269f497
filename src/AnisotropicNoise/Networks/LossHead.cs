namespace AnisotropicNoise.Networks;

/// <summary>
/// The per-example loss <c>ℓ(z, label)</c> on a network's outputs <c>z</c>, with its gradient,
/// the R-derivative of that gradient (for Hessian-vector products) and the predicted label.
/// </summary>
public abstract class LossHead
{
    private protected LossHead() { }

    /// <summary>The number of network outputs the loss reads.</summary>
    public abstract int Outputs { get; }

    /// <summary>Labels run over <c>[0, ClassCount)</c>.</summary>
    public abstract int ClassCount { get; }

    /// <summary>A short description.</summary>
    public abstract override string ToString();

    /// <summary>The loss of one example.</summary>
    internal abstract double Loss(ReadOnlySpan<double> z, int label);

    /// <summary>Writes <c>∂ℓ/∂z</c> into <paramref name="dz"/> and returns the loss.</summary>
    internal abstract double Gradient(ReadOnlySpan<double> z, int label, Span<double> dz);

    /// <summary>Writes <c>R(∂ℓ/∂z) = ∇²_z ℓ · R(z)</c> into <paramref name="rdz"/>.</summary>
    internal abstract void RGradient(ReadOnlySpan<double> z, ReadOnlySpan<double> rz, int label, Span<double> rdz);

    /// <summary>The label the outputs predict.</summary>
    internal abstract int Predict(ReadOnlySpan<double> z);

    /// <summary>The index of the largest output (the first among ties).</summary>
    private protected static int ArgMax(ReadOnlySpan<double> z)
    {
        int best = 0;
        for (int i = 1; i < z.Length; i++)
            if (z[i] > z[best]) best = i;
        return best;
    }
}
