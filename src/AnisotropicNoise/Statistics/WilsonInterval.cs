namespace AnisotropicNoise.Statistics;

/// <summary>The Wilson score interval for a binomial proportion: better coverage than the normal interval near 0 and 1.</summary>
/// <param name="Low">The lower end, in [0, 1].</param>
/// <param name="High">The upper end, in [0, 1].</param>
public readonly record struct WilsonInterval(double Low, double High)
{
    /// <summary>The standard normal quantile of a two-sided 95% interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>The interval for <paramref name="successes"/> out of <paramref name="trials"/> at the normal quantile <paramref name="z"/> (95% by default).</summary>
    /// <exception cref="ArgumentOutOfRangeException">trials &lt; 1, successes outside [0, trials], or z not finite and &gt; 0.</exception>
    public static WilsonInterval Of(int successes, int trials, double z = Z95)
    {
        Guard.Positive(trials, nameof(trials));
        Guard.InRange(successes, 0, trials, nameof(successes));
        Guard.Positive(z, nameof(z));
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double halfWidth = z / denominator * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // The ends at k = 0 and k = n are exactly 0 and 1; the formula gives them only up to rounding.
        return new WilsonInterval(successes == 0 ? 0 : centre - halfWidth, successes == trials ? 1 : centre + halfWidth);
    }
}
