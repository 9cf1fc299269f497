namespace AnisotropicNoise.Experiments.Seeds;

/// <summary>One measured value of one dynamic at one iteration, across its seeds.</summary>
/// <param name="Iteration">The iteration.</param>
/// <param name="Mean">The mean over seeds.</param>
/// <param name="StandardDeviation">The standard deviation over seeds (0 for one seed).</param>
/// <param name="Min">The smallest value.</param>
/// <param name="Max">The largest value.</param>
/// <param name="Seeds">How many seeds.</param>
public readonly record struct AcrossSeeds(int Iteration, double Mean, double StandardDeviation, double Min, double Max, int Seeds)
{
    /// <summary>The summary of <paramref name="values"/> (one per seed, at least one) at <paramref name="iteration"/>.</summary>
    public static AcrossSeeds Of(int iteration, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0) throw new ArgumentException("values must hold one value per seed, at least one.", nameof(values));
        double mean = values.Average();
        double sd = values.Count > 1 ? Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1)) : 0;
        return new AcrossSeeds(iteration, mean, sd, values.Min(), values.Max(), values.Count);
    }
}
