namespace AnisotropicNoise;

/// <summary>A Monte Carlo estimate: the mean of independent draws and its standard error.</summary>
/// <param name="Mean">The average of the draws.</param>
/// <param name="StandardError">The sample standard deviation over √(draws); 0 for one draw.</param>
/// <param name="Draws">The number of draws averaged.</param>
public sealed record MonteCarloEstimate(double Mean, double StandardError, int Draws)
{
    /// <summary>Summarises <paramref name="draws"/> (at least one, all finite).</summary>
    public static MonteCarloEstimate Of(ReadOnlySpan<double> draws)
    {
        if (draws.Length == 0) throw new ArgumentException("draws must not be empty.", nameof(draws));
        Guard.AllFinite(draws, nameof(draws));
        double mean = 0;
        foreach (double x in draws) mean += x;
        mean /= draws.Length;
        if (draws.Length == 1) return new MonteCarloEstimate(mean, 0, 1);
        double squares = 0;
        foreach (double x in draws) squares += (x - mean) * (x - mean);
        return new MonteCarloEstimate(mean, Math.Sqrt(squares / (draws.Length - 1) / draws.Length), draws.Length);
    }
}
