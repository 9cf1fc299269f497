using AnisotropicNoise.Statistics;

namespace AnisotropicNoise.Experiments.EscapeTimes;

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
    public double Median => OrderStatistics.Quantile(Times, 0.5);

    /// <summary>The distribution-free 95% interval of the median (<see cref="OrderStatistics.MedianInterval"/>); +∞ ends where censored.</summary>
    public (double Low, double High) MedianInterval => OrderStatistics.MedianInterval(Times);

    /// <summary>The <paramref name="p"/>-quantile of the exit times (the empirical one; +∞ inside the censored share).</summary>
    public double Quantile(double p) => OrderStatistics.Quantile(Times, p);

    /// <summary>The survival function <c>P(τ &gt; t)</c> at <paramref name="t"/>: the share of runs not exited by then.</summary>
    public double Survival(double t) => (double)Times.Count(x => x > t) / Times.Count;
}
