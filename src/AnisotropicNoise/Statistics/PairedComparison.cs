using MathNet.Numerics.Distributions;

namespace AnisotropicNoise.Statistics;

/// <summary>
/// A comparison of two conditions measured in pairs (one pair per seed): the mean of the per-pair differences and its
/// Student-t confidence interval, <c>mean ± t_{n−1} · sd / √n</c>; or, for positive quantities compared as ratios,
/// the geometric mean of the per-pair ratios and the interval of the mean log-ratio mapped back.
/// </summary>
/// <param name="Pairs">How many pairs.</param>
/// <param name="Estimate">The mean difference, or the geometric-mean ratio.</param>
/// <param name="Low">The interval's lower end (NaN for one pair).</param>
/// <param name="High">The interval's upper end (NaN for one pair).</param>
/// <param name="Level">The interval's confidence level.</param>
/// <param name="IsRatio">Whether this compares ratios (no effect at 1) rather than differences (no effect at 0).</param>
public sealed record PairedComparison(int Pairs, double Estimate, double Low, double High, double Level, bool IsRatio)
{
    /// <summary>The comparison of the per-pair <paramref name="differences"/>.</summary>
    /// <exception cref="ArgumentException">No differences, a non-finite one, or a level outside (0, 1).</exception>
    public static PairedComparison OfDifferences(IReadOnlyList<double> differences, double level = 0.95)
    {
        var (mean, low, high) = TInterval(differences, level, nameof(differences));
        return new PairedComparison(differences.Count, mean, low, high, level, IsRatio: false);
    }

    /// <summary>The comparison of the per-pair <paramref name="ratios"/> (all positive), on the log scale.</summary>
    /// <exception cref="ArgumentException">No ratios, one not positive and finite, or a level outside (0, 1).</exception>
    public static PairedComparison OfRatios(IReadOnlyList<double> ratios, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(ratios);
        foreach (double ratio in ratios)
            if (!(ratio > 0) || double.IsPositiveInfinity(ratio)) throw new ArgumentException($"ratios must be positive and finite; got {ratio}.", nameof(ratios));
        var (mean, low, high) = TInterval([.. ratios.Select(r => Math.Log(r))], level, nameof(ratios));
        return new PairedComparison(ratios.Count, Math.Exp(mean), Math.Exp(low), Math.Exp(high), level, IsRatio: true);
    }

    /// <summary>
    /// What the interval says of a claim that the effect is positive (a difference above 0, a ratio above 1):
    /// <see cref="Verdict.Holds"/> when the whole interval lies on the claim's side, <see cref="Verdict.Contradicted"/>
    /// when it lies on the other side, <see cref="Verdict.Undecided"/> when it holds the no-effect value (or there is one pair).
    /// </summary>
    public Verdict ForPositiveEffect() => IntervalVerdict.ForPositiveEffect(Low, High, IsRatio);

    private static (double Mean, double Low, double High) TInterval(IReadOnlyList<double> values, double level, string name)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (values.Count == 0) throw new ArgumentException("at least one pair is needed.", name);
        Guard.AllFinite([.. values], name);
        Guard.OpenUnitInterval(level, nameof(level));
        double mean = values.Average();
        if (values.Count == 1) return (mean, double.NaN, double.NaN);
        double sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
        double half = StudentT.InvCDF(0, 1, values.Count - 1, (1 + level) / 2) * sd / Math.Sqrt(values.Count);
        return (mean, mean - half, mean + half);
    }
}
