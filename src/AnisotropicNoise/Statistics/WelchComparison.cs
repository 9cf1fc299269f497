using MathNet.Numerics.Distributions;

namespace AnisotropicNoise.Statistics;

/// <summary>
/// A comparison of two conditions measured on independent seeds (no pairing): the difference of their means and
/// Welch's confidence interval, <c>mean₁ − mean₂ ± t_ν · √(s₁²/n₁ + s₂²/n₂)</c> with Welch–Satterthwaite's
/// <c>ν = (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁−1) + (s₂²/n₂)²/(n₂−1))</c>; or, for positive quantities compared as ratios,
/// the ratio of geometric means and the interval of the difference of mean logs mapped back.
/// </summary>
/// <param name="First">How many values of the first condition.</param>
/// <param name="Second">How many values of the second.</param>
/// <param name="Estimate">The difference of means (first − second), or the ratio of geometric means (first ÷ second).</param>
/// <param name="Low">The interval's lower end.</param>
/// <param name="High">The interval's upper end.</param>
/// <param name="DegreesOfFreedom">Welch–Satterthwaite's <c>ν</c>; NaN when both conditions have no spread (the interval is then the estimate).</param>
/// <param name="Level">The interval's confidence level.</param>
/// <param name="IsRatio">Whether this compares ratios (no effect at 1) rather than differences (no effect at 0).</param>
public sealed record WelchComparison(int First, int Second, double Estimate, double Low, double High, double DegreesOfFreedom, double Level, bool IsRatio)
{
    /// <summary>The comparison of the means of <paramref name="first"/> and <paramref name="second"/>.</summary>
    /// <exception cref="ArgumentException">Fewer than two values on a side, a non-finite one, or a level outside (0, 1).</exception>
    public static WelchComparison OfDifferences(IReadOnlyList<double> first, IReadOnlyList<double> second, double level = 0.95)
    {
        var (estimate, low, high, nu) = Interval(first, second, level, nameof(first), nameof(second));
        return new WelchComparison(first.Count, second.Count, estimate, low, high, nu, level, IsRatio: false);
    }

    /// <summary>The ratio of the geometric means of <paramref name="first"/> and <paramref name="second"/> (all positive), on the log scale.</summary>
    /// <exception cref="ArgumentException">Fewer than two values on a side, one not positive and finite, or a level outside (0, 1).</exception>
    public static WelchComparison OfRatios(IReadOnlyList<double> first, IReadOnlyList<double> second, double level = 0.95)
    {
        var (estimate, low, high, nu) = Interval(Logs(first, nameof(first)), Logs(second, nameof(second)), level, nameof(first), nameof(second));
        return new WelchComparison(first.Count, second.Count, Math.Exp(estimate), Math.Exp(low), Math.Exp(high), nu, level, IsRatio: true);
    }

    /// <summary>What the interval says of a claim that the effect is positive (<see cref="IntervalVerdict.ForPositiveEffect"/>).</summary>
    public Verdict ForPositiveEffect() => IntervalVerdict.ForPositiveEffect(Low, High, IsRatio);

    private static double[] Logs(IReadOnlyList<double> values, string name)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        foreach (double value in values)
            if (!(value > 0) || double.IsPositiveInfinity(value)) throw new ArgumentException($"{name} must be positive and finite to compare as ratios; got {value}.", name);
        return [.. values.Select(v => Math.Log(v))];
    }

    private static (double Estimate, double Low, double High, double DegreesOfFreedom) Interval(
        IReadOnlyList<double> first, IReadOnlyList<double> second, double level, string firstName, string secondName)
    {
        var (mean1, v1) = MeanAndItsVariance(first, firstName);
        var (mean2, v2) = MeanAndItsVariance(second, secondName);
        Guard.OpenUnitInterval(level, nameof(level));
        double estimate = mean1 - mean2, variance = v1 + v2;
        if (variance == 0) return (estimate, estimate, estimate, double.NaN);
        double nu = variance * variance / (v1 * v1 / (first.Count - 1) + v2 * v2 / (second.Count - 1));
        double half = StudentT.InvCDF(0, 1, nu, (1 + level) / 2) * Math.Sqrt(variance);
        return (estimate, estimate - half, estimate + half, nu);
    }

    // The mean and its estimated variance s²/n.
    private static (double Mean, double Variance) MeanAndItsVariance(IReadOnlyList<double> values, string name)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (values.Count < 2) throw new ArgumentException($"{name} needs at least two values for a spread; got {values.Count}.", name);
        Guard.AllFinite([.. values], name);
        double mean = values.Average();
        return (mean, values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1) / values.Count);
    }
}
