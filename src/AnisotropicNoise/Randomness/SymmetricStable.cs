namespace AnisotropicNoise.Randomness;

/// <summary>
/// The symmetric α-stable law <c>SαS(c)</c>: characteristic function <c>E e^{itX} = exp(−|ct|^α)</c>,
/// <c>0 &lt; α ≤ 2</c>. At <c>α = 2</c> it is the Gaussian <c>N(0, 2c²)</c>, at <c>α = 1</c> the Cauchy law
/// of scale <c>c</c>; below 2 its tails fall like <c>|x|^{−α}</c>, so its variance is infinite.
/// </summary>
/// <remarks>
/// Draws by Chambers, Mallows and Stuck (1976), in the symmetric case: with <c>U</c> uniform on
/// <c>(−π/2, π/2)</c> and <c>W</c> standard exponential, independent,
/// <c>X = sin(αU) / cos(U)^{1/α} · (cos((1 − α)U) / W)^{(1 − α)/α}</c> (and <c>X = tan U</c> at <c>α = 1</c>).
/// </remarks>
public sealed class SymmetricStable
{
    /// <summary>The law with stability index <paramref name="alpha"/> in <c>(0, 2]</c> and scale <paramref name="scale"/> &gt; 0.</summary>
    public SymmetricStable(double alpha, double scale = 1)
    {
        if (!(alpha > 0 && alpha <= 2)) throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must be in (0, 2].");
        Alpha = alpha;
        Scale = Guard.Positive(scale, nameof(scale));
    }

    /// <summary>The stability (tail) index <c>α</c>.</summary>
    public double Alpha { get; }

    /// <summary>The scale <c>c</c>.</summary>
    public double Scale { get; }

    /// <summary>The characteristic function <c>exp(−|ct|^α)</c> at <paramref name="t"/> (real: the law is symmetric).</summary>
    public double CharacteristicFunction(double t) => Math.Exp(-Math.Pow(Math.Abs(Scale * t), Alpha));

    /// <summary>One draw, consuming two uniforms of <paramref name="random"/>.</summary>
    public double Next(RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double u = Math.PI * (random.NextDouble() - 0.5); // cos(u) > 0 even at u = −π/2 in floating point
        double w = -Math.Log(1 - random.NextDouble()); // 1 − U lies in (0, 1]: W is finite
        double x = Alpha == 1
            ? Math.Tan(u)
            : Math.Sin(Alpha * u) / Math.Pow(Math.Cos(u), 1 / Alpha) * Math.Pow(Math.Cos((1 - Alpha) * u) / w, (1 - Alpha) / Alpha);
        return Scale * x;
    }

    /// <summary>Fills <paramref name="destination"/> with independent draws.</summary>
    public void Fill(RandomStream random, Span<double> destination)
    {
        for (int i = 0; i < destination.Length; i++) destination[i] = Next(random);
    }
}
