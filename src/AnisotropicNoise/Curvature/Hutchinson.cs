using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Curvature;

/// <summary>
/// Hutchinson's estimate of <c>Tr A</c>: the mean of <c>zᵀ A z</c> over seeded Rademacher probes
/// <c>z ∈ {−1, +1}^D</c>, each unbiased with variance <c>2 Σ_{i≠j} A_ij²</c> (exact for diagonal A).
/// </summary>
public static class Hutchinson
{
    /// <summary>Estimates <c>Tr A</c> from <paramref name="probes"/> products (≥ 1), computed in blocks (<see cref="ILinearOperator.ApplyBlock"/>).</summary>
    public static MonteCarloEstimate Trace(ILinearOperator op, int probes, RandomStream random) => Trace(op, probes, random, weights: null);

    /// <summary>
    /// Estimates <c>Tr(W A) = Σ_i w_i A_ii</c> for the diagonal <c>W = diag(</c><paramref name="weights"/><c>)</c>: the mean
    /// of <c>(w ⊙ z)ᵀ A z</c>, unbiased because <c>E[z_i z_j] = δ_ij</c>.
    /// </summary>
    /// <exception cref="ArgumentException">weights has the wrong length or a non-finite entry, or probes &lt; 1.</exception>
    public static MonteCarloEstimate WeightedTrace(ILinearOperator op, ReadOnlySpan<double> weights, int probes, RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(op);
        Guard.Length(weights.Length, op.Dimension, nameof(weights));
        Guard.AllFinite(weights, nameof(weights));
        return Trace(op, probes, random, weights.ToArray());
    }

    private static MonteCarloEstimate Trace(ILinearOperator op, int probes, RandomStream random, double[]? weights)
    {
        ArgumentNullException.ThrowIfNull(op);
        ArgumentNullException.ThrowIfNull(random);
        Guard.Positive(probes, nameof(probes));
        int n = op.Dimension;
        var z = new double[Math.Min(probes, ProductBlock.MaxRows) * n];
        var az = new double[z.Length];
        var draws = new double[probes];
        for (int first = 0; first < probes; first += ProductBlock.MaxRows)
        {
            int count = Math.Min(ProductBlock.MaxRows, probes - first);
            var block = z.AsSpan(0, count * n);
            for (int i = 0; i < block.Length; i++) block[i] = (random.NextUInt64() >> 63) == 0 ? -1.0 : 1.0;
            op.ApplyBlock(block, az.AsSpan(0, block.Length));
            if (weights is not null)
                for (int i = 0; i < block.Length; i++) block[i] *= weights[i % n];
            for (int p = 0; p < count; p++)
                draws[first + p] = ProductCheck.Finite(VectorKernels.DotOneAccumulator(z.AsSpan(p * n, n), az.AsSpan(p * n, n)), nameof(op));
        }
        return MonteCarloEstimate.Of(draws);
    }
}
