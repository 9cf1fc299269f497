namespace AnisotropicNoise.Experiments.EscapeTimes;

/// <summary>The exit rule "leave through the hyperplane <c>nᵀx = c</c>": a run has exited once <c>nᵀx ≥ c</c>.</summary>
public sealed class HalfSpaceExit : IExitRule
{
    private readonly double[] _unitNormal;

    /// <summary>Exit where <c>normalᵀx ≥ level</c> (the normal need not have unit length).</summary>
    /// <exception cref="ArgumentException">The normal is empty, zero or not finite, or the level is not finite.</exception>
    public HalfSpaceExit(double[] normal, double level)
    {
        Guard.NonEmptyFinite(normal, nameof(normal));
        double norm = VectorKernels.Dot(normal, normal);
        if (!(norm > 0)) throw new ArgumentException("normal must not be zero.", nameof(normal));
        norm = Math.Sqrt(norm);
        _unitNormal = normal.Select(v => v / norm).ToArray();
        Level = Guard.Finite(level, nameof(level)) / norm;
    }

    /// <inheritdoc />
    public int Dimension => _unitNormal.Length;

    /// <inheritdoc />
    public bool GapIsDistance => true;

    /// <summary>The level along the unit normal.</summary>
    public double Level { get; }

    /// <summary>The distance from <paramref name="x"/> to the hyperplane, positive on the inside, zero or negative once exited.</summary>
    public double Gap(ReadOnlySpan<double> x) => Level - VectorKernels.Dot(_unitNormal, x);

    /// <summary>
    /// The probability that a Brownian bridge with variance <paramref name="variance"/> along the normal over the
    /// step, from gap <paramref name="before"/> to gap <paramref name="after"/> (both inside), touched the hyperplane
    /// on the way: <c>exp(−2 · before · after / variance)</c>.
    /// </summary>
    public static double CrossingProbability(double before, double after, double variance) =>
        before <= 0 || after <= 0 ? 1 : Math.Exp(-2 * before * after / variance);
}
