namespace AnisotropicNoise.Curvature;

/// <summary>
/// <c>Tr(H Σ̂)</c> for the sample covariance <c>Σ̂ = (1/(B−1)) Σ_b (g_b − ḡ)(g_b − ḡ)ᵀ</c> of
/// <c>B</c> minibatch gradients, as <c>(1/(B−1)) Σ_b (g_b − ḡ)ᵀ H (g_b − ḡ)</c>: <c>B</c>
/// Hessian-vector products and no <c>D × D</c> matrix.
/// </summary>
public static class MatrixFreeTraceHSigma
{
    /// <summary>Computes <c>Tr(H Σ̂)</c> from the <paramref name="count"/> gradients stored as the rows of <paramref name="gradients"/> (row-major, <c>B × D</c>, B ≥ 2).</summary>
    public static double Compute(ILinearOperator hessian, ReadOnlySpan<double> gradients, int count)
    {
        ArgumentNullException.ThrowIfNull(hessian);
        int n = hessian.Dimension;
        Guard.InRange(count, 2, int.MaxValue, nameof(count));
        Guard.Length(gradients.Length, checked(count * n), nameof(gradients));
        Guard.AllFinite(gradients, nameof(gradients));
        var mean = new double[n];
        for (int b = 0; b < count; b++) Vectors.AddScaled(mean, 1.0 / count, gradients.Slice(b * n, n));
        var centred = new double[n];
        var product = new double[n];
        double sum = 0;
        for (int b = 0; b < count; b++)
        {
            var row = gradients.Slice(b * n, n);
            for (int i = 0; i < n; i++) centred[i] = row[i] - mean[i];
            hessian.Apply(centred, product);
            sum += ProductCheck.Finite(Vectors.Dot(centred, product), nameof(hessian));
        }
        return sum / (count - 1);
    }
}
