namespace AnisotropicNoise.Indicators;

/// <summary>
/// The lower bounds of Proposition 2 (docs/science.md, Proposition 2) on <c>Tr(HΣ) / Tr(HΣ̄)</c>: under alignment <c>a</c> it is at least
/// <c>a λ₁² D / Tr(H)²</c>, and with ill-conditioning <c>(k, d)</c> at least <c>a D / (k + D^{1−d})²</c>.
/// </summary>
public static class AnisotropyBound
{
    /// <summary><c>a D / (k + D^{1−d})²</c>, for <c>a ≥ 0</c>, <c>k</c> in <c>[1, D]</c>, finite <c>d</c> or +∞.</summary>
    public static double Lower(double a, int dimension, int k, double d)
    {
        Guard.NonNegative(a, nameof(a));
        Guard.Positive(dimension, nameof(dimension));
        Guard.InRange(k, 1, dimension, nameof(k));
        if (double.IsNaN(d) || double.IsNegativeInfinity(d)) throw new ArgumentOutOfRangeException(nameof(d), d, "d must be a number or +∞.");
        double denominator = k + Math.Pow(dimension, 1 - d);
        return a * dimension / (denominator * denominator);
    }

    /// <summary>The intermediate bound <c>a λ₁² D / Tr(H)²</c>.</summary>
    public static double Intermediate(double a, double lambda1, double traceH, int dimension)
    {
        Guard.NonNegative(a, nameof(a));
        Guard.Positive(lambda1, nameof(lambda1));
        Guard.Positive(traceH, nameof(traceH));
        Guard.Positive(dimension, nameof(dimension));
        return a * lambda1 * lambda1 * dimension / (traceH * traceH);
    }

    /// <summary>
    /// The largest bound <c>a D / (k + D^{1−d_k})²</c> over <c>k</c>, with <c>d_k</c> the spectrum's own
    /// exponents (<see cref="IllConditioning.Profile"/>), and the <c>k</c> that attains it.
    /// </summary>
    public static (double Bound, int K, double D) Best(double a, ReadOnlySpan<double> spectrum)
    {
        var profile = IllConditioning.Profile(spectrum);
        int dimension = spectrum.Length;
        (double Bound, int K, double D) best = (double.NegativeInfinity, 0, 0);
        for (int k = 1; k < dimension; k++)
        {
            double bound = Lower(a, dimension, k, profile[k - 1]);
            if (bound > best.Bound) best = (bound, k, profile[k - 1]);
        }
        return best;
    }
}
