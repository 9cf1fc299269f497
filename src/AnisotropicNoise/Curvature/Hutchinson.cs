using AnisotropicNoise.Randomness;

namespace AnisotropicNoise.Curvature;

/// <summary>
/// Hutchinson's estimate of <c>Tr A</c>: the mean of <c>zᵀ A z</c> over seeded Rademacher probes
/// <c>z ∈ {−1, +1}^D</c>, each unbiased with variance <c>2 Σ_{i≠j} A_ij²</c> (exact for diagonal A).
/// </summary>
public static class Hutchinson
{
    /// <summary>Estimates <c>Tr A</c> from <paramref name="probes"/> products (≥ 1).</summary>
    public static MonteCarloEstimate Trace(ILinearOperator op, int probes, RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(op);
        ArgumentNullException.ThrowIfNull(random);
        Guard.Positive(probes, nameof(probes));
        int n = op.Dimension;
        var z = new double[n];
        var az = new double[n];
        var draws = new double[probes];
        for (int p = 0; p < probes; p++)
        {
            for (int i = 0; i < n; i++) z[i] = (random.NextUInt64() >> 63) == 0 ? -1.0 : 1.0;
            op.Apply(z, az);
            draws[p] = ProductCheck.Finite(Vectors.Dot(z, az), nameof(op));
        }
        return MonteCarloEstimate.Of(draws);
    }
}
