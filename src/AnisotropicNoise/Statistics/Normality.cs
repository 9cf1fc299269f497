using MathNet.Numerics.Distributions;

namespace AnisotropicNoise.Statistics;

/// <summary>
/// Is a sample Gaussian? The Jarque–Bera test and the data of a normal QQ plot: for SGD's noise along the
/// directions that decide escape (the top eigenvectors of <c>H</c>), where the paper's Gaussian model matters.
/// </summary>
public static class Normality
{
    /// <summary>
    /// The Jarque–Bera statistic <c>JB = (n/6) (S² + (K − 3)²/4)</c> from the sample skewness <c>S</c> and kurtosis
    /// <c>K</c> (moment estimators), and its p-value under normality from the χ² law with 2 degrees of freedom,
    /// <c>exp(−JB/2)</c> (asymptotic: trust it from a few hundred samples on).
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than 8 samples, a value that is not finite, or all samples equal.</exception>
    public static (double Statistic, double PValue) JarqueBera(ReadOnlySpan<double> samples)
    {
        if (samples.Length < 8) throw new ArgumentException($"samples has {samples.Length} values; the test needs at least 8.", nameof(samples));
        Guard.AllFinite(samples, nameof(samples));
        int n = samples.Length;
        double mean = 0;
        foreach (double x in samples) mean += x;
        mean /= n;
        double m2 = 0, m3 = 0, m4 = 0;
        foreach (double x in samples)
        {
            double d = x - mean, d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
        if (!(m2 > 0)) throw new ArgumentException("samples are all equal: skewness and kurtosis are undefined.", nameof(samples));
        double skewness = m3 / Math.Pow(m2, 1.5), kurtosis = m4 / (m2 * m2);
        double statistic = n / 6.0 * (skewness * skewness + (kurtosis - 3) * (kurtosis - 3) / 4);
        return (statistic, Math.Exp(-statistic / 2));
    }

    /// <summary>
    /// The points of a normal QQ plot: the standardised sorted sample (mean 0, sd 1) against the standard normal
    /// quantiles at the plotting positions <c>(i − ½)/n</c>. A Gaussian sample lies on the diagonal; heavy tails bend
    /// away from it at both ends.
    /// </summary>
    public static (double Theoretical, double Sample)[] QuantilePairs(ReadOnlySpan<double> samples)
    {
        if (samples.Length < 2) throw new ArgumentException("samples must hold at least two values.", nameof(samples));
        Guard.AllFinite(samples, nameof(samples));
        var sorted = samples.ToArray();
        Array.Sort(sorted);
        double mean = sorted.Average(), sd = Math.Sqrt(sorted.Sum(x => (x - mean) * (x - mean)) / (sorted.Length - 1));
        if (!(sd > 0)) throw new ArgumentException("samples are all equal: there is nothing to standardise.", nameof(samples));
        return sorted.Select((x, i) => (Normal.InvCDF(0, 1, (i + 0.5) / sorted.Length), (x - mean) / sd)).ToArray();
    }

    /// <summary>
    /// The points of <see cref="QuantilePairs(ReadOnlySpan{double})"/> nearest each of <paramref name="probabilities"/>: the
    /// order statistic <c>⌊p n⌋</c> (clamped to the sample) at its own plotting position, so a thinned plot lies on the full one.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two samples, samples all equal or not finite, or a probability outside (0, 1).</exception>
    public static (double Theoretical, double Sample)[] QuantilePairs(ReadOnlySpan<double> samples, IReadOnlyList<double> probabilities)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        foreach (double p in probabilities) Guard.OpenUnitInterval(p, nameof(probabilities));
        var all = QuantilePairs(samples);
        return [.. probabilities.Select(p => all[Math.Min((int)(p * all.Length), all.Length - 1)])];
    }
}
