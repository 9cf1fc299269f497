using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Experiments;

/// <summary>
/// First-passage times of independent runs: each run's exit time, or <see cref="double.PositiveInfinity"/> for a run
/// still inside at <see cref="FirstPassageSettings.MaxTime"/> (censored, kept, not dropped).
/// </summary>
/// <param name="Settings">The settings of the simulation.</param>
/// <param name="Times">Each run's exit time, in run order; +∞ for a censored run.</param>
public sealed record FirstPassageResult(FirstPassageSettings Settings, IReadOnlyList<double> Times)
{
    /// <summary>How many runs had not exited by the end.</summary>
    public int Censored => Times.Count(double.IsPositiveInfinity);

    /// <summary>
    /// The mean exit time with its standard error. With censored runs it is the mean restricted to
    /// <see cref="FirstPassageSettings.MaxTime"/> (each censored run counted at that time): a lower bound.
    /// </summary>
    public Estimate Mean
    {
        get
        {
            var t = Times.Select(x => Math.Min(x, Settings.MaxTime)).ToArray();
            double mean = t.Average(), variance = t.Sum(x => (x - mean) * (x - mean)) / (t.Length - 1);
            return new Estimate(mean, Math.Sqrt(variance / t.Length));
        }
    }

    /// <summary>The 95% interval of the mean, <c>mean ± 1.96 SE</c>.</summary>
    public (double Low, double High) MeanInterval => (Mean.Value - WilsonInterval.Z95 * Mean.StandardError, Mean.Value + WilsonInterval.Z95 * Mean.StandardError);

    /// <summary>The median exit time (+∞ when half the runs or more are censored).</summary>
    public double Median => Quantile(0.5);

    /// <summary>
    /// The distribution-free 95% interval of the median: the order statistics <c>n/2 ∓ 1.96 √n / 2</c> of the
    /// sorted times (the binomial count of runs below the median, in its normal approximation); +∞ ends where censored.
    /// </summary>
    public (double Low, double High) MedianInterval
    {
        get
        {
            var sorted = Times.Order().ToArray();
            double half = WilsonInterval.Z95 * Math.Sqrt(sorted.Length) / 2;
            int low = Math.Max(0, (int)Math.Floor(sorted.Length / 2.0 - half) - 1), high = Math.Min(sorted.Length - 1, (int)Math.Ceiling(sorted.Length / 2.0 + half) - 1);
            return (sorted[low], sorted[high]);
        }
    }

    /// <summary>The <paramref name="p"/>-quantile of the exit times (the empirical one; +∞ inside the censored share).</summary>
    public double Quantile(double p)
    {
        Guard.OpenUnitInterval(p, nameof(p));
        var sorted = Times.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    /// <summary>The survival function <c>P(τ &gt; t)</c> at <paramref name="t"/>: the share of runs not exited by then.</summary>
    public double Survival(double t) => (double)Times.Count(x => x > t) / Times.Count;
}
