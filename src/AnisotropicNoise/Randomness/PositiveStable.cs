namespace AnisotropicNoise.Randomness;

/// <summary>
/// The totally skewed positive stable law of index <c>a ∈ (0, 1)</c> with Laplace transform <c>E e^{−λA} = e^{−λ^a}</c>
/// (Samorodnitsky and Taqqu's <c>S_a((cos πa/2)^{1/a}, 1, 0)</c>): the subordinator that turns a Gaussian vector
/// <c>G ~ N(0, R)</c> into the sub-Gaussian symmetric <c>2a</c>-stable vector <c>√A · G</c>.
/// </summary>
/// <remarks>
/// Draws by Kanter's (1975) form of Chambers–Mallows–Stuck at <c>β = 1</c>: with <c>V</c> uniform on <c>(−π/2, π/2)</c>
/// and <c>W</c> standard exponential, <c>A = sin(a(V + π/2)) / cos(V)^{1/a} · (cos(V − a(V + π/2)) / W)^{(1 − a)/a}</c>.
/// </remarks>
public sealed class PositiveStable
{
    /// <summary>The law of index <paramref name="index"/> in <c>(0, 1)</c>.</summary>
    public PositiveStable(double index) =>
        Index = index is > 0 and < 1 ? index : throw new ArgumentOutOfRangeException(nameof(index), index, "index must be in (0, 1).");

    /// <summary>The index <c>a</c>.</summary>
    public double Index { get; }

    /// <summary>The Laplace transform <c>e^{−λ^a}</c> at <paramref name="lambda"/> ≥ 0.</summary>
    public double LaplaceTransform(double lambda) => Math.Exp(-Math.Pow(Guard.NonNegative(lambda, nameof(lambda)), Index));

    /// <summary>One draw (positive), consuming two uniforms of <paramref name="random"/>.</summary>
    public double Next(RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double a = Index;
        double v = Math.PI * (random.NextDouble() - 0.5);
        double w = -Math.Log(1 - random.NextDouble());
        double shifted = a * (v + Math.PI / 2);
        return Math.Sin(shifted) / Math.Pow(Math.Cos(v), 1 / a) * Math.Pow(Math.Cos(v - shifted) / w, (1 - a) / a);
    }
}
